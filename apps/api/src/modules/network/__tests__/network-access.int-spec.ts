import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';

// The authorisation table of the network (docs/domain.md, "The network"; network.policy.ts): every
// operation × every kind of viewer is one test. The overview and the programmes are public; a cohort
// reached through the lineage is whole only for its members and process leaders; suggestions are the
// process leaders'. All of them are reads: nothing to roll back.

type Role = 'processLeader' | 'mentee' | 'mentor' | 'outsider' | 'anonymous';
const ROLES: Role[] = ['processLeader', 'mentee', 'mentor', 'outsider', 'anonymous'];
type Outcome = 'ok' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN';

// Halland: codes no other test file uses (the run's files share the database).
const MENTOR = '1380'; // Halmstad
const MENTEE = '1381'; // Laholm
const SECOND_MENTEE = '1382'; // Falkenberg
const OUTSIDER = '1383'; // Varberg: in no cohort
const FREE_MENTOR = '1384'; // Kungsbacka: eligible, in no cohort — a suggestion

describe('network: who may see and do what', () => {
  let platform: TestPlatform;
  const tokens: Partial<Record<Role, string>> = {};
  let programmeId: string;
  let cohortId: string;

  const call = (role: Role, query: string, variables: Record<string, unknown> = {}) => platform.gql(query, variables, tokens[role]);

  beforeAll(async () => {
    platform = await TestPlatform.start();
    const leader = await platform.loginProcessLeader();
    tokens.processLeader = leader;
    await makeEligible(platform, leader, MENTOR);
    await makeEligible(platform, leader, FREE_MENTOR);
    for (const [role, code] of [
      ['mentee', MENTEE],
      ['mentor', MENTOR],
      ['outsider', OUTSIDER],
    ] as const) {
      tokens[role] = (await platform.createUser(code)).token;
    }
    const programme = await createProgramme(platform, leader);
    programmeId = programme.id;
    cohortId = (await createCohort(platform, leader, programmeId, MENTOR, [MENTEE, SECOND_MENTEE])).id;
  });

  afterAll(async () => {
    await platform?.close();
  });

  function expectOutcome(result: GqlResult, outcome: Outcome, pick: (data: any) => unknown): void {
    if (outcome === 'ok' || outcome === 'hidden') {
      expect(result.errors).toBeUndefined();
      const value = pick(result.data);
      expect(value).toBe(outcome === 'ok');
    } else {
      expect(codeOf(result)).toBe(outcome);
      expect(result.data?.networkOverview ?? result.data?.suggestMentors ?? null).toBeNull();
    }
  }

  const cases: [string, string, (d: any, ctx: { cohortId: string; programmeId: string }) => boolean, Record<Role, Outcome>][] = [
    ['networkOverview: the figures and each organisation’s reach', `query($p: ID) { networkOverview(programmeId: $p) { municipalitiesReached organizations { status organization { code } } } }`,
      (d) => d.networkOverview.municipalitiesReached === 3 && d.networkOverview.organizations.some((r: any) => r.organization.code === MENTOR && r.status === 'MENTOR'),
      { processLeader: 'ok', mentee: 'ok', mentor: 'ok', outsider: 'ok', anonymous: 'ok' }],
    ['networkOverview: the lineage’s cohorts by name', `query($p: ID) { networkOverview(programmeId: $p) { lineage { mentor { code } mentee { code } cohort { id name status } } } }`,
      (d, ctx) => d.networkOverview.lineage.length === 2 && d.networkOverview.lineage.every((e: any) => e.cohort.id === ctx.cohortId && e.mentor.code === MENTOR),
      { processLeader: 'ok', mentee: 'ok', mentor: 'ok', outsider: 'ok', anonymous: 'ok' }],
    ['networkOverview: a lineage cohort’s process leader and mentor', `query($p: ID) { networkOverview(programmeId: $p) { lineage { cohort { processLeader { email } mentor { organization { code } } } } } }`,
      (d) => d.networkOverview.lineage.every((e: any) => e.cohort.processLeader.email === 'processledare@skr.se'),
      { processLeader: 'ok', mentee: 'ok', mentor: 'ok', outsider: 'FORBIDDEN', anonymous: 'FORBIDDEN' }],
    ['programmes', `{ programmes { id name } }`, (d, ctx) => d.programmes.some((p: any) => p.id === ctx.programmeId),
      { processLeader: 'ok', mentee: 'ok', mentor: 'ok', outsider: 'ok', anonymous: 'ok' }],
    ['programmes: their cohorts', `{ programmes { id cohorts { id } } }`, (d, ctx) => d.programmes.some((p: any) => p.cohorts.some((c: any) => c.id === ctx.cohortId)),
      { processLeader: 'ok', mentee: 'ok', mentor: 'ok', outsider: 'hidden', anonymous: 'hidden' }],
    ['suggestMentors', `query($p: ID!) { suggestMentors(programmeId: $p, menteeCodes: ["${OUTSIDER}"]) { score reasons organization { code } } }`,
      (d) => d.suggestMentors.some((s: any) => s.organization.code === FREE_MENTOR && s.reasons.length >= 4),
      { processLeader: 'ok', mentee: 'FORBIDDEN', mentor: 'FORBIDDEN', outsider: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }],
  ];

  describe.each(cases)('%s', (_name, query, pick, expected) => {
    it.each(ROLES)('as %s', async (role) => {
      const result = await call(role, query, { p: programmeId });
      expectOutcome(result, expected[role], (d) => pick(d, { cohortId, programmeId }));
    });
  });
});
