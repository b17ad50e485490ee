import {
  addMonths,
  canTransition,
  cohortEditable,
  isIsoDate,
  mayEditWorkingGroup,
  mayManageCohorts,
  mayManageMeeting,
  mayViewCohort,
  meetingsOpen,
  membershipOpen,
  schedulableMeetingKinds,
  stockholmClock,
  stockholmDate,
  stockholmTime,
  transitionNeedsReason,
} from '../cohorts';
import { CohortStatus as S, MeetingKind, MemberRole, UserRole } from '../enums';

describe('cohort lifecycle', () => {
  it.each([
    [S.PLANNED, S.ACTIVE],
    [S.ACTIVE, S.FOLLOW_UP],
    [S.FOLLOW_UP, S.CONCLUDED],
    [S.PLANNED, S.CANCELLED],
    [S.ACTIVE, S.CANCELLED],
    [S.FOLLOW_UP, S.CANCELLED],
  ])('allows %s → %s', (from, to) => expect(canTransition(from, to)).toBe(true));

  it.each([
    [S.PLANNED, S.FOLLOW_UP],
    [S.PLANNED, S.CONCLUDED],
    [S.ACTIVE, S.PLANNED],
    [S.ACTIVE, S.CONCLUDED],
    [S.FOLLOW_UP, S.ACTIVE],
    [S.CONCLUDED, S.CANCELLED],
    [S.CANCELLED, S.PLANNED],
    [S.ACTIVE, S.ACTIVE],
  ])('refuses %s → %s', (from, to) => expect(canTransition(from, to)).toBe(false));

  it('opens membership changes while PLANNED or ACTIVE only', () => {
    expect(Object.values(S).filter(membershipOpen)).toEqual([S.PLANNED, S.ACTIVE]);
  });
});

describe('dates', () => {
  it('adds months, keeping month ends real', () => {
    expect(addMonths('2026-02-10', 12)).toBe('2027-02-10');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
  it('checks calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });
  it('turns Stockholm wall-clock times into instants, winter and summer', () => {
    expect(stockholmTime('2026-11-23', '10:00').toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(stockholmTime('2026-06-15', '10:00').toISOString()).toBe('2026-06-15T08:00:00.000Z');
    // The days daylight saving starts (29 March) and ends (25 October) in 2026.
    expect(stockholmTime('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(stockholmTime('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });
  it('gives the Stockholm wall-clock time of an instant', () => {
    expect(stockholmClock(new Date('2026-11-23T09:00:00Z'))).toBe('10:00');
    expect(stockholmClock(new Date('2026-06-15T08:05:00Z'))).toBe('10:05');
  });

  it('gives the Stockholm date of an instant', () => {
    expect(stockholmDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});

describe('who may do what in a cohort', () => {
  const leader = { role: UserRole.PROCESS_LEADER, organization: 'skr' };
  const mentor = { role: UserRole.MEMBER, organization: 'm' };
  const mentee = { role: UserRole.MEMBER, organization: 'n' };
  const withdrawn = { role: UserRole.MEMBER, organization: 'w' };
  const outsider = { role: UserRole.MEMBER, organization: 'x' };
  const members = [
    { organization: 'm', role: MemberRole.MENTOR, withdrawn: false },
    { organization: 'n', role: MemberRole.MENTEE, withdrawn: false },
    { organization: 'w', role: MemberRole.MENTEE, withdrawn: true },
  ];

  it('shows the cohort to process leaders and its current members only', () => {
    expect([leader, mentor, mentee, withdrawn, outsider, null].map((v) => mayViewCohort(v, members))).toEqual([true, true, true, false, false, false]);
  });

  it('lets the mentor manage exchanges only, and process leaders every meeting', () => {
    for (const kind of Object.values(MeetingKind)) {
      expect(mayManageMeeting(leader, members, kind)).toBe(true);
      expect(mayManageMeeting(mentor, members, kind)).toBe(kind === MeetingKind.EXCHANGE);
      expect(mayManageMeeting(mentee, members, kind)).toBe(false);
      expect(mayManageMeeting(withdrawn, members, kind)).toBe(false);
    }
  });

  it('lets each organisation edit its own working group, and process leaders any current member’s', () => {
    expect(mayEditWorkingGroup(mentee, members, 'n')).toBe(true);
    expect(mayEditWorkingGroup(mentee, members, 'm')).toBe(false);
    expect(mayEditWorkingGroup(withdrawn, members, 'w')).toBe(false);
    expect(mayEditWorkingGroup(leader, members, 'm')).toBe(true);
    expect(mayEditWorkingGroup(leader, members, 'w')).toBe(false);
    expect(mayEditWorkingGroup(leader, members, 'x')).toBe(false);
  });

  it('offers only the meeting kinds that can still be scheduled', () => {
    expect(schedulableMeetingKinds(leader, members, [MeetingKind.STARTUP, MeetingKind.GATHERING])).toEqual([MeetingKind.EXCHANGE]);
    expect(schedulableMeetingKinds(leader, members, [MeetingKind.GATHERING])).toEqual([MeetingKind.STARTUP, MeetingKind.EXCHANGE]);
    expect(schedulableMeetingKinds(mentor, members, [])).toEqual([MeetingKind.EXCHANGE]);
    expect(schedulableMeetingKinds(mentee, members, [])).toEqual([]);
  });

  it('keeps the cohort editable until it ends, and meetings open until it is concluded or cancelled', () => {
    expect(Object.values(S).filter(cohortEditable)).toEqual([S.PLANNED, S.ACTIVE, S.FOLLOW_UP]);
    expect(Object.values(S).filter(meetingsOpen)).toEqual([S.PLANNED, S.ACTIVE, S.FOLLOW_UP]);
    expect(Object.values(S).filter((s) => transitionNeedsReason(s))).toEqual([S.CONCLUDED, S.CANCELLED]);
  });

  it('leaves managing cohorts to process leaders', () => {
    expect([leader, mentor, null].map(mayManageCohorts)).toEqual([true, false, false]);
  });
});
