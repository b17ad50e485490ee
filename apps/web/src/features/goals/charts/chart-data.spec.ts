import { describe, expect, it } from 'vitest';
import { Gender } from '@modellkommuner/shared';
import {
  chartRows,
  chartSeries,
  chartSummary,
  formatNumber,
  formatValue,
  fractionDigits,
  lastIndexWithValue,
  SERIES_STYLE,
  tableGenders,
  targetsSummary,
  valuesFor,
  type ChartValue,
} from './chart-data';

const NBSP = '\u00a0';
const v = (period: string, gender: Gender, value: number): ChartValue => ({ period, gender, value });

describe('chartRows', () => {
  it('gives one row per period in time order, with null (never 0) where a gender has no value', () => {
    const rows = chartRows([v('2024', Gender.WOMEN, 84), v('2023', Gender.WOMEN, 81.2), v('2023', Gender.MEN, 77), v('2024-H1', Gender.TOTAL, 80)]);
    expect(rows.map((row) => row.period)).toEqual(['2023', '2024-H1', '2024']);
    expect(rows[0]).toEqual({ period: '2023', label: '2023', WOMEN: 81.2, MEN: 77, TOTAL: null });
    expect(rows[1]).toEqual({ period: '2024-H1', label: '2024 halvår 1', WOMEN: null, MEN: null, TOTAL: 80 });
    expect(rows[2]).toEqual({ period: '2024', label: '2024', WOMEN: 84, MEN: null, TOTAL: null });
  });

  it('keeps a real 0 as 0 and adds the extra periods as rows without values', () => {
    const rows = chartRows([v('2023', Gender.TOTAL, 0)], ['2025', '2022', 'junk']);
    expect(rows.map((row) => [row.period, row.TOTAL])).toEqual([
      ['2022', null],
      ['2023', 0],
      ['2025', null],
    ]);
  });

  it('treats values that cannot be drawn (not a number, not a period) as missing', () => {
    const rows = chartRows([v('2023', Gender.TOTAL, Number.NaN), v('20x3', Gender.TOTAL, 5), v('2024', Gender.TOTAL, Infinity)], ['2023']);
    expect(rows).toEqual([{ period: '2023', label: '2023', WOMEN: null, MEN: null, TOTAL: null }]);
  });

  it('finds the last row with a value for each gender (where the line is named)', () => {
    const rows = chartRows([v('2022', Gender.WOMEN, 1), v('2023', Gender.MEN, 2), v('2024', Gender.MEN, 3)]);
    expect(lastIndexWithValue(rows, Gender.WOMEN)).toBe(0);
    expect(lastIndexWithValue(rows, Gender.MEN)).toBe(2);
    expect(lastIndexWithValue(rows, Gender.TOTAL)).toBe(-1);
  });
});

describe('chartSeries', () => {
  it('draws Kvinnor and Män by gender, and Totalt only when some TOTAL value exists', () => {
    expect(chartSeries(true, [v('2023', Gender.WOMEN, 1)])).toEqual([Gender.WOMEN, Gender.MEN]);
    expect(chartSeries(true, [v('2023', Gender.WOMEN, 1), v('2023', Gender.TOTAL, 2)])).toEqual([Gender.WOMEN, Gender.MEN, Gender.TOTAL]);
  });

  it('draws only Totalt when not by gender, and keeps only TOTAL values then', () => {
    const values = [v('2023', Gender.WOMEN, 1), v('2023', Gender.TOTAL, 2)];
    expect(chartSeries(false, values)).toEqual([Gender.TOTAL]);
    expect(valuesFor(false, values)).toEqual([v('2023', Gender.TOTAL, 2)]);
    expect(valuesFor(true, values)).toEqual(values);
  });

  it('gives the table a column for a gender that has only a target', () => {
    expect(tableGenders(true, [v('2023', Gender.WOMEN, 1)], [{ gender: Gender.TOTAL, value: 5, period: '2026' }])).toEqual([Gender.WOMEN, Gender.MEN, Gender.TOTAL]);
    expect(tableGenders(true, [v('2023', Gender.WOMEN, 1)], [])).toEqual([Gender.WOMEN, Gender.MEN]);
    expect(tableGenders(false, [], [{ gender: Gender.WOMEN, value: 5, period: '2026' }])).toEqual([Gender.TOTAL]);
  });
});

describe('Swedish numbers', () => {
  it('writes decimals with a comma, thousands with a space and the unit after a no-break space', () => {
    expect(formatNumber(81.2)).toBe('81,2');
    expect(formatNumber(84, { digits: 1 })).toBe('84,0');
    expect(formatNumber(12500)).toBe(`12${NBSP}500`);
    expect(formatValue(81.2, '%')).toBe(`81,2${NBSP}%`);
    expect(formatValue(3, '')).toBe('3');
    expect(formatNumber(81.2, { locale: 'en-GB' })).toBe('81.2');
  });

  it('shows an indicator’s values with as many decimals as its most precise value', () => {
    expect(fractionDigits([{ value: 84 }, { value: 81.2 }])).toBe(1);
    expect(fractionDigits([{ value: 1.23456 }])).toBe(3);
    expect(fractionDigits([{ value: 84 }])).toBe(0);
  });
});

describe('chartSummary', () => {
  const values = [v('2023', Gender.WOMEN, 81.2), v('2024', Gender.WOMEN, 84), v('2023', Gender.MEN, 76.5), v('2024', Gender.MEN, 78.1)];

  it('tells each series from its first to its latest value, then the target', () => {
    expect(chartSummary({ byGender: false, unit: '%', values: [v('2023', Gender.TOTAL, 81.2), v('2022', Gender.TOTAL, 80), v('2024', Gender.TOTAL, 84)], targets: [{ gender: Gender.TOTAL, value: 85, period: '2026' }] })).toBe(
      `Totalt: 80,0${NBSP}% 2022 → 84,0${NBSP}% 2024; Mål 2026: 85${NBSP}%`,
    );
  });

  it('names the genders, and each gender’s target by period', () => {
    const summary = chartSummary({
      byGender: true,
      unit: '%',
      values,
      targets: [
        { gender: Gender.MEN, value: 82, period: '2026' },
        { gender: Gender.WOMEN, value: 85, period: '2026' },
      ],
    });
    expect(summary).toBe(`Kvinnor: 81,2${NBSP}% 2023 → 84,0${NBSP}% 2024; Män: 76,5${NBSP}% 2023 → 78,1${NBSP}% 2024; Mål 2026: Kvinnor 85${NBSP}%, Män 82${NBSP}%`);
  });

  it('says when a series has no values or only one, never turning a gap into 0', () => {
    const summary = chartSummary({ byGender: true, unit: 'kr', values: [v('2024-Q3', Gender.WOMEN, 1200)], targets: [] });
    expect(summary).toBe(`Kvinnor: 1${NBSP}200${NBSP}kr 2024 kvartal 3; Män: inga värden`);
    expect(summary).not.toMatch(/\b0\b/);
  });

  it('uses the words and number format it is given (the English interface)', () => {
    const summary = chartSummary(
      { byGender: false, unit: '%', values: [v('2023', Gender.TOTAL, 81.2)], targets: [] },
      { locale: 'en-GB', texts: { gender: { WOMEN: 'Women', MEN: 'Men', TOTAL: 'Total' }, noValues: 'no values', target: 'Target' } },
    );
    expect(summary).toBe(`Total: 81.2${NBSP}% 2023`);
  });

  it('lists targets by period in time order, and is empty without any', () => {
    expect(
      targetsSummary(false, '%', [
        { gender: Gender.TOTAL, value: 90, period: '2028' },
        { gender: Gender.TOTAL, value: 85.5, period: '2026-H1' },
      ]),
    ).toBe(`Mål 2026 halvår 1: 85,5${NBSP}%; Mål 2028: 90${NBSP}%`);
    expect(targetsSummary(false, '%', [])).toBe('');
  });
});

/** WCAG 2.x relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('SERIES_STYLE', () => {
  it('gives every line a colour of at least 3:1 against white (4.5:1, as the line labels are text)', () => {
    for (const style of Object.values(SERIES_STYLE)) expect(contrast(style.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('tells the genders apart without colour: a different dash pattern and point shape each', () => {
    const styles = Object.values(SERIES_STYLE);
    expect(new Set(styles.map((style) => style.dash ?? 'solid')).size).toBe(3);
    expect(new Set(styles.map((style) => style.shape)).size).toBe(3);
    expect(SERIES_STYLE[Gender.WOMEN].dash).toBeUndefined();
  });
});
