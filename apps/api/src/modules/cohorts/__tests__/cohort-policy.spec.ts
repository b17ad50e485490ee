import { MeetingKind, MemberRole, UserRole } from '@modellkommuner/shared';
import { Viewer } from '../../../infrastructure/graphql/request-context';
import { meetingKindTaken, meetingProblems } from '../cohort-rules';
import { CohortPolicy, MemberFacts, memberFacts } from '../cohort.policy';
import { MeetingInput } from '../dto/cohort.inputs';

const viewer = (role: UserRole, organizationId: string): Viewer => ({ userId: 'u', sessionId: 's', role, organizationId });
const leader = viewer(UserRole.PROCESS_LEADER, 'org-skr');
const mentor = viewer(UserRole.MEMBER, 'org-mentor');
const mentee = viewer(UserRole.MEMBER, 'org-mentee');
const withdrawn = viewer(UserRole.MEMBER, 'org-left');
const outsider = viewer(UserRole.MEMBER, 'org-outside');

const MEMBERS: MemberFacts[] = [
  { organizationId: 'org-mentor', role: MemberRole.MENTOR, withdrawnAt: null },
  { organizationId: 'org-mentee', role: MemberRole.MENTEE, withdrawnAt: null },
  { organizationId: 'org-left', role: MemberRole.MENTEE, withdrawnAt: new Date('2026-04-01T12:00:00Z') },
];

describe('CohortPolicy: the shared rules over the API’s viewer and members', () => {
  const policy = new CohortPolicy();

  it('maps members to the rules’ facts: organisations by id, withdrawn when withdrawnAt is set', () => {
    expect(memberFacts(MEMBERS)).toEqual([
      { organization: 'org-mentor', role: MemberRole.MENTOR, withdrawn: false },
      { organization: 'org-mentee', role: MemberRole.MENTEE, withdrawn: false },
      { organization: 'org-left', role: MemberRole.MENTEE, withdrawn: true },
    ]);
  });

  it.each([
    ['the process leader', true, leader],
    ['the mentor', true, mentor],
    ['a mentee', true, mentee],
    ['a withdrawn mentee', false, withdrawn],
    ['an outsider', false, outsider],
    ['nobody', false, null],
  ] as const)('%s: mayView is %s', (_name, expected, who) => {
    expect(policy.mayView(who, MEMBERS)).toBe(expected);
  });

  it('only the process leader sees every cohort and manages cohorts', () => {
    expect([leader, mentor, mentee, outsider, null].map((v) => policy.seesAllCohorts(v))).toEqual([true, false, false, false, false]);
    expect([leader, mentor, mentee, outsider, null].map((v) => policy.mayManageCohorts(v))).toEqual([true, false, false, false, false]);
  });

  it('meetings: the process leader every kind, the mentor exchanges, nobody else', () => {
    const kinds = [MeetingKind.STARTUP, MeetingKind.EXCHANGE, MeetingKind.GATHERING];
    expect(kinds.map((k) => policy.mayManageMeeting(leader, MEMBERS, k))).toEqual([true, true, true]);
    expect(kinds.map((k) => policy.mayManageMeeting(mentor, MEMBERS, k))).toEqual([false, true, false]);
    expect(kinds.map((k) => policy.mayManageMeeting(mentee, MEMBERS, k))).toEqual([false, false, false]);
    expect(policy.isMentor(mentor, MEMBERS)).toBe(true);
    expect(policy.isMentor(mentee, MEMBERS)).toBe(false);
    // A mentor organisation that has left is no longer the mentor.
    expect(policy.mayManageMeeting(mentor, [{ ...MEMBERS[0], withdrawnAt: new Date() }, MEMBERS[1]], MeetingKind.EXCHANGE)).toBe(false);
  });

  it('working groups: one’s own organisation’s while in the cohort; the process leader any member’s', () => {
    expect(policy.mayEditWorkingGroup(mentee, MEMBERS, 'org-mentee')).toBe(true);
    expect(policy.mayEditWorkingGroup(mentee, MEMBERS, 'org-mentor')).toBe(false);
    expect(policy.mayEditWorkingGroup(withdrawn, MEMBERS, 'org-left')).toBe(false);
    expect(policy.mayEditWorkingGroup(leader, MEMBERS, 'org-mentor')).toBe(true);
    expect(policy.mayEditWorkingGroup(leader, MEMBERS, 'org-left')).toBe(false);
  });
});

describe('cohort-rules', () => {
  it('a start-up meeting and a gathering are one each (unless cancelled); exchanges are many', () => {
    expect(meetingKindTaken(MeetingKind.STARTUP, [MeetingKind.STARTUP, MeetingKind.GATHERING])).toBe(true);
    expect(meetingKindTaken(MeetingKind.GATHERING, [MeetingKind.STARTUP])).toBe(false);
    expect(meetingKindTaken(MeetingKind.EXCHANGE, [MeetingKind.EXCHANGE])).toBe(false);
  });

  it('names a meeting’s own problems by field, with the prefix of a nested input', () => {
    const input = Object.assign(new MeetingInput(), {
      kind: MeetingKind.EXCHANGE,
      title: 'Uppstart',
      startsAt: new Date('2027-02-10T12:00:00Z'),
      endsAt: new Date('2027-02-10T11:00:00Z'),
    });
    expect(meetingProblems(input, 'startupMeeting.', MeetingKind.STARTUP)).toEqual([
      { field: 'startupMeeting.kind', message: 'Uppstartsmötet ska vara av typen uppstartsmöte (STARTUP).' },
      { field: 'startupMeeting.endsAt', message: 'Mötet måste sluta efter att det har börjat.' },
    ]);
    expect(meetingProblems({ ...input, endsAt: null })).toEqual([]);
  });
});
