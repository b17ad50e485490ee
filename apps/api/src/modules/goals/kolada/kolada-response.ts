/**
 * Reads one page of Kolada's data API (`/data/kpi/{kpis}/municipality/{ids}/year/{years}`). Pure
 * functions: no Nest, no network.
 *
 * Both shapes are read: v3 (`next_url`, numeric `period`) and v2 (`next_page`/`previous_page`, `period`
 * possibly a string). One bad entry must not cost the rest of the page, so every entry that cannot be
 * read becomes a Swedish problem line naming KPI, municipality and period, and the others are kept.
 * Only a body that is not a Kolada data response at all is refused (KoladaFormatError).
 */

export type KoladaGender = 'TOTAL' | 'WOMEN' | 'MEN';

export interface KoladaValue {
  kpi: string;
  municipality: string;
  /** As Kolada gives it, as a string ("2023"); its form is checked where periods are used. */
  period: string;
  gender: KoladaGender;
  /** null is missing data (see `status`), never 0. */
  value: number | null;
  /** Kolada's status ("" when none, "Missing" …); kept for missing values to say why. */
  status: string;
}

export interface KoladaPage {
  values: KoladaValue[];
  problems: string[];
  /** The absolute URL of the next page, or null on the last page. */
  next: string | null;
}

/** Kolada's KPI id form (one capital letter then five digits: N15419), defined once in libs/shared (goals.ts). */
export { KOLADA_KPI_PATTERN as KOLADA_KPI_ID } from '@modellkommuner/shared';

export class KoladaFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KoladaFormatError';
  }
}

const GENDERS: Readonly<Record<string, KoladaGender>> = { K: 'WOMEN', M: 'MEN', T: 'TOTAL' };

const GENDER_LABEL: Readonly<Record<KoladaGender, string>> = { TOTAL: 'totalt', WOMEN: 'kvinnor', MEN: 'män' };

/**
 * A decimal number written as text ("81.2", "-3", "1e3"). Stricter than Number(): Number("") and
 * Number(" ") are 0, and an empty string must not become a value of 0.
 */
const NUMERIC_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty trimmed string, or null. */
function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed || null;
}

/** 2023 → "2023", " 2023 " → "2023"; anything else (missing, object, "") → null. */
function period(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  return text(value);
}

/** How a bad value is quoted in a problem line: short, and readable for every JSON type. */
function quote(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

type ValueOutcome = { ok: true; value: number | null } | { ok: false; problem: string };

function readValue(raw: unknown): ValueOutcome {
  if (raw === null) return { ok: true, value: null };
  if (raw === undefined) return { ok: false, problem: 'Värde saknas' };
  if (typeof raw === 'number' && Number.isFinite(raw)) return { ok: true, value: raw };
  if (typeof raw === 'string' && NUMERIC_TEXT.test(raw.trim())) {
    const value = Number(raw.trim());
    if (Number.isFinite(value)) return { ok: true, value };
  }
  return { ok: false, problem: `Ogiltigt värde ${quote(raw)}` };
}

/** `next_url` (v3), else `next_page` (v2); a link that is not a string is reported and not followed. */
function readNext(body: Record<string, unknown>, problems: string[]): string | null {
  const raw = body.next_url ?? body.next_page ?? null;
  if (raw === null) return null;
  const next = text(raw);
  if (next === null) {
    // "" is how some proxies write "no next page"; anything else is a broken link.
    if (raw !== '') problems.push(`Ogiltig länk till nästa sida (${quote(raw)}); följande sidor hämtades inte.`);
    return null;
  }
  return next;
}

/**
 * Parses one response body (already JSON.parse'd): both shapes. Never throws for bad entries — each
 * becomes a Swedish line in `problems` and the rest is kept. Throws KoladaFormatError only when the body
 * is not a Kolada data response at all (not an object, no `values` array).
 */
export function parseKoladaPage(body: unknown): KoladaPage {
  if (!isRecord(body)) throw new KoladaFormatError('Svaret från Kolada är inte ett JSON-objekt.');
  if (!Array.isArray(body.values)) throw new KoladaFormatError('Svaret från Kolada saknar listan "values"; det är inget datasvar.');

  const values: KoladaValue[] = [];
  const problems: string[] = [];
  body.values.forEach((entry: unknown, index) => {
    const position = `Post ${index + 1} i svaret`;
    if (!isRecord(entry)) {
      problems.push(`${position} är inte ett objekt; den hoppades över.`);
      return;
    }
    const kpi = text(entry.kpi);
    const municipality = text(entry.municipality);
    const year = period(entry.period);
    const label = `${kpi ?? '?'}, ${municipality ?? '?'}, ${year ?? '?'}`;

    const missing = [kpi === null && 'KPI', municipality === null && 'kommun', year === null && 'period'].filter(
      (field): field is string => typeof field === 'string',
    );
    if (kpi === null || municipality === null || year === null) {
      problems.push(`${position} saknar ${missing.join(', ')} (${label}); den hoppades över.`);
      return;
    }
    if (!Array.isArray(entry.values)) {
      problems.push(`Inga värden (values) för ${label}; posten hoppades över.`);
      return;
    }

    for (const item of entry.values as unknown[]) {
      if (!isRecord(item)) {
        problems.push(`Ett värde för ${label} är inte ett objekt; det hoppades över.`);
        continue;
      }
      const letter = item.gender;
      const gender = typeof letter === 'string' && Object.hasOwn(GENDERS, letter) ? GENDERS[letter] : null;
      if (gender === null) {
        problems.push(
          letter === undefined || letter === null
            ? `Kön saknas för ${label}; värdet hoppades över.`
            : `Okänt kön ${typeof letter === 'string' ? `"${letter}"` : quote(letter)} för ${label}; värdet hoppades över.`,
        );
        continue;
      }
      const outcome = readValue(item.value);
      if (!outcome.ok) {
        problems.push(`${outcome.problem} för ${label} (${GENDER_LABEL[gender]}); värdet hoppades över.`);
        continue;
      }
      values.push({
        kpi,
        municipality,
        period: year,
        gender,
        value: outcome.value,
        status: typeof item.status === 'string' ? item.status.trim() : '',
      });
    }
  });

  return { values, problems, next: readNext(body, problems) };
}
