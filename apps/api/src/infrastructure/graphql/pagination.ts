import { BadInput } from '../errors/app-error';

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
