import { comparisonRows, comparisonYears, COMPARISON_MAX_YEARS_BACK } from './kolada-comparison.service';
import { KoladaValue } from './kolada/kolada-response';
import { KoladaErrors } from './kolada.errors';

// The pure parts of the weekly comparison fetch (docs/domain.md, "Impact"): which years, and Kolada's values as rows.

const value = (kpi: string, municipality: string, period: string, gender: KoladaValue['gender'], v: number | null, status = ''): KoladaValue => ({
  kpi,
  municipality,
  period,
  gender,
  value: v,
  status,
});

describe('comparisonYears', () => {
  it('runs from four years before the earliest start to the current year', () => {
    expect(comparisonYears(2024, 2026)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('reaches back at most 15 years', () => {
    expect(COMPARISON_MAX_YEARS_BACK).toBe(15);
    const years = comparisonYears(1990, 2026);
    expect(years[0]).toBe(2011);
    expect(years.at(-1)).toBe(2026);
    expect(years).toHaveLength(16);
    // Around the limit: a start in 2015 reaches 2011 exactly, one a year earlier is cut there, one a year later starts 2012.
    expect(comparisonYears(2015, 2026)[0]).toBe(2011);
    expect(comparisonYears(2014, 2026)[0]).toBe(2011);
    expect(comparisonYears(2016, 2026)[0]).toBe(2012);
  });

  it('a start in the future still asks for the current year, and never beyond it', () => {
    expect(comparisonYears(2028, 2026)).toEqual([2024, 2025, 2026]);
    expect(comparisonYears(2040, 2026)).toEqual([2026]);
  });
});

describe('comparisonRows', () => {
  const kpis = new Set(['N99101', 'N99102']);
  const ids = new Set(['0000', '0007', '0760', '0780']);

  it('one row per KPI, id and year, K/M/T into women/men/total; a null or absent gender stays null, never 0', () => {
    const { rows, problems } = comparisonRows(
      [
        value('N99101', '0780', '2024', 'WOMEN', 66.5),
        value('N99101', '0780', '2024', 'MEN', 56.25),
        value('N99101', '0780', '2024', 'TOTAL', 61.375),
        value('N99101', '0760', '2024', 'WOMEN', null, 'Missing'),
        value('N99101', '0760', '2024', 'MEN', 0),
        value('N99101', '0760', '2024', 'TOTAL', 12),
        value('N99102', '0007', '2025', 'TOTAL', 3333),
        value('N99101', '0000', '2023', 'WOMEN', null, 'Missing'),
        value('N99101', '0000', '2023', 'MEN', null, 'Missing'),
        value('N99101', '0000', '2023', 'TOTAL', null, 'Missing'),
      ],
      kpis,
      ids,
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { kpiId: 'N99101', koladaId: '0000', year: 2023, women: null, men: null, total: null },
      { kpiId: 'N99101', koladaId: '0760', year: 2024, women: null, men: 0, total: 12 },
      { kpiId: 'N99101', koladaId: '0780', year: 2024, women: 66.5, men: 56.25, total: 61.375 },
      { kpiId: 'N99102', koladaId: '0007', year: 2025, women: null, men: null, total: 3333 },
    ]);
  });

  it('skips ids and KPIs that were not asked for, and periods that are not a whole year, with one line each', () => {
    const { rows, problems } = comparisonRows(
      [
        value('N99101', '0799', '2024', 'TOTAL', 1),
        value('N99101', '0799', '2023', 'TOTAL', 2),
        value('N99109', '0780', '2024', 'TOTAL', 3),
        value('N99101', '0780', '2024-H1', 'TOTAL', 4),
        value('N99101', '0780', '', 'TOTAL', 5),
        value('N99101', '0780', ' 2024 ', 'TOTAL', 6),
      ],
      kpis,
      ids,
    );
    expect(rows).toEqual([{ kpiId: 'N99101', koladaId: '0780', year: 2024, women: null, men: null, total: 6 }]);
    expect(problems).toEqual([
      KoladaErrors.unknownMunicipality('0799'),
      KoladaErrors.unknownKpi('N99109'),
      KoladaErrors.malformedPeriod('N99101', '0780', '2024-H1'),
      KoladaErrors.malformedPeriod('N99101', '0780', ''),
    ]);
  });

  it('a value given twice keeps the last, and the rows come sorted by key whatever the order of the answer', () => {
    const { rows } = comparisonRows(
      [value('N99102', '0780', '2022', 'TOTAL', 1), value('N99101', '0780', '2022', 'TOTAL', 2), value('N99102', '0780', '2022', 'TOTAL', 3)],
      kpis,
      ids,
    );
    expect(rows.map((r) => [r.kpiId, r.total])).toEqual([
      ['N99101', 2],
      ['N99102', 3],
    ]);
  });
});
