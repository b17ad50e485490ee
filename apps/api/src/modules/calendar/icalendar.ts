/**
 * A small iCalendar (RFC 5545) writer: exactly what the personal feed needs, nothing more.
 *
 * Why not `ical-generator`: given a plain `Date` and a TZID it formats the wall-clock time with the
 * server process's own time zone (`getHours()`), so a UTC container would write 09:00 for a 10:00
 * Stockholm meeting unless a time-zone date library (@date-fns/tz, luxon, dayjs) were added too, plus a
 * VTIMEZONE generator package. Stockholm's rules fit in the constant below, and Intl does the
 * conversion, so the feed needs no runtime dependency at all.
 */

export const STOCKHOLM_TZID = 'Europe/Stockholm';

/**
 * Europe/Stockholm as the EU has defined it since 1996: CEST from the last Sunday of March 02:00,
 * CET from the last Sunday of October 03:00. Outlook needs this block to place TZID times.
 */
export const STOCKHOLM_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${STOCKHOLM_TZID}`,
  `X-LIC-LOCATION:${STOCKHOLM_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`, other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\\;,\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`))
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

/**
 * Folds one content line so that no physical line exceeds 75 octets (RFC 5545 3.1): continuation lines
 * start with a space, which counts. Splits only between code points, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out;
}

/** Lines joined with CRLF, each folded, with the final CRLF the format requires. */
export function serialize(lines: readonly string[]): string {
  return lines.flatMap(foldLine).join('\r\n') + '\r\n';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20261123T090000Z` */
export function formatUtc(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

const stockholmParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: STOCKHOLM_TZID,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Stockholm wall-clock time of an instant, `YYYYMMDDTHHMMSS` (no zone designator). */
export function formatStockholmLocal(instant: Date): string {
  const parts = stockholmParts.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}${get('month')}${get('day')}T${get('hour')}${get('minute')}${get('second')}`;
}

/**
 * A DATE-TIME property for an instant: `NAME;TZID=Europe/Stockholm:local` — except in the one hour a year
 * that Stockholm's clocks show twice (late October), where a local time would be read as its first
 * occurrence (RFC 5545 3.3.5); the second one is written in UTC instead.
 */
export function stockholmDateTimeProperty(name: string, instant: Date): string {
  const local = formatStockholmLocal(instant);
  if (formatStockholmLocal(new Date(instant.getTime() - 3_600_000)) === local) return `${name}:${formatUtc(instant)}`;
  return `${name};TZID=${STOCKHOLM_TZID}:${local}`;
}

/** A YYYY-MM-DD date as `YYYYMMDD`; `days` shifts it (DTEND of an all-day event is the next day). */
export function formatDate(isoDate: string, days = 0): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`not a date: ${isoDate}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

export interface CalendarEvent {
  uid: string;
  sequence: number;
  /** An instant with a time, or an all-day event on a YYYY-MM-DD date. */
  start: { at: Date } | { date: string };
  /** Only for timed events; omitted when unknown (the event then has no set length). */
  end?: Date | null;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  lastModified: Date;
  cancelled?: boolean;
  /** All-day reminders of a due date do not make anyone busy. */
  transparent?: boolean;
}

export interface CalendarDocument {
  name: string;
  prodId: string;
  /** DTSTAMP: with METHOD present it is the time this object was created (RFC 5545 3.8.7.2). */
  generatedAt: Date;
  events: readonly CalendarEvent[];
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `SEQUENCE:${event.sequence}`, `DTSTAMP:${stamp}`];
  if ('at' in event.start) {
    lines.push(stockholmDateTimeProperty('DTSTART', event.start.at));
    if (event.end) lines.push(stockholmDateTimeProperty('DTEND', event.end));
  } else {
    lines.push(`DTSTART;VALUE=DATE:${formatDate(event.start.date)}`, `DTEND;VALUE=DATE:${formatDate(event.start.date, 1)}`);
  }
  lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`, `SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push(
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `TRANSP:${event.transparent ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  );
  return lines;
}

/** The whole VCALENDAR as text: CRLF line endings, folded at 75 octets, Stockholm's VTIMEZONE included. */
export function renderCalendar(doc: CalendarDocument): string {
  const stamp = formatUtc(doc.generatedAt);
  return serialize([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${doc.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(doc.name)}`,
    `X-WR-TIMEZONE:${STOCKHOLM_TZID}`,
    // How often subscribers should fetch again (Apple/Google read the first, Outlook the second).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...STOCKHOLM_VTIMEZONE,
    ...doc.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]);
}
