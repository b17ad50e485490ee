// The open data's CSV (docs/api-conventions.md, "Open data"): RFC 4180 for programs, not Swedish Excel —
// UTF-8 without a byte order mark, `,` between fields, CRLF between lines, a decimal point, a header row of
// snake_case names. A missing value is an empty field, never 0. (The members' measurement export,
// goals/measurements-csv.ts, is the Excel kind: `;`, a decimal comma and a BOM.)

/** What a cell may hold: lists become one field, their items joined by LIST_SEPARATOR. */
export type OpenDataCell = string | number | boolean | null | readonly string[];

/** Between the items of a list in one CSV field ("Jämställdhet; Kultur och fritid"); JSON keeps the list. */
export const LIST_SEPARATOR = '; ';

/** A number as JSON would write it, but never in exponent form: 0.0000001 → "0.0000001", -0 → "0". */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Exponent form only for |value| < 1e-6 or >= 1e21: write the digits out.
  return Math.abs(value) < 1 ? value.toFixed(20).replace(/\.?0+$/, '') : BigInt(Math.round(value)).toString();
}

/**
 * One field. Text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` so a
 * spreadsheet never runs it as a formula (the same rule as the measurement export; numbers are numbers and
 * keep their minus sign); a field holding `,`, `"` or a line break is quoted, its quotes doubled.
 */
export function csvField(value: OpenDataCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = typeof value === 'string' ? value : value.join(LIST_SEPARATOR);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file: the header row, then one line per row in the columns' order; every line ends in CRLF. */
export function openDataCsv(columns: readonly string[], rows: readonly Readonly<Record<string, OpenDataCell>>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
