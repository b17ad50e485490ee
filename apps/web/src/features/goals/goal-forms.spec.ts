import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { cellErrorsFrom, goalProblems, indicatorProblems, targetFieldOfServer, targetProblems, targetRowsFrom, toCreateGoalInput, toIndicatorInput, toTargetInputs } from './goal-forms';

const t = createI18n({ language: 'sv' }).t;

describe('goal form', () => {
  it('needs a title; an OWN goal names the page’s organisation, a SHARED goal none', () => {
    expect(goalProblems({ scope: 'OWN', title: '  ', description: '', focusArea: '' }, t)).toEqual([{ field: 'title', message: 'Ge målet en rubrik.' }]);
    const values = { title: ' Jämställd hemtjänst ', description: ' ', focusArea: '' };
    expect(toCreateGoalInput({ scope: 'OWN', ...values }, 'c-1', '0136')).toEqual({
      cohortId: 'c-1',
      scope: 'OWN',
      organizationCode: '0136',
      title: 'Jämställd hemtjänst',
      description: null,
      focusArea: null,
    });
    expect(toCreateGoalInput({ scope: 'SHARED', ...values }, 'c-1', '0136').organizationCode).toBeNull();
  });
});

describe('indicator form', () => {
  const base = { name: 'Andel', unit: '%', direction: 'HIGHER_IS_BETTER' as const, byGender: true, koladaKpiId: '', baselinePeriod: '' };

  it('checks the Kolada id and the baseline period with the shared rules', () => {
    expect(indicatorProblems({ ...base, koladaKpiId: 'N1541' }, t).map((p) => p.field)).toEqual(['koladaKpiId']);
    expect(indicatorProblems({ ...base, baselinePeriod: '2024-H3' }, t).map((p) => p.field)).toEqual(['baselinePeriod']);
    expect(indicatorProblems({ ...base, name: '', unit: '' }, t).map((p) => p.field)).toEqual(['name', 'unit']);
    expect(indicatorProblems({ ...base, koladaKpiId: ' n15419 ', baselinePeriod: '2024-h1' }, t)).toEqual([]);
  });

  it('sends the Kolada id in capitals and the period in its canonical spelling', () => {
    expect(toIndicatorInput({ ...base, koladaKpiId: ' n15419 ', baselinePeriod: '2024-h1' })).toMatchObject({ koladaKpiId: 'N15419', baselinePeriod: '2024-H1' });
    expect(toIndicatorInput(base)).toMatchObject({ koladaKpiId: null, baselinePeriod: null });
  });
});

describe('targets form', () => {
  it('has a row per gender the indicator takes', () => {
    expect(targetRowsFrom(true, [{ gender: 'TOTAL', value: 85.5, period: '2026' }])).toEqual([
      { gender: 'WOMEN', value: '', period: '' },
      { gender: 'MEN', value: '', period: '' },
      { gender: 'TOTAL', value: '85,5', period: '2026' },
    ]);
    expect(targetRowsFrom(false, []).map((row) => row.gender)).toEqual(['TOTAL']);
  });

  it('needs both a value (a Swedish decimal) and a period for a gender with a target', () => {
    const rows = targetRowsFrom(true, []);
    rows[0] = { gender: 'WOMEN', value: '81,5', period: '' };
    rows[1] = { gender: 'MEN', value: 'många', period: '2026' };
    expect(targetProblems(rows, false, t).map((p) => p.field)).toEqual(['WOMEN.period', 'MEN.value']);
    rows[2] = { gender: 'TOTAL', value: '80', period: '2026-H3' };
    expect(targetProblems(rows, false, t).find((p) => p.field === 'TOTAL.period')?.message).toBe('Perioden skrivs 2024, 2024-H1 eller 2024-Q3.');
    rows[2] = { gender: 'TOTAL', value: '', period: '' };
    rows[0] = { gender: 'WOMEN', value: '81,5', period: '2026-h1' };
    rows[1] = { gender: 'MEN', value: '', period: '' };
    expect(targetProblems(rows, false, t)).toEqual([]);
    expect(toTargetInputs(rows, '0136')).toEqual([{ organizationCode: '0136', gender: 'WOMEN', value: 81.5, period: '2026-H1' }]);
  });

  it('cannot empty every target (setTargets would keep them)', () => {
    expect(targetProblems(targetRowsFrom(true, []), true, t).map((p) => p.field)).toEqual(['WOMEN.value']);
    expect(targetProblems(targetRowsFrom(true, []), false, t)).toEqual([]);
  });

  it('maps the API’s targets.<i> to the row sent in that place', () => {
    const rows = [
      { gender: 'WOMEN' as const, value: '', period: '' },
      { gender: 'MEN' as const, value: '80', period: '2026' },
    ];
    expect(targetFieldOfServer('targets.0.period', rows)).toBe('MEN.period');
    expect(targetFieldOfServer('targets.1.value', rows)).toBeNull();
  });
});

describe('cellErrorsFrom', () => {
  it('puts the API’s problems by the cells they name, values and cleared cells apart', () => {
    const changes = {
      set: [
        { period: '2023', gender: 'WOMEN' as const, value: 1 },
        { period: '2024', gender: 'MEN' as const, value: 2 },
      ],
      clear: [{ period: '2022', gender: 'TOTAL' as const }],
    };
    const error = {
      code: 'BAD_USER_INPUT' as const,
      message: '',
      fields: [
        { field: 'values.1.value', message: 'Inte ett tal.' },
        { field: 'cells.0.period', message: 'Fel period.' },
        { field: 'organizationCode', message: 'Annat.' },
      ],
    };
    expect(cellErrorsFrom(error, changes)).toEqual({ '2024|MEN': 'Inte ett tal.', '2022|TOTAL': 'Fel period.' });
    expect(cellErrorsFrom(null, changes)).toEqual({});
  });
});
