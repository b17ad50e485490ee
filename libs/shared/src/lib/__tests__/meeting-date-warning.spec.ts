import { MEETING_LATE_MONTHS, meetingDateWarning } from '../cohorts';

// A cohort starting 1 March 2027 and followed up a year later.
const cohort = { startDate: '2027-03-01', followUpDueDate: '2028-03-01' };

describe('meetingDateWarning', () => {
  it('says nothing about a date within the cohort’s year, its first and last days included', () => {
    expect(meetingDateWarning('2027-03-01', cohort)).toBeNull();
    expect(meetingDateWarning('2027-10-31', cohort)).toBeNull();
    expect(meetingDateWarning('2028-03-01', cohort)).toBeNull();
  });

  it('warns about a date before the start date, naming both', () => {
    expect(meetingDateWarning('2020-10-31', cohort)).toEqual({ kind: 'BEFORE_START', date: '2020-10-31', startDate: '2027-03-01' });
    expect(meetingDateWarning('2027-02-28', cohort)).toEqual({ kind: 'BEFORE_START', date: '2027-02-28', startDate: '2027-03-01' });
  });

  it(`leaves a gathering moved some weeks after the follow-up date alone, up to ${MEETING_LATE_MONTHS} months`, () => {
    expect(meetingDateWarning('2028-04-15', cohort)).toBeNull();
    expect(meetingDateWarning('2028-09-01', cohort)).toBeNull();
    expect(meetingDateWarning('2028-09-02', cohort)).toEqual({
      kind: 'AFTER_FOLLOW_UP',
      date: '2028-09-02',
      followUpDueDate: '2028-03-01',
      latest: '2028-09-01',
    });
    expect(meetingDateWarning('2031-03-01', cohort)?.kind).toBe('AFTER_FOLLOW_UP');
  });

  it('has nothing to say about what is not a date (the form’s own check says that)', () => {
    expect(meetingDateWarning('', cohort)).toBeNull();
    expect(meetingDateWarning('2027-02-30', cohort)).toBeNull();
    expect(meetingDateWarning('2020-01-01', { startDate: 'okänt', followUpDueDate: '2028-03-01' })).toBeNull();
  });
});
