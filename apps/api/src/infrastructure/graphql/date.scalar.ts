import { CustomScalar, Scalar } from '@nestjs/graphql';
import { Kind, ValueNode } from 'graphql';
import { isIsoDate } from '@modellkommuner/shared';
import { AppError } from '../errors/app-error';

/**
 * Years the platform accepts in dates and times. Wider ranges only break what others read: iCalendar
 * and PostgreSQL cannot represent years past 9999 or before 1, and year 0100 is certainly a typo.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Marker class for `@Field(() => DateOnly)`: a calendar date without time or zone. */
export class DateOnly {}

const inRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

/** `Date`: a calendar date, `YYYY-MM-DD`, kept as a string end to end (no time zone can shift it). */
@Scalar('Date', () => DateOnly)
export class DateScalar implements CustomScalar<string, string> {
  description = 'Kalenderdatum, YYYY-MM-DD';

  parseValue(value: unknown): string {
    return parseDate(value);
  }

  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  }

  parseLiteral(ast: ValueNode): string {
    return parseDate(ast.kind === Kind.STRING ? ast.value : null);
  }
}

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value) && inRange(Number(value.slice(0, 4)))) return value;
  throw new AppError('BAD_USER_INPUT', `Ogiltigt datum: ange ett verkligt datum som ÅÅÅÅ-MM-DD mellan år ${MIN_YEAR} och ${MAX_YEAR}.`);
}

// YYYY-MM-DDTHH:MM[:SS[.fraction]] followed by Z or ±HH:MM.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** A strict ISO 8601 date-time with a zone, on a real calendar day, within the accepted years; else null. */
export function parseIsoDateTime(value: string): Date | null {
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const [year, hour, minute, second] = [m[1], m[4], m[5], m[6] ?? '0'].map(Number);
  if (!inRange(year) || !isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (m[8] !== 'Z' && (Number(m[9]) > 23 || Number(m[10]) > 59)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * `DateTime`: an instant, written as ISO 8601 with a zone (`2026-05-04T10:00:00Z`, `…+02:00`). Replaces
 * Nest's built-in scalar, which accepted `true` (1970) and `2026-02-30` (2 March).
 */
@Scalar('DateTime', () => Date)
export class DateTimeScalar implements CustomScalar<string, Date> {
  description = 'Tidpunkt i ISO 8601 med tidszon, t.ex. 2026-05-04T10:00:00Z';

  parseValue(value: unknown): Date {
    return parseDateTime(value);
  }

  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string' || typeof value === 'number') return new Date(value).toISOString();
    throw new TypeError('DateTime kan inte skrivas ut');
  }

  parseLiteral(ast: ValueNode): Date {
    return parseDateTime(ast.kind === Kind.STRING ? ast.value : null);
  }
}

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? parseIsoDateTime(value) : null;
  if (date) return date;
  throw new AppError(
    'BAD_USER_INPUT',
    `Ogiltig tidpunkt: ange datum och tid med tidszon, t.ex. 2026-05-04T10:00:00Z, mellan år ${MIN_YEAR} och ${MAX_YEAR}.`,
  );
}

/** Every custom scalar of the schema: the API module and the schema printer both register these. */
export const SCALARS = [DateScalar, DateTimeScalar];
