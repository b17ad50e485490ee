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
