import { localeOf } from '../i18n/i18n';

const TIME_ZONE = 'Europe/Stockholm';

/** "2026-11-22 14:05:33" in Swedish, Swedish time, whatever the browser's zone. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' }).format(
    new Date(iso),
  );
}

/** "22 november 2026". */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeZone: TIME_ZONE, dateStyle: 'long' }).format(new Date(iso));
}

/** A calendar date (the API's `Date`, "2026-11-23") as "23 november 2026", with no time zone to shift it. */
export function formatCalendarDate(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(localeOf(language), { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** "måndag 23 november 2026", Swedish time. */
export function formatWeekdayDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** "10:00", Swedish time. */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
