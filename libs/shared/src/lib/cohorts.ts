import { CohortStatus } from './enums';

/** Cohorts that still hold their organisations: one such cohort per organisation and programme. */
export const ACTIVE_COHORT_STATUSES: readonly CohortStatus[] = [CohortStatus.PLANNED, CohortStatus.ACTIVE, CohortStatus.FOLLOW_UP];

/** The lifecycle (DOMAIN.md): forward one step at a time, or CANCELLED from any state before CONCLUDED. */
const NEXT: Record<CohortStatus, readonly CohortStatus[]> = {
  [CohortStatus.PLANNED]: [CohortStatus.ACTIVE, CohortStatus.CANCELLED],
  [CohortStatus.ACTIVE]: [CohortStatus.FOLLOW_UP, CohortStatus.CANCELLED],
  [CohortStatus.FOLLOW_UP]: [CohortStatus.CONCLUDED, CohortStatus.CANCELLED],
  [CohortStatus.CONCLUDED]: [],
  [CohortStatus.CANCELLED]: [],
};

export function allowedTransitions(from: CohortStatus): readonly CohortStatus[] {
  return NEXT[from];
}

export function canTransition(from: CohortStatus, to: CohortStatus): boolean {
  return NEXT[from].includes(to);
}

/** Mentees may be added or withdraw while the cohort is PLANNED or ACTIVE. */
export function membershipOpen(status: CohortStatus): boolean {
  return status === CohortStatus.PLANNED || status === CohortStatus.ACTIVE;
}

export const COHORT_STATUS_SV: Record<CohortStatus, string> = {
  [CohortStatus.PLANNED]: 'planerad',
  [CohortStatus.ACTIVE]: 'pågående',
  [CohortStatus.FOLLOW_UP]: 'i uppföljning',
  [CohortStatus.CONCLUDED]: 'avslutad',
  [CohortStatus.CANCELLED]: 'avbruten',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Adds calendar months to a YYYY-MM-DD date; the 31st becomes the month's last day when needed. */
export function addMonths(isoDate: string, months: number): string {
  const m = DATE.exec(isoDate);
  if (!m) throw new Error(`not a date: ${isoDate}`);
  const year = Number(m[1]);
  const month = Number(m[2]) - 1 + months;
  const day = Number(m[3]);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

export const STOCKHOLM = 'Europe/Stockholm';

/** The offset of Stockholm from UTC, in minutes, at an instant (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: STOCKHOLM,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant of a Stockholm wall-clock time: `stockholmTime('2026-11-23', '10:00')` → 09:00Z. */
export function stockholmTime(isoDate: string, time: string): Date {
  const m = DATE.exec(isoDate);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !t) throw new Error(`not a date and time: ${isoDate} ${time}`);
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2]));
  // Two passes settle the offset around daylight-saving changes.
  let instant = guess - stockholmOffsetMinutes(new Date(guess)) * 60_000;
  instant = guess - stockholmOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** The Stockholm calendar date of an instant, YYYY-MM-DD. */
export function stockholmDate(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The Stockholm wall-clock time of an instant, HH:MM. */
export function stockholmClock(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}
