import type { TFunction } from 'i18next';
import { REMINDER_KIND_SV, REMINDER_KIND_WHEN_SV, REMINDER_KINDS, reminderAudience, ReminderKind, UserRole } from '@modellkommuner/shared';
import { formatDate, formatTime } from '../../shared/format';

// The reminders' words: in Swedish the shared rules' own (libs/shared reminders.ts, which the API's
// messages and docs use too); in any other language the translations under `reminders.kind` and
// `reminders.when` (reminder-words.spec.ts checks that the Swedish file says the same).

function swedish(t: TFunction): boolean {
  return t('language.current') === 'sv';
}

export function isReminderKind(value: string): value is ReminderKind {
  return (REMINDER_KINDS as readonly string[]).includes(value);
}

/** "Möte närmar sig", "Meddelande från processledaren". */
export function reminderKindLabel(kind: ReminderKind, t: TFunction): string {
  return swedish(t) ? REMINDER_KIND_SV[kind] : t(`reminders.kind.${kind}`);
}

/** When a kind is sent and to whom, in a sentence: "7 dagar och 1 dag före varje möte …". */
export function reminderKindWhen(kind: ReminderKind, t: TFunction): string {
  return swedish(t) ? REMINDER_KIND_WHEN_SV[kind] : t(`reminders.when.${kind}`);
}

/**
 * The kinds a user can ever receive, in the shared order: those whose audience (`reminderAudience`, the
 * API's rule) reaches process leaders for a process leader — an overdue report from 14 days, a mentor's
 * report waiting for review, an example in the editorial queue — and every other kind for members. The
 * preferences offer only these: no choice about mail that never comes.
 */
export function reminderKindsFor(role: UserRole): ReminderKind[] {
  return REMINDER_KINDS.filter((kind) => {
    const reach = [reminderAudience(kind, { daysOverdue: 365, reviewedByProcessLeader: true }), reminderAudience(kind, { daysOverdue: 0 })];
    if (role === UserRole.PROCESS_LEADER) return reach.some((audience) => audience.processLeaders);
    return reach.some((audience) => audience.wholeCohort || audience.ownOrganization || audience.reviewer || audience.chosen);
  });
}

/** "2 december 2026 kl. 09:05", Swedish time whatever the browser's zone. */
export function formatDateTimeWords(iso: string, t: TFunction, language: string): string {
  return t('reminders.dateTime', { date: formatDate(iso, language), time: formatTime(iso, language) });
}

/** A reminder that went out this much after it was due or more is said to be late (the worker's relay may take a minute). */
export const LATE_AFTER_MINUTES = 5;

const MINUTE_MS = 60_000;

/**
 * How late a reminder went out, in words ("3 tim.", "20 min.", "2 dagar"), or null when it went out on
 * time (within LATE_AFTER_MINUTES) or has not gone out.
 */
export function lateness(dueAt: string, sentAt: string | null | undefined, t: TFunction): string | null {
  if (!sentAt) return null;
  const minutes = Math.floor((Date.parse(sentAt) - Date.parse(dueAt)) / MINUTE_MS);
  if (!(minutes >= LATE_AFTER_MINUTES)) return null;
  if (minutes < 60) return t('reminders.cohort.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('reminders.cohort.hours', { count: hours });
  return t('reminders.cohort.days', { count: Math.floor(hours / 24) });
}

/** "Haninge kommun", "Haninge kommun och Huddinge kommun", "A, B och C". */
export function joinNames(names: readonly string[], t: TFunction): string {
  if (names.length <= 1) return names[0] ?? '';
  return t('reminders.custom.and', { first: names.slice(0, -1).join(', '), last: names[names.length - 1] });
}

/**
 * A notification's link, if it is a path in this app (the API writes `/cohorts/…`); anything else —
 * another origin, a protocol-relative `//host` — is not followed.
 */
export function inAppPath(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null;
  return link;
}
