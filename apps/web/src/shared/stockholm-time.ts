/**
 * Swedish wall-clock time ↔ instants, whatever the browser's own time zone. Meetings are typed as a
 * date and a time in Swedish time (Europe/Stockholm) and sent to the API as an ISO DateTime with the
 * offset that applies on that day: +01:00 in winter, +02:00 in summer.
 */
import { addMonths as addCalendarMonths, isIsoDate } from '@modellkommuner/shared';

export const STOCKHOLM = 'Europe/Stockholm';

const TIME = /^(\d{2}):(\d{2})$/;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: STOCKHOLM,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClockAt(epochMs: number): WallClock {
  const parts = partsFormat.formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Stockholm's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutesAt(epochMs: number): number {
  const clock = wallClockAt(epochMs);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  // Seconds are not part of the wall clock above: round them away.
  return Math.round((asUtc - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

const pad = (value: number) => String(value).padStart(2, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** True for a real calendar date written YYYY-MM-DD (the shared rule the API applies too). */
export const isDate = isIsoDate;

/** True for a time of day written HH:MM (00:00–23:59). */
export function isTime(value: string): boolean {
  const match = TIME.exec(value);
  return match !== null && Number(match[1]) < 24 && Number(match[2]) < 60;
}

/**
 * `stockholmDateTime('2026-11-23', '10:00')` → `'2026-11-23T10:00:00+01:00'`.
 * Null when the input is not a date and a time, or when the time does not exist in Sweden (the hour
 * skipped when summer time begins, 02:00–02:59 on the last Sunday of March). A time that occurs twice
 * (02:00–02:59 on the last Sunday of October) is the second occurrence, in winter time.
 */
export function stockholmDateTime(date: string, time: string): string | null {
  if (!isDate(date) || !isTime(time)) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset around the changes between winter and summer time.
  let instant = asUtc - offsetMinutesAt(asUtc) * 60_000;
  instant = asUtc - offsetMinutesAt(instant) * 60_000;
  const clock = wallClockAt(instant);
  if (clock.year !== year || clock.month !== month || clock.day !== day || clock.hour !== hour || clock.minute !== minute) return null;
  return `${date}T${time}:00${formatOffset(offsetMinutesAt(instant))}`;
}

/** The Swedish date and time of an instant, as a form shows them: `{ date: '2026-11-23', time: '10:00' }`. */
export function stockholmParts(iso: string): { date: string; time: string } {
  const clock = wallClockAt(new Date(iso).getTime());
  return { date: `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`, time: `${pad(clock.hour)}:${pad(clock.minute)}` };
}

/** Today's date in Sweden, YYYY-MM-DD. */
export function stockholmToday(now: Date = new Date()): string {
  return stockholmParts(now.toISOString()).date;
}

/** Adds calendar months to a YYYY-MM-DD date; the 31st becomes the month's last day when needed (as the API does). */
export function addMonths(date: string, months: number): string | null {
  return isIsoDate(date) ? addCalendarMonths(date, months) : null;
}
