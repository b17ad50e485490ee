import { Client } from 'pg';
import { cohortInput, COHORT_FIELDS, createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';

type Role = 'processLeader' | 'mentee' | 'mentor' | 'outsider' | 'anonymous';
const ROLES: Role[] = ['processLeader', 'mentee', 'mentor', 'outsider', 'anonymous'];
type Outcome = 'ok' | 'null' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

const EXCHANGE = { kind: 'EXCHANGE', title: 'Erfarenhetsutbyte', startsAt: '2026-09-01T08:00:00Z', endsAt: '2026-09-01T10:00:00Z', location: 'https://meet.example.se/abc' };

describe('cohorts: who may see and do what', () => {
  let platform: TestPlatform;
  const tokens: Partial<Record<Role, string>> = {};
  let programmeId: string;
  let cohortId: string;
  let exchangeId: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    tokens.processLeader = await platform.loginProcessLeader();
    await makeEligible(platform, tokens.processLeader, '2083');
    programmeId = (await createProgramme(platform, tokens.processLeader)).id;
    cohortId = (await createCohort(platform, tokens.processLeader, programmeId, '2083', ['0136', '0126'])).id;
    tokens.mentor = (await platform.createUser('2083')).token;
    tokens.mentee = (await platform.createUser('0136')).token;
    tokens.outsider = (await platform.createUser('1280')).token;
    await platform.ok(
      `mutation($id: ID!) { setWorkingGroup(cohortId: $id, organizationCode: "2083", version: 1, members: [{ name: "Eva Ek", title: "Kommunstyrelsens ordförande", role: POLITICIAN, email: "eva.ek@hedemora.example.se" }]) { id } }`,
      { id: cohortId },
      tokens.processLeader,
    );
    exchangeId = (await platform.ok(`mutation($id: ID!, $i: MeetingInput!) { scheduleMeeting(cohortId: $id, input: $i) { id } }`, { id: cohortId, i: EXCHANGE }, tokens.processLeader)).scheduleMeeting.id;
  });
  afterAll(() => platform.close());

  const call = (role: Role, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> => platform.gql(query, variables, tokens[role]);
  /** An organisation's working-group version as the process leader reads it now (each save raises it). */
  const workingGroupVersion = async (code: string): Promise<number> =>
    (await platform.ok(`query($id: ID!) { cohort(id: $id) { members { organization { code } workingGroupVersion } } }`, { id: cohortId }, tokens.processLeader)).cohort.members.find(
      (m: { organization: { code: string } }) => m.organization.code === code,
    ).workingGroupVersion;

  function expectOutcome(result: GqlResult, outcome: Outcome, pick: (data: any) => unknown): void {
    if (outcome === 'ok' || outcome === 'null' || outcome === 'hidden') {
      expect(result.errors).toBeUndefined();
      const value = pick(result.data);
      if (outcome === 'ok') expect(value).toBeTruthy();
      if (outcome === 'null') expect(value).toBeNull();
      if (outcome === 'hidden') expect(value).toBe(false);
    } else {
      expect(codeOf(result)).toBe(outcome);
    }
  }

  const reads: [string, string, (d: any, ctx: { cohortId: string }) => unknown, Record<Role, Outcome>][] = [
    ['cohort(id) with working groups and e-mail addresses', `query($id: ID!) { cohort(id: $id) { id members { organization { code } workingGroup { email } } } }`,
      (d) => d.cohort,
      { processLeader: 'ok', mentee: 'ok', mentor: 'ok', outsider: 'null', anonymous: 'UNAUTHENTICATED' }],
    ['cohorts lists it', `{ cohorts { id } }`, (d, ctx) => d.cohorts.some((c: { id: string }) => c.id === ctx.cohortId),
      { processLeader: 'ok', mentee: 'ok', mentor: 'ok', outsider: 'hidden', anonymous: 'UNAUTHENTICATED' }],
    ['organization.memberships of a mentee', `{ organization(code: "0136") { memberships { cohort { id } } } }`,
      (d, ctx) => d.organization.memberships.some((m: any) => m.cohort.id === ctx.cohortId),
      { processLeader: 'ok', mentee: 'ok', mentor: 'ok', outsider: 'hidden', anonymous: 'UNAUTHENTICATED' }],
    // Programmes are public (the network page filters by them); their cohorts are not.
    ['programme.cohorts', `{ programmes { cohorts { id } } }`, (d, ctx) => d.programmes.some((p: any) => p.cohorts.some((c: { id: string }) => c.id === ctx.cohortId)),
      { processLeader: 'ok', mentee: 'ok', mentor: 'ok', outsider: 'hidden', anonymous: 'hidden' }],
  ];

  describe.each(reads)('%s', (_name, query, pick, expected) => {
    it.each(ROLES)('as %s', async (role) => {
      const result = await call(role, query, { id: cohortId });
      expectOutcome(result, expected[role], (d) => pick(d, { cohortId }));
    });
  });

  it('members see every member’s working group, e-mail included', async () => {
    const data = await platform.ok(`query($id: ID!) { cohort(id: $id) { members { organization { code } workingGroup { name email } } } }`, { id: cohortId }, tokens.mentee);
    expect(data.cohort.members.find((m: any) => m.organization.code === '2083').workingGroup).toEqual([{ name: 'Eva Ek', email: 'eva.ek@hedemora.example.se' }]);
  });

  const writes: [string, (role: Role) => Promise<GqlResult>, Record<Role, Outcome>][] = [
    ['createProgramme', (r) => call(r, `mutation { createProgramme(input: { name: "${r}-program-${Date.now()}", theme: "T", organizationKind: REGION }) { id } }`),
      { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'FORBIDDEN', outsider: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }],
    ['markMentorEligible', (r) => call(r, `mutation { markMentorEligible(organizationCode: "${r === 'processLeader' ? '0117' : '0120'}", reason: "Erfaren") { id } }`),
      { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'FORBIDDEN', outsider: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }],
    ['createCohort', async (r) => {
      const programme = await createProgramme(platform, tokens.processLeader as string);
      return call(r, `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`, { i: cohortInput(programme.id, '2083', ['0136', '0126']) });
    }, { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'FORBIDDEN', outsider: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }],
    ['updateCohort', async (r) => {
      const v = (await platform.ok(`query($id: ID!) { cohort(id: $id) { version } }`, { id: cohortId }, tokens.processLeader)).cohort.version;
      return call(r, `mutation($id: ID!, $v: Int!) { updateCohort(id: $id, version: $v, input: { name: "Omgång Hedemora" }) { id } }`, { id: cohortId, v });
    }, { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'FORBIDDEN', outsider: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }],
    ['transitionCohort', async (r) => {
      const programme = await createProgramme(platform, tokens.processLeader as string);
      const c = await createCohort(platform, tokens.processLeader as string, programme.id, '2083', ['0136', '0126']);
      return call(r, `mutation($id: ID!) { transitionCohort(id: $id, to: ACTIVE, version: 1) { id } }`, { id: c.id });
    }, { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'FORBIDDEN', outsider: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }],
    ['addMentee', async (r) => {
      const programme = await createProgramme(platform, tokens.processLeader as string);
      const c = await createCohort(platform, tokens.processLeader as string, programme.id, '2083', ['0136', '0126']);
      return call(r, `mutation($id: ID!) { addMentee(cohortId: $id, organizationCode: "0114") { id } }`, { id: c.id });
    }, { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'FORBIDDEN', outsider: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }],
    ['withdrawMember', async (r) => {
      const programme = await createProgramme(platform, tokens.processLeader as string);
      const c = await createCohort(platform, tokens.processLeader as string, programme.id, '2083', ['0136', '0126', '0114']);
      return call(r, `mutation($id: ID!) { withdrawMember(cohortId: $id, organizationCode: "0114", reason: "Avbryter") { id } }`, { id: c.id });
    }, { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'FORBIDDEN', outsider: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }],
    ['setWorkingGroup for Haninge (a mentee)', async (r) => call(r, `mutation($id: ID!, $v: Int!) { setWorkingGroup(cohortId: $id, organizationCode: "0136", version: $v, members: [{ name: "Ali Bas", role: EQUALITY_EXPERT, email: "ali@haninge.example.se" }]) { id } }`, { id: cohortId, v: await workingGroupVersion('0136') }),
      { processLeader: 'ok', mentee: 'ok', mentor: 'FORBIDDEN', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' }],
    ['setWorkingGroup for Hedemora (the mentor)', async (r) => call(r, `mutation($id: ID!, $v: Int!) { setWorkingGroup(cohortId: $id, organizationCode: "2083", version: $v, members: [{ name: "Eva Ek", title: "Kommunstyrelsens ordförande", role: POLITICIAN, email: "eva.ek@hedemora.example.se" }]) { id } }`, { id: cohortId, v: await workingGroupVersion('2083') }),
      { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'ok', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' }],
    ['scheduleMeeting EXCHANGE', (r) => call(r, `mutation($id: ID!, $i: MeetingInput!) { scheduleMeeting(cohortId: $id, input: $i) { id } }`, { id: cohortId, i: EXCHANGE }),
      { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'ok', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' }],
    ['scheduleMeeting GATHERING', (r) => call(r, `mutation($id: ID!, $i: MeetingInput!) { scheduleMeeting(cohortId: $id, input: $i) { id } }`, { id: cohortId, i: { ...EXCHANGE, kind: 'GATHERING' } }),
      // The process leader is refused too, but by the state: the cohort already has its gathering.
      { processLeader: 'CONFLICT', mentee: 'FORBIDDEN', mentor: 'FORBIDDEN', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' }],
    ['updateMeeting EXCHANGE', async (r) => {
      const v = (await platform.ok(`query($id: ID!) { cohort(id: $id) { meetings { id version } } }`, { id: cohortId }, tokens.processLeader)).cohort.meetings.find((m: { id: string }) => m.id === exchangeId).version;
      return call(r, `mutation($id: ID!, $v: Int!, $i: MeetingInput!) { updateMeeting(id: $id, version: $v, input: $i) { id } }`, { id: exchangeId, v, i: { ...EXCHANGE, title: `Utbyte (${r})` } });
    },
      { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'ok', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' }],
    ['cancelMeeting EXCHANGE', async (r) => {
      const { id, version } = (await platform.ok(`mutation($id: ID!, $i: MeetingInput!) { scheduleMeeting(cohortId: $id, input: $i) { id version } }`, { id: cohortId, i: EXCHANGE }, tokens.processLeader)).scheduleMeeting;
      return call(r, `mutation($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v, reason: "Krockar med budgetmöte") { id } }`, { id, v: version });
    }, { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'ok', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' }],
  ];

  describe.each(writes)('%s', (_name, run, expected) => {
    it.each(ROLES)('as %s', async (role) => {
      const result = await run(role);
      if (expected[role] === 'ok') {
        expect(result.errors).toBeUndefined();
      } else {
        expect(codeOf(result)).toBe(expected[role]);
      }
    });
  });

  describe('the cohort page runs a fixed number of SQL statements (DataLoader)', () => {
    async function statementsFor(menteeCount: number): Promise<number> {
      const leader = tokens.processLeader as string;
      const programme = await createProgramme(platform, leader, { minMentees: 2, maxMentees: 10 });
      const codes = ['0114', '0115', '0117', '0120', '0123', '0125', '0126', '0127', '0128', '0136'].slice(0, menteeCount);
      const cohort = await createCohort(platform, leader, programme.id, '2083', codes);
      for (const code of codes) {
        await platform.ok(
          `mutation($id: ID!, $c: String!) { setWorkingGroup(cohortId: $id, organizationCode: $c, version: 1, members: [{ name: "A", role: MANAGER }, { name: "B", role: OTHER }]) { id } }`,
          { id: cohort.id, c: code },
          leader,
        );
      }
      for (let i = 0; i < 3; i += 1) {
        await platform.ok(`mutation($id: ID!, $i: MeetingInput!) { scheduleMeeting(cohortId: $id, input: $i) { id } }`, { id: cohort.id, i: EXCHANGE }, leader);
      }
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        const data = await platform.ok(`query($id: ID!) { cohort(id: $id) { ${COHORT_FIELDS} } }`, { id: cohort.id }, leader);
        expect(data.cohort.mentees).toHaveLength(menteeCount);
        expect(data.cohort.meetings).toHaveLength(5);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    }

    it('is the same with 3 and with 10 mentees', async () => {
      const three = await statementsFor(3);
      const ten = await statementsFor(10);
      console.log(`cohort page SQL statements: ${three} with 3 mentees, ${ten} with 10 mentees`);
      expect(ten).toBe(three);
      expect(three).toBeLessThanOrEqual(12);
    });
  });
});
