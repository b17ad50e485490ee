import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import en from '../../i18n/en.json';
import sv from '../../i18n/sv.json';
import { fieldLabel, LABELLED_FIELDS, parseFieldPath, translatedField } from './server-messages';

const enT = createI18n({ language: 'en' }).t;

describe('parseFieldPath', () => {
  it('takes the last named part and the last index', () => {
    expect(parseFieldPath('email')).toEqual({ name: 'email', index: undefined });
    expect(parseFieldPath('startupMeeting.endsAt')).toEqual({ name: 'endsAt', index: undefined });
    expect(parseFieldPath('members.0.email')).toEqual({ name: 'email', index: 0 });
    expect(parseFieldPath('filter.subjects.2')).toEqual({ name: 'subjects', index: 2 });
  });
});

describe('field labels', () => {
  it('has a Swedish and an English label for every field it knows', () => {
    for (const field of LABELLED_FIELDS) {
      expect(en.errors.fieldLabels[field]).toBeTruthy();
      expect(sv.errors.fieldLabels[field]).toBeTruthy();
    }
    expect(Object.keys(en.errors.fieldLabels).sort()).toEqual([...LABELLED_FIELDS].sort());
  });

  it('labels the API’s field paths in English', () => {
    expect(fieldLabel('startupMeeting.endsAt', enT)).toBe('End time');
    expect(fieldLabel('menteeCodes', enT)).toBe('Mentees');
    expect(fieldLabel('input.whatever', enT)).toBeNull();
    expect(translatedField('filter.subjects.2', enT)).toBe('Subject, no. 3: check this value.');
    expect(translatedField('reason', enT)).toBe('Reason: check this value.');
  });
});
