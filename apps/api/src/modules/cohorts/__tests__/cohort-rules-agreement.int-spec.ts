import {
  allowedTransitions,
  canTransition,
  cohortEditable,
  CohortMemberFacts,
  CohortStatus,
  mayEditWorkingGroup,
  mayManageCohorts,
  mayManageMeeting,
  mayViewCohort,
  MeetingKind,
  meetingKindIsUnique,
  meetingsOpen,
  MemberRole,
  RuleViewer,
  schedulableMeetingKinds,
  SKR_CODE,
  UserRole,
} from '@modellkommuner/shared';
import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';

/**
 * The API and libs/shared's cohort rules agree (issue "One source for each rule"): for every viewer ×
 * cohort status × action, the API lets the action through exactly when the shared functions — the
 * ones the web asks to show its buttons — say so, and a refusal has the code the order of checks
 * gives: NOT_FOUND for a cohort one may not see, FORBIDDEN for what one may not do, CONFLICT for what
 * the state does not allow. The expected outcome is computed from the shared functions and the
 * cohort as the API reports it just before each call, never written by hand.
 *
 * Managing cohorts (editing, the lifecycle) is decided by the viewer alone (`mayManageCohorts`), so it
 * is refused first, FORBIDDEN, whether or not the viewer sees the cohort: the answer tells nothing
 * about the cohort.
 */

type ViewerName = 'mentor' | 'mentee' | 'withdrawnMentee' | 'outsider' | 'processLeader';
/** The process leader acts last in each status: their transition moves the cohort on. */
const VIEWERS: ViewerName[] = ['mentor', 'mentee', 'withdrawnMentee', 'outsider', 'processLeader'];
const ORGANIZATION: Record<ViewerName, string> = { mentor: '2083', mentee: '0136', withdrawnMentee: '0114', outsider: '1280', processLeader: SKR_CODE };
const MENTOR = '2083';
const MENTEES = ['0136', '0126', '0114'];
const WITHDRAWN = '0114';

type Outcome = 'ok' | 'null' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'INTERNAL_SERVER_ERROR';

interface MeetingFacts {
  id: string;
  kind: MeetingKind;
  version: number;
  startsAt: string;
  endsAt: string | null;
  cancelledAt: string | null;
}

/** The cohort as the process leader reads it just before a call; the rules' facts keyed by organisation code, as the web keys them. */
interface Facts {
  id: string;
  status: CohortStatus;
  version: number;
  members: CohortMemberFacts[];
  /** Each member organisation's working-group version, by code: what the web sends back with setWorkingGroup. */
  workingGroupVersions: Record<string, number>;
  meetings: MeetingFacts[];
}

interface Action {
  name: string;
  expected(viewer: RuleViewer, facts: Facts, who: ViewerName): Outcome;
  run(token: string, facts: Facts, who: ViewerName): Promise<Outcome>;
}

const FUTURE = { startsAt: '2027-10-05T08:00:00Z', endsAt: '2027-10-05T10:00:00Z' };

describe('the API agrees with libs/shared’s cohort rules', () => {
  let platform: TestPlatform;
  const tokens = {} as Record<ViewerName, string>;
  const cohortOf = {} as Record<CohortStatus, string>;
  const tally = new Map<Outcome, number>();

  const outcomeOf = (result: GqlResult): Outcome => (result.errors?.length ? ((codeOf(result) ?? 'INTERNAL_SERVER_ERROR') as Outcome) : 'ok');

  async function facts(cohortId: string): Promise<Facts> {
    const data = await platform.ok(
      `query($id: ID!) { cohort(id: $id) { id status version members { role withdrawnAt workingGroupVersion organization { code } } meetings { id kind version startsAt endsAt cancelledAt } } }`,
      { id: cohortId },
      tokens.processLeader,
    );
    const c = data.cohort;
    return {
      id: c.id,
      status: c.status,
      version: c.version,
      members: c.members.map((m: { role: MemberRole; withdrawnAt: string | null; organization: { code: string } }) => ({
        organization: m.organization.code,
        role: m.role,
        withdrawn: m.withdrawnAt !== null,
      })),
      workingGroupVersions: Object.fromEntries(
        c.members.map((m: { workingGroupVersion: number; organization: { code: string } }) => [m.organization.code, m.workingGroupVersion]),
      ),
      meetings: c.meetings,
    };
  }

  const plannedKinds = (f: Facts) => f.meetings.filter((m) => !m.cancelledAt).map((m) => m.kind);
  /** The meeting of a kind a user would open: one still planned if there is one. */
  function meetingOf(f: Facts, kind: MeetingKind): MeetingFacts {
    const meeting = f.meetings.find((m) => m.kind === kind && !m.cancelledAt) ?? f.meetings.find((m) => m.kind === kind);
    if (!meeting) throw new Error(`the cohort has no ${kind} meeting`);
    return meeting;
  }
  const isActiveMember = (f: Facts, organization: string) => f.members.some((m) => m.organization === organization && !m.withdrawn);
  const otherOrganization = (who: ViewerName) => (ORGANIZATION[who] === '0136' ? MENTOR : '0136');
  const transitionTarget = (status: CohortStatus) => allowedTransitions(status)[0] ?? CohortStatus.ACTIVE;

  function scheduleAction(kind: MeetingKind): Action {
    return {
      name: `schedule ${kind === MeetingKind.EXCHANGE ? 'an' : 'a'} ${kind}`,
      expected(viewer, f) {
        if (!mayViewCohort(viewer, f.members)) return 'NOT_FOUND';
        if (!mayManageMeeting(viewer, f.members, kind)) return 'FORBIDDEN';
        if (!meetingsOpen(f.status)) return 'CONFLICT';
        if (meetingKindIsUnique(kind) && plannedKinds(f).includes(kind)) return 'CONFLICT';
        return 'ok';
      },
      async run(token, f) {
        return outcomeOf(
          await platform.gql(`mutation($c: ID!, $i: MeetingInput!) { scheduleMeeting(cohortId: $c, input: $i) { id } }`, { c: f.id, i: { kind, title: `Nytt ${kind}`, ...FUTURE } }, token),
        );
      },
    };
  }

  function updateMeetingAction(kind: MeetingKind): Action {
    return {
      name: `update its ${kind}`,
      expected(viewer, f) {
        if (!mayViewCohort(viewer, f.members)) return 'NOT_FOUND';
        if (!mayManageMeeting(viewer, f.members, kind)) return 'FORBIDDEN';
        if (meetingOf(f, kind).cancelledAt || !meetingsOpen(f.status)) return 'CONFLICT';
        return 'ok';
      },
      async run(token, f, who) {
        const m = meetingOf(f, kind);
        return outcomeOf(
          await platform.gql(
            `mutation($id: ID!, $v: Int!, $i: MeetingInput!) { updateMeeting(id: $id, version: $v, input: $i) { id } }`,
            { id: m.id, v: m.version, i: { kind, title: `${kind} (${who})`, startsAt: m.startsAt, endsAt: m.endsAt } },
            token,
          ),
        );
      },
    };
  }

  function workingGroupAction(whose: 'own' | 'another'): Action {
    const target = (who: ViewerName) => (whose === 'own' ? ORGANIZATION[who] : otherOrganization(who));
    return {
      name: `edit ${whose === 'own' ? 'its own organisation’s' : 'another organisation’s'} working group`,
      expected(viewer, f, who) {
        if (!mayViewCohort(viewer, f.members)) return 'NOT_FOUND';
        // Input, not a rule: the organisation named must be in the cohort (SKR, the process leader's own, is not).
        if (!isActiveMember(f, target(who))) return 'BAD_USER_INPUT';
        if (!mayEditWorkingGroup(viewer, f.members, target(who))) return 'FORBIDDEN';
        return 'ok';
      },
      async run(token, f, who) {
        return outcomeOf(
          await platform.gql(
            `mutation($id: ID!, $c: String!, $v: Int!) { setWorkingGroup(cohortId: $id, organizationCode: $c, version: $v, members: [{ name: "Eva Ek", role: POLITICIAN }]) { id } }`,
            { id: f.id, c: target(who), v: f.workingGroupVersions[target(who)] ?? 1 },
            token,
          ),
        );
      },
    };
  }

  const ACTIONS: Action[] = [
    {
      name: 'see the cohort',
      expected: (viewer, f) => (mayViewCohort(viewer, f.members) ? 'ok' : 'null'),
      async run(token, f) {
        const result = await platform.gql(`query($id: ID!) { cohort(id: $id) { id } }`, { id: f.id }, token);
        return result.errors ? outcomeOf(result) : result.data?.cohort ? 'ok' : 'null';
      },
    },
    {
      name: 'find it in the list of cohorts',
      expected: (viewer, f) => (mayViewCohort(viewer, f.members) ? 'ok' : 'null'),
      async run(token, f) {
        const result = await platform.gql(`{ cohorts { id } }`, {}, token);
        return result.errors ? outcomeOf(result) : result.data?.cohorts.some((c: { id: string }) => c.id === f.id) ? 'ok' : 'null';
      },
    },
    scheduleAction(MeetingKind.EXCHANGE),
    scheduleAction(MeetingKind.STARTUP),
    updateMeetingAction(MeetingKind.STARTUP),
    updateMeetingAction(MeetingKind.EXCHANGE),
    updateMeetingAction(MeetingKind.GATHERING),
    workingGroupAction('own'),
    workingGroupAction('another'),
    {
      name: 'update the cohort',
      expected(viewer, f) {
        if (!mayManageCohorts(viewer)) return 'FORBIDDEN';
        return cohortEditable(f.status) ? 'ok' : 'CONFLICT';
      },
      async run(token, f, who) {
        return outcomeOf(
          await platform.gql(`mutation($id: ID!, $v: Int!, $n: String!) { updateCohort(id: $id, version: $v, input: { name: $n }) { id } }`, { id: f.id, v: f.version, n: `Avtalsomgång (${who})` }, token),
        );
      },
    },
    {
      // Last: the process leader's transition moves the cohort on to the next status.
      name: 'transition it',
      expected(viewer, f) {
        if (!mayManageCohorts(viewer)) return 'FORBIDDEN';
        return canTransition(f.status, transitionTarget(f.status)) ? 'ok' : 'CONFLICT';
      },
      async run(token, f) {
        return outcomeOf(
          await platform.gql(
            `mutation($id: ID!, $to: CohortStatus!, $v: Int!) { transitionCohort(id: $id, to: $to, version: $v, reason: "Avtalstest") { id } }`,
            { id: f.id, to: transitionTarget(f.status), v: f.version },
            token,
          ),
        );
      },
    },
  ];

  const STATUSES: CohortStatus[] = [CohortStatus.PLANNED, CohortStatus.ACTIVE, CohortStatus.FOLLOW_UP, CohortStatus.CONCLUDED, CohortStatus.CANCELLED];
  const PATH: Record<CohortStatus, CohortStatus[]> = {
    [CohortStatus.PLANNED]: [],
    [CohortStatus.ACTIVE]: [CohortStatus.ACTIVE],
    [CohortStatus.FOLLOW_UP]: [CohortStatus.ACTIVE, CohortStatus.FOLLOW_UP],
    [CohortStatus.CONCLUDED]: [CohortStatus.ACTIVE, CohortStatus.FOLLOW_UP, CohortStatus.CONCLUDED],
    [CohortStatus.CANCELLED]: [CohortStatus.ACTIVE, CohortStatus.CANCELLED],
  };

  beforeAll(async () => {
    platform = await TestPlatform.start();
    tokens.processLeader = await platform.loginProcessLeader();
    await makeEligible(platform, tokens.processLeader, MENTOR);
    for (const who of VIEWERS) if (who !== 'processLeader') tokens[who] = (await platform.createUser(ORGANIZATION[who])).token;
    const leader = tokens.processLeader;
    // One cohort per status, each in a programme of its own (an organisation is in one active cohort per programme).
    // The start-up meeting and an exchange lie in the past, the gathering ahead: a cancellation cancels only the gathering.
    for (const status of STATUSES) {
      const programme = await createProgramme(platform, leader);
      const cohort = await createCohort(platform, leader, programme.id, MENTOR, MENTEES);
      await platform.ok(`mutation($id: ID!, $c: String!) { withdrawMember(cohortId: $id, organizationCode: $c, reason: "Prioriterar om") { id } }`, { id: cohort.id, c: WITHDRAWN }, leader);
      await platform.ok(`mutation($c: ID!, $i: MeetingInput!) { scheduleMeeting(cohortId: $c, input: $i) { id } }`, {
        c: cohort.id,
        i: { kind: MeetingKind.EXCHANGE, title: 'Erfarenhetsutbyte', startsAt: '2026-06-01T08:00:00Z', endsAt: '2026-06-01T10:00:00Z' },
      }, leader);
      for (const step of PATH[status]) {
        const { version } = await facts(cohort.id);
        await platform.ok(`mutation($id: ID!, $to: CohortStatus!, $v: Int!) { transitionCohort(id: $id, to: $to, version: $v, reason: "Förberedelse") { id } }`, { id: cohort.id, to: step, v: version }, leader);
      }
      cohortOf[status] = cohort.id;
    }
  });
  afterAll(async () => {
    const cases = [...tally.values()].reduce((a, b) => a + b, 0);
    const outcomes = [...tally].map(([outcome, n]) => `${n} ${outcome}`).join(', ');
    console.log(`cohort rules agreement: ${cases} cases (${STATUSES.length} statuses × ${VIEWERS.length} viewers × ${ACTIONS.length} actions): ${outcomes}`);
    await platform.close();
  });

  const table = STATUSES.flatMap((status) => VIEWERS.flatMap((who) => ACTIONS.map((action) => [status, who, action.name, action] as const)));

  it.each(table)('%s · %s · %s', async (status, who, _name, action) => {
    const before = await facts(cohortOf[status]);
    // The cohort is in the status of this row until the process leader's last action of it moves it on.
    expect(before.status).toBe(status);
    const viewer: RuleViewer = { role: who === 'processLeader' ? UserRole.PROCESS_LEADER : UserRole.MEMBER, organization: ORGANIZATION[who] };
    const expected = action.expected(viewer, before, who);
    const actual = await action.run(tokens[who], before, who);
    expect({ case: `${status} · ${who} · ${action.name}`, outcome: actual }).toEqual({ case: `${status} · ${who} · ${action.name}`, outcome: expected });
    // The web's list of kinds one may schedule says the same, wherever the cohort is open for meetings.
    if (action.name.startsWith('schedule') && mayViewCohort(viewer, before.members) && meetingsOpen(before.status)) {
      const kind = action.name.endsWith(MeetingKind.EXCHANGE) ? MeetingKind.EXCHANGE : MeetingKind.STARTUP;
      expect(schedulableMeetingKinds(viewer, before.members, plannedKinds(before)).includes(kind)).toBe(actual === 'ok');
    }
    tally.set(actual, (tally.get(actual) ?? 0) + 1);
  });
});
