import { Gender, GENDER_SV, isMeasurementValue, isPeriod, periodLabel, sortPeriods } from '@modellkommuner/shared';

// What the indicator chart draws, as plain data: rows per period, the series, Swedish numbers and the
// text summary for screen readers. A missing value stays missing: `null` in a row, a gap in the line,
// "–" in the table; never 0.

export interface ChartValue {
  period: string;
  gender: Gender;
  value: number;
}

export interface ChartTarget {
  gender: Gender;
  value: number;
  period: string;
}

/** One period of the chart: its label and one key per gender, `null` where there is no value. */
export interface ChartRow {
  period: string;
  label: string;
  WOMEN: number | null;
  MEN: number | null;
  TOTAL: number | null;
}

/** The order the genders are listed in: legend, table columns, summary. */
export const GENDER_ORDER: readonly Gender[] = [Gender.WOMEN, Gender.MEN, Gender.TOTAL];

export type PointShape = 'circle' | 'square' | 'triangle';

export interface SeriesStyle {
  /** Stroke colour; each has a contrast of at least 3:1 against white (text use: at least 4.5:1). */
  colour: string;
  /** SVG `stroke-dasharray`: solid, dashed, dotted — the genders differ without colour. */
  dash: string | undefined;
  shape: PointShape;
}

/**
 * Each gender told apart three ways: colour, dash pattern and point shape. Contrast against white:
 * #c2410c 5.2:1, #0072b2 5.2:1, #1f1f1f 16.5:1 (checked in chart-data.spec.ts). Orange against blue
 * stays apart for the common kinds of colour blindness too.
 */
export const SERIES_STYLE: Record<Gender, SeriesStyle> = {
  [Gender.WOMEN]: { colour: '#c2410c', dash: undefined, shape: 'circle' },
  [Gender.MEN]: { colour: '#0072b2', dash: '8 4', shape: 'square' },
  [Gender.TOTAL]: { colour: '#1f1f1f', dash: '2 4', shape: 'triangle' },
};

/** A value that can be drawn: a real period and a finite number. Anything else is treated as missing. */
function usable(value: ChartValue): boolean {
  return isPeriod(value.period) && isMeasurementValue(value.value);
}

/** The genders an indicator has (byGender: WOMEN, MEN, TOTAL; else TOTAL), keeping only their values. */
export function valuesFor(byGender: boolean, values: readonly ChartValue[]): ChartValue[] {
  return values.filter((value) => usable(value) && (byGender || value.gender === Gender.TOTAL));
}

/**
 * The lines to draw: by gender, Kvinnor and Män, and Totalt only if some TOTAL value exists (it is
 * not derived here); not by gender, Totalt.
 */
export function chartSeries(byGender: boolean, values: readonly ChartValue[]): Gender[] {
  if (!byGender) return [Gender.TOTAL];
  const hasTotal = values.some((value) => value.gender === Gender.TOTAL && usable(value));
  return hasTotal ? [Gender.WOMEN, Gender.MEN, Gender.TOTAL] : [Gender.WOMEN, Gender.MEN];
}

/** The table's columns: the series, and a gender that has only a target (so the target is not lost). */
export function tableGenders(byGender: boolean, values: readonly ChartValue[], targets: readonly ChartTarget[]): Gender[] {
  const series = chartSeries(byGender, values);
  const allowed = byGender ? GENDER_ORDER : [Gender.TOTAL];
  return allowed.filter((gender) => series.includes(gender) || targets.some((target) => target.gender === gender));
}

/**
 * One row per period in time order: every period that has a value, and the extra `periods`. A cell
 * without a value is `null`, never 0. A later value for the same period and gender wins.
 */
export function chartRows(values: readonly ChartValue[], extraPeriods: readonly string[] = []): ChartRow[] {
  const usableValues = values.filter(usable);
  const periods = sortPeriods([...usableValues.map((value) => value.period), ...extraPeriods.filter(isPeriod)]);
  const byKey = new Map(usableValues.map((value) => [`${value.period}|${value.gender}`, value.value]));
  return periods.map((period) => ({
    period,
    label: periodLabel(period),
    WOMEN: byKey.get(`${period}|${Gender.WOMEN}`) ?? null,
    MEN: byKey.get(`${period}|${Gender.MEN}`) ?? null,
    TOTAL: byKey.get(`${period}|${Gender.TOTAL}`) ?? null,
  }));
}

/** The index of the last row with a value for the gender (-1 when none): where the line's label goes. */
export function lastIndexWithValue(rows: readonly ChartRow[], gender: Gender): number {
  for (let index = rows.length - 1; index >= 0; index -= 1) {
    if (rows[index][gender] !== null) return index;
  }
  return -1;
}

const MAX_DIGITS = 3;

/** Decimals of a number as written (81.25 → 2), at most 3. */
function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return MAX_DIGITS;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(MAX_DIGITS, text.length - dot - 1);
}

/** The decimals to show an indicator's values with: as many as the most precise value has (81,2 and 84,0). */
export function fractionDigits(values: readonly { value: number }[]): number {
  return values.reduce((digits, { value }) => (Number.isFinite(value) ? Math.max(digits, decimalsOf(value)) : digits), 0);
}

export interface NumberOptions {
  /** BCP 47 locale; Swedish by default ("81,2", "1 234"). */
  locale?: string;
  /** Fixed decimals; by default as many as the value has (at most 3). */
  digits?: number;
}

/** A number the Swedish way: "81,2", "1 234", "−3,5". */
export function formatNumber(value: number, { locale = 'sv-SE', digits }: NumberOptions = {}): string {
  const fixed = digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return new Intl.NumberFormat(locale, { maximumFractionDigits: MAX_DIGITS, ...fixed }).format(value);
}

/** A number with its unit, kept on one line by a no-break space: "81,2 %", "12 500 kr". */
export function formatValue(value: number, unit: string, options: NumberOptions = {}): string {
  const number = formatNumber(value, options);
  return unit.trim() ? `${number}\u00a0${unit.trim()}` : number;
}

/** The words of the summary; Swedish by default, the component passes the interface's. */
export interface SummaryTexts {
  gender: Record<Gender, string>;
  /** After a series without values: "Män: inga värden". */
  noValues: string;
  /** Before a target's period: "Mål 2026: 85 %". */
  target: string;
}

export const SWEDISH_SUMMARY_TEXTS: SummaryTexts = { gender: GENDER_SV, noValues: 'inga värden', target: 'Mål' };

export interface SummaryInput {
  byGender: boolean;
  unit: string;
  values: readonly ChartValue[];
  targets: readonly ChartTarget[];
  periods?: readonly string[];
}

/**
 * Targets grouped by period, in time order: "Mål 2026: 85 %", or by gender
 * "Mål 2026: Kvinnor 85 %, Män 80 %". Empty when there are none.
 */
export function targetsSummary(
  byGender: boolean,
  unit: string,
  targets: readonly ChartTarget[],
  { locale, texts = SWEDISH_SUMMARY_TEXTS }: { locale?: string; texts?: SummaryTexts } = {},
): string {
  const allowed = byGender ? GENDER_ORDER : [Gender.TOTAL];
  const shown = targets.filter((target) => allowed.includes(target.gender) && isMeasurementValue(target.value));
  return sortPeriods(shown.map((target) => target.period))
    .map((period) => {
      const atPeriod = allowed.flatMap((gender) => shown.filter((target) => target.period === period && target.gender === gender));
      const list = atPeriod.map((target) => {
        const value = formatValue(target.value, unit, { locale });
        return byGender ? `${texts.gender[target.gender]} ${value}` : value;
      });
      return `${texts.target} ${periodLabel(period)}: ${list.join(', ')}`;
    })
    .join('; ');
}

/**
 * A short summary for screen readers: each series from its first to its latest value, then the targets.
 * "Kvinnor: 81,2 % 2023 → 84,0 % 2024; Män: inga värden; Mål 2026: 85 %".
 */
export function chartSummary(input: SummaryInput, { locale, texts = SWEDISH_SUMMARY_TEXTS }: { locale?: string; texts?: SummaryTexts } = {}): string {
  const values = valuesFor(input.byGender, input.values);
  const rows = chartRows(values);
  const digits = fractionDigits(values);
  const format = (value: number) => formatValue(value, input.unit, { locale, digits });
  const parts = chartSeries(input.byGender, values).map((gender) => {
    const points = rows.filter((row) => row[gender] !== null);
    const name = texts.gender[gender];
    if (points.length === 0) return `${name}: ${texts.noValues}`;
    const first = points[0];
    const last = points[points.length - 1];
    const from = `${format(first[gender] as number)} ${first.label}`;
    return points.length === 1 ? `${name}: ${from}` : `${name}: ${from} → ${format(last[gender] as number)} ${last.label}`;
  });
  const targets = targetsSummary(input.byGender, input.unit, input.targets, { locale, texts });
  return [...parts, ...(targets ? [targets] : [])].join('; ');
}

/** Whether there is anything to draw at all. */
export function hasValues(byGender: boolean, values: readonly ChartValue[]): boolean {
  return valuesFor(byGender, values).length > 0;
}
