import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { meetingDateQuestion } from './meeting-form';

const sv = createI18n({ language: 'sv' }).t;
const en = createI18n({ language: 'en' }).t;
const cohort = { startDate: '2027-03-01', followUpDueDate: '2028-03-01' };

describe('meetingDateQuestion', () => {
  it('asks nothing about a date within the cohort’s year', () => {
    expect(meetingDateQuestion('2027-10-31', cohort, sv, 'sv')).toBeNull();
    expect(meetingDateQuestion('2028-03-01', cohort, sv, 'sv')).toBeNull();
    expect(meetingDateQuestion('', cohort, sv, 'sv')).toBeNull();
  });

  it('names the years when they differ, and the dates when they do not', () => {
    expect(meetingDateQuestion('2020-10-31', cohort, sv, 'sv')).toBe('Mötet ligger 2020, men omgången startar 2027. Stämmer datumet?');
    expect(meetingDateQuestion('2027-02-15', cohort, sv, 'sv')).toBe('Mötet ligger 15 februari 2027, före omgångens start 1 mars 2027. Stämmer datumet?');
    expect(meetingDateQuestion('2031-03-01', cohort, sv, 'sv')).toBe('Mötet ligger 2031, men omgången följs upp 2028. Stämmer datumet?');
    expect(meetingDateQuestion('2028-11-01', cohort, sv, 'sv')).toBe(
      'Mötet ligger 1 november 2028, mer än 6 månader efter omgångens uppföljning 1 mars 2028. Stämmer datumet?',
    );
  });

  it('asks in English too', () => {
    expect(meetingDateQuestion('2020-10-31', cohort, en, 'en')).toBe('The meeting is in 2020, but the cohort starts in 2027. Is the date right?');
  });
});
