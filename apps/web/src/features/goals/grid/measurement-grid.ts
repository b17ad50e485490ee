import { comparePeriods, Gender, nextPeriod, normalizePeriod, parseDecimal, sortPeriods } from '@modellkommuner/shared';

// The measurement grid's draft, as plain data: what the user has typed per cell, what saving it would
// send, and the period rows. A cell left empty is missing (never 0): emptying a saved cell clears it.

export interface GridCell {
  period: string;
  gender: Gender;
}

export interface GridValue extends GridCell {
  value: number;
  source?: 'MANUAL' | 'KOLADA' | 'IMPORT';
}

export interface GridChanges {
  set: (GridCell & { value: number })[];
  clear: GridCell[];
}

/** A cell's key: `${period}|${gender}`, as the draft, the errors and the page's server errors use it. */
export type CellKey = `${string}|${Gender}`;

export function cellKey(period: string, gender: Gender): CellKey {
  return `${period}|${gender}`;
}

/** The text the user has typed, per cell they have typed in (cells not in it show what is saved). */
export type GridDraft = Readonly<Record<string, string>>;

/** What is wrong with a typed cell before anything is sent. */
export type CellProblem = 'NOT_A_NUMBER';

export interface GridDiff extends GridChanges {
  /** Cells whose text is not a number: not sent; the grid shows "Skriv ett tal, t.ex. 81,2". */
  problems: Record<string, CellProblem>;
}

const GENDER_RANK: Record<Gender, number> = { [Gender.WOMEN]: 0, [Gender.MEN]: 1, [Gender.TOTAL]: 2 };

function byCell(a: GridCell, b: GridCell): number {
  return comparePeriods(a.period, b.period) || GENDER_RANK[a.gender] - GENDER_RANK[b.gender];
}

function parseKey(key: string): GridCell | null {
  const bar = key.lastIndexOf('|');
  if (bar < 0) return null;
  const gender = key.slice(bar + 1);
  if (!(gender in GENDER_RANK)) return null;
  return { period: key.slice(0, bar), gender: gender as Gender };
}

/** A saved value as the user edits it: a decimal comma, no grouping, an ASCII minus ("81,2", "1234,5", "-3"). */
export function editText(value: number): string {
  // The shortest text that reads back as the same number, so an untouched cell never looks changed;
  // without an exponent for very small values (1e-7 → "0,0000001").
  const plain = String(value);
  const text = plain.includes('e') ? new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 }).format(value) : plain;
  return text.replace('.', ',');
}

/** The saved values by cell key. */
export function savedByKey(saved: readonly GridValue[]): Map<string, GridValue> {
  return new Map(saved.map((value) => [cellKey(value.period, value.gender), value]));
}

/** The text a cell shows: what was typed in it, else its saved value, else nothing. */
export function cellText(saved: ReadonlyMap<string, GridValue>, draft: GridDraft, key: string): string {
  if (key in draft) return draft[key];
  const value = saved.get(key);
  return value ? editText(value.value) : '';
}

/**
 * What saving the draft sends: a typed number that differs from the saved one (or where none is
 * saved) is set; an emptied cell that had a value is cleared; an unchanged cell sends nothing; a text
 * that is not a number is a problem and is not sent. In period order, then Kvinnor, Män, Totalt.
 */
export function diff(saved: readonly GridValue[], draft: GridDraft): GridDiff {
  const savedValues = savedByKey(saved);
  const result: GridDiff = { set: [], clear: [], problems: {} };
  for (const [key, text] of Object.entries(draft)) {
    const cell = parseKey(key);
    if (!cell) continue;
    const before = savedValues.get(key);
    const value = parseDecimal(text);
    if (value === null) result.problems[key] = 'NOT_A_NUMBER';
    else if (value === undefined) {
      if (before) result.clear.push(cell);
    } else if (!before || before.value !== value) result.set.push({ ...cell, value });
  }
  result.set.sort(byCell);
  result.clear.sort(byCell);
  return result;
}

/** Whether the draft would change anything or holds a text that is not a number (unsaved work either way). */
export function isDirty(result: GridDiff): boolean {
  return result.set.length > 0 || result.clear.length > 0 || Object.keys(result.problems).length > 0;
}

/** The grid's rows: every period with a saved value, the page's extra periods and those added here, in time order. */
export function gridPeriods(saved: readonly GridValue[], ...extra: (readonly string[])[]): string[] {
  return sortPeriods([...saved.map((value) => value.period), ...extra.flat()]);
}

export type AddPeriodResult = { period: string } | { problem: 'FORMAT' | 'DUPLICATE'; period?: string };

/**
 * A period typed to add as a row: in its canonical spelling ("2024-h1" → "2024-H1"), refused when it is
 * not one ("Perioden skrivs 2024, 2024-H1 eller 2024-Q3.") or is a row already.
 */
export function addPeriod(rows: readonly string[], text: string): AddPeriodResult {
  const period = normalizePeriod(text);
  if (!period) return { problem: 'FORMAT' };
  if (rows.includes(period)) return { problem: 'DUPLICATE', period };
  return { period };
}

/** "Lägg till nästa period": the period after the latest row, of the same kind (null without rows). */
export function nextRowPeriod(rows: readonly string[]): string | null {
  const latest = sortPeriods(rows).at(-1);
  if (!latest) return null;
  const next = nextPeriod(latest);
  return next && !rows.includes(next) ? next : null;
}
