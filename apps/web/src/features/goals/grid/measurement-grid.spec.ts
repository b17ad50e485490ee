import { describe, expect, it } from 'vitest';
import { Gender } from '@modellkommuner/shared';
import { addPeriod, cellKey, cellText, diff, editText, gridPeriods, isDirty, nextRowPeriod, savedByKey, type GridValue } from './measurement-grid';

const saved: GridValue[] = [
  { period: '2023', gender: Gender.WOMEN, value: 81.2 },
  { period: '2023', gender: Gender.MEN, value: 77, source: 'KOLADA' },
  { period: '2024', gender: Gender.TOTAL, value: 0 },
];

describe('cell keys and texts', () => {
  it('keys a cell `${period}|${gender}`', () => {
    expect(cellKey('2024-H1', Gender.WOMEN)).toBe('2024-H1|WOMEN');
  });

  it('shows a saved value the Swedish way, readable back as the same number', () => {
    expect(editText(81.2)).toBe('81,2');
    expect(editText(1234.5)).toBe('1234,5');
    expect(editText(-3)).toBe('-3');
    expect(editText(0)).toBe('0');
    expect(editText(1e-7)).toBe('0,0000001');
    expect(diff([{ period: '2024', gender: Gender.TOTAL, value: 0.1 + 0.2 }], { '2024|TOTAL': editText(0.1 + 0.2) }).set).toEqual([]);
  });

  it('shows what was typed, else what is saved, else nothing', () => {
    const byKey = savedByKey(saved);
    expect(cellText(byKey, {}, '2023|WOMEN')).toBe('81,2');
    expect(cellText(byKey, { '2023|WOMEN': '' }, '2023|WOMEN')).toBe('');
    expect(cellText(byKey, { '2023|WOMEN': '8' }, '2023|WOMEN')).toBe('8');
    expect(cellText(byKey, {}, '2024|TOTAL')).toBe('0');
    expect(cellText(byKey, {}, '2025|TOTAL')).toBe('');
  });
});

describe('diff', () => {
  it('sets a changed number and a new one, typed the Swedish way', () => {
    const result = diff(saved, { '2023|WOMEN': '82,5', '2025|TOTAL': '1 234,5', '2024-H1|MEN': '-3' });
    expect(result.set).toEqual([
      { period: '2023', gender: Gender.WOMEN, value: 82.5 },
      { period: '2024-H1', gender: Gender.MEN, value: -3 },
      { period: '2025', gender: Gender.TOTAL, value: 1234.5 },
    ]);
    expect(result.clear).toEqual([]);
    expect(result.problems).toEqual({});
  });

  it('clears an emptied cell that had a value (0 included), and sends nothing for an empty cell that had none', () => {
    const result = diff(saved, { '2023|MEN': '', '2024|TOTAL': '  ', '2025|WOMEN': '' });
    expect(result.clear).toEqual([
      { period: '2023', gender: Gender.MEN },
      { period: '2024', gender: Gender.TOTAL },
    ]);
    expect(result.set).toEqual([]);
  });

  it('sends nothing for a cell typed back to its saved value (in any spelling)', () => {
    const result = diff(saved, { '2023|WOMEN': '81.20', '2023|MEN': '77', '2024|TOTAL': '0' });
    expect(result).toEqual({ set: [], clear: [], problems: {} });
    expect(isDirty(result)).toBe(false);
  });

  it('does not send a text that is not a number: it is a problem of that cell', () => {
    const result = diff(saved, { '2023|WOMEN': '81,2 %', '2023|MEN': 'abc', '2024|WOMEN': '5' });
    expect(result.problems).toEqual({ '2023|WOMEN': 'NOT_A_NUMBER', '2023|MEN': 'NOT_A_NUMBER' });
    expect(result.set).toEqual([{ period: '2024', gender: Gender.WOMEN, value: 5 }]);
    expect(result.clear).toEqual([]);
    expect(isDirty(result)).toBe(true);
  });

  it('is dirty for a change or a clear', () => {
    expect(isDirty(diff(saved, { '2024|MEN': '1' }))).toBe(true);
    expect(isDirty(diff(saved, { '2023|WOMEN': '' }))).toBe(true);
    expect(isDirty(diff(saved, {}))).toBe(false);
  });
});

describe('period rows', () => {
  it('are the saved periods, the extra ones and the added ones, once each, in time order', () => {
    expect(gridPeriods(saved, ['2022', '2024'], ['2024-Q1'])).toEqual(['2022', '2023', '2024-Q1', '2024']);
  });

  it('adds a period in its canonical spelling, refusing what is not a period and a duplicate', () => {
    expect(addPeriod(['2023'], ' 2024-h1 ')).toEqual({ period: '2024-H1' });
    expect(addPeriod(['2023'], '2024-Q3')).toEqual({ period: '2024-Q3' });
    expect(addPeriod(['2023'], '24')).toEqual({ problem: 'FORMAT' });
    expect(addPeriod(['2023'], '2024-H3')).toEqual({ problem: 'FORMAT' });
    expect(addPeriod(['2023'], '')).toEqual({ problem: 'FORMAT' });
    expect(addPeriod(['2023', '2024-H1'], '2024-h1')).toEqual({ problem: 'DUPLICATE', period: '2024-H1' });
  });

  it('offers the period after the latest row, of the same kind', () => {
    expect(nextRowPeriod(['2024', '2022'])).toBe('2025');
    expect(nextRowPeriod(['2023', '2024-Q4'])).toBe('2025-Q1');
    expect(nextRowPeriod(['2024-H1'])).toBe('2024-H2');
    expect(nextRowPeriod([])).toBeNull();
  });
});
