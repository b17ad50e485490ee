import { describe, expect, it } from 'vitest';
import { REMINDER_KIND_SV, REMINDER_KIND_WHEN_SV, REMINDER_KINDS } from '@modellkommuner/shared';
import { createI18n } from '../../i18n/i18n';
import sv from './i18n/sv.json';
import { inAppPath, isReminderKind, joinNames, lateness, reminderKindLabel, reminderKindsFor, reminderKindWhen } from './reminder-words';

const svT = createI18n({ language: 'sv' }).t;
const enT = createI18n({ language: 'en' }).t;

describe('the reminders’ words', () => {
  it('says in sv.json what the shared rules say (the Swedish interface uses the shared words)', () => {
    expect(sv.kind).toEqual(REMINDER_KIND_SV);
    expect(sv.when).toEqual(REMINDER_KIND_WHEN_SV);
  });

  it('says them in the interface’s language', () => {
    expect(reminderKindLabel('CUSTOM', svT)).toBe('Meddelande från processledaren');
    expect(reminderKindLabel('CUSTOM', enT)).toBe('Message from the process leader');
    expect(reminderKindWhen('MEETING_UPCOMING', svT)).toBe('7 dagar och 1 dag före varje möte i en omgång du deltar i.');
    expect(reminderKindWhen('MEETING_UPCOMING', enT)).toBe('7 days and 1 day before each meeting of a cohort you take part in.');
  });

  it('knows the kinds by name, not anything the API might write', () => {
    expect(REMINDER_KINDS.every(isReminderKind)).toBe(true);
    expect(isReminderKind('SOMETHING_NEW')).toBe(false);
  });
});

describe('reminderKindsFor', () => {
  it('offers process leaders only what reaches process leaders: overdue reports, reviews of a mentor, the editorial queue', () => {
    expect(reminderKindsFor('PROCESS_LEADER')).toEqual(['FOLLOW_UP_OVERDUE', 'REVIEW_PENDING', 'EXAMPLE_IN_REVIEW']);
  });

  it('offers members every kind but the editorial queue, in the shared order', () => {
    expect(reminderKindsFor('MEMBER')).toEqual(['MEETING_UPCOMING', 'FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE', 'REVIEW_PENDING', 'MEASUREMENT_DUE', 'CUSTOM']);
  });
});

describe('lateness', () => {
  const due = '2026-12-02T07:00:00.000Z';
  const after = (minutes: number) => new Date(Date.parse(due) + minutes * 60_000).toISOString();

  it('is nothing for a reminder that went out on time, or has not gone out', () => {
    expect(lateness(due, null, svT)).toBeNull();
    expect(lateness(due, after(0), svT)).toBeNull();
    expect(lateness(due, after(4), svT)).toBeNull();
    // Sent before it was due (a custom reminder's clock): not late either.
    expect(lateness(due, after(-3), svT)).toBeNull();
  });

  it('says how late in minutes, hours or days', () => {
    expect(lateness(due, after(5), svT)).toBe('5 min.');
    expect(lateness(due, after(59), svT)).toBe('59 min.');
    expect(lateness(due, after(3 * 60 + 20), svT)).toBe('3 tim.');
    expect(lateness(due, after(47 * 60), svT)).toBe('47 tim.');
    expect(lateness(due, after(48 * 60), svT)).toBe('2 dagar');
    expect(lateness(due, after(3 * 60), enT)).toBe('3 h');
    expect(svT('reminders.cohort.late', { late: lateness(due, after(3 * 60), svT) })).toBe('skickad 3 tim. sent');
  });
});

describe('inAppPath', () => {
  it('follows paths in the app only', () => {
    expect(inAppPath('/cohorts/abc')).toBe('/cohorts/abc');
    expect(inAppPath(null)).toBeNull();
    expect(inAppPath('')).toBeNull();
    expect(inAppPath('https://example.com/x')).toBeNull();
    expect(inAppPath('//example.com/x')).toBeNull();
    expect(inAppPath('/\\example.com')).toBeNull();
    expect(inAppPath('javascript:alert(1)')).toBeNull();
  });
});

describe('joinNames', () => {
  it('joins names the Swedish way, and the English', () => {
    expect(joinNames([], svT)).toBe('');
    expect(joinNames(['Haninge kommun'], svT)).toBe('Haninge kommun');
    expect(joinNames(['Haninge kommun', 'Huddinge kommun'], svT)).toBe('Haninge kommun och Huddinge kommun');
    expect(joinNames(['A', 'B', 'C'], svT)).toBe('A, B och C');
    expect(joinNames(['A', 'B'], enT)).toBe('A and B');
  });
});
