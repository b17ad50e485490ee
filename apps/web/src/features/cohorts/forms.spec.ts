import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { programmeProblems, toCreateProgrammeInput, EMPTY_PROGRAMME_FORM } from '../programmes';
import { meetingFieldOf, meetingFormFrom, meetingProblems, toMeetingInput } from './meeting-form';
import { emptyRow, toWorkingGroupInput, workingGroupProblems } from './working-group-form';

const t = createI18n({ language: 'sv' }).t;

describe('meeting form', () => {
  const values = { kind: 'EXCHANGE' as const, title: 'Erfarenhetsutbyte', date: '2026-10-25', startTime: '09:30', endTime: '', location: '', notes: '' };

  it('turns Swedish date and time into the instant with the day’s offset', () => {
    expect(toMeetingInput(values)).toEqual({
      kind: 'EXCHANGE',
      title: 'Erfarenhetsutbyte',
      startsAt: '2026-10-25T09:30:00+01:00',
      endsAt: null,
      location: null,
      notes: null,
    });
  });

  it('fills the form from a meeting, in Swedish time', () => {
    expect(
      meetingFormFrom({
        id: 'm',
        kind: 'STARTUP',
        title: 'Uppstartsmöte',
        startsAt: '2026-03-29T08:00:00.000Z',
        endsAt: '2026-03-29T10:00:00.000Z',
        location: null,
        notes: null,
        cancelledAt: null,
        cancelReason: null,
        version: 1,
      }),
    ).toMatchObject({ date: '2026-03-29', startTime: '10:00', endTime: '12:00', location: '' });
  });

  it('explains what is missing', () => {
    expect(meetingProblems({ ...values, title: '', date: '', startTime: '' }, t).map((p) => p.message)).toEqual([
      'Ge mötet en rubrik.',
      'Ange mötets datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.',
      'Ange när mötet börjar, till exempel 10:00.',
    ]);
    expect(meetingProblems({ ...values, date: '2026-03-29', startTime: '02:15' }, t)[0]?.message).toMatch(/sommartid/);
    expect(meetingFieldOf('endsAt')).toBe('endTime');
  });
});

describe('programme form', () => {
  it('has the API’s defaults and rules', () => {
    expect(programmeProblems({ ...EMPTY_PROGRAMME_FORM, name: 'Modellregioner', theme: 'Folkhälsa' }, t)).toEqual([]);
    expect(programmeProblems({ ...EMPTY_PROGRAMME_FORM, minMentees: '4', maxMentees: '3', followUpMonths: '0' }, t).map((p) => p.field)).toEqual([
      'name',
      'theme',
      'maxMentees',
      'followUpMonths',
    ]);
    expect(toCreateProgrammeInput({ ...EMPTY_PROGRAMME_FORM, name: ' A ', theme: ' B ', organizationKind: 'REGION' })).toEqual({
      name: 'A',
      theme: 'B',
      organizationKind: 'REGION',
      minMentees: 2,
      maxMentees: 3,
      followUpMonths: 12,
    });
  });
});

describe('working group form', () => {
  it('wants names and valid addresses, and sends blanks as null', () => {
    const rows = [{ ...emptyRow('POLITICIAN'), name: ' Anna ', email: 'anna@' }, emptyRow()];
    expect(workingGroupProblems(rows, t).map((p) => p.message)).toEqual([
      'Ange en giltig e-postadress för person 1, eller lämna fältet tomt.',
      'Ange namnet på person 2.',
    ]);
    expect(toWorkingGroupInput([{ ...emptyRow('MANAGER'), name: ' Bo ', title: ' ', email: ' BO@haninge.se ' }])).toEqual([
      { name: 'Bo', title: null, role: 'MANAGER', email: 'BO@haninge.se' },
    ]);
  });
});
