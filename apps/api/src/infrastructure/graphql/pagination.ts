import { BadInput } from '../errors/app-error';
import { MAX_YEAR, MIN_YEAR } from './date.scalar';

export const MAX_PAGE_SIZE = 50;

/** `first` is 1–50 on every list that can grow without bound. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw BadInput('first', `first måste vara mellan 1 och ${MAX_PAGE_SIZE}.`);
  }
  return size;
}

export function encodeCursor(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

/** Returns null for a cursor that does not decode, so callers can refuse it with a clear message. */
export function decodeCursor(cursor: string): string | null {
  try {
    const value = Buffer.from(cursor, 'base64url').toString('utf8');
    return value.length > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Parts a cursor may carry, each checked strictly so that no hand-made cursor reaches PostgreSQL. */
export const cursorParts = {
  /** A bigint id (the audit log's): digits only, within PostgreSQL's bigint. */
  bigintId(value: string): boolean {
    return /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n;
  },
  /** A ranking score as PostgreSQL prints a real: finite and of a sane size. */
  rank(value: string): boolean {
    if (!/^-?\d{1,10}(\.\d{1,20})?(e-?\d{1,2})?$/i.test(value)) return false;
    const n = Number(value);
    return Number.isFinite(n) && Math.abs(n) < 1e9;
  },
  /** A timestamp as the search writes it (microseconds, UTC) on a real calendar day within the accepted years (date.scalar.ts). */
  timestamp(value: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/.exec(value);
    if (!m) return false;
    const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    return (
      year >= MIN_YEAR && year <= MAX_YEAR && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day &&
      hour < 24 && minute < 60 && second < 60
    );
  },
};
