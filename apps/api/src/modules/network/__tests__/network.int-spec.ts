import { Client } from 'pg';
import { UserRole } from '@modellkommuner/shared';
import { createCohort, createProgramme, makeEligible, moveCohort } from '../../../../test/cohort-fixtures';
import { codeOf, TestPlatform } from '../../../../test/platform';

// The network view (docs/domain.md, "The network"): reach and generations over three generations, the
// programme filter, nothing personal in public, a fixed number of statements, and mentor suggestions.
// The file runs on a database of its own (apps/api/test/file-database.ts): mentor suggestions rank every
// eligible organisation in the country. The lineage fixture uses Östergötland's kommuner (05xx), the
// suggestions Södermanland's (04xx), and regions 05/08/10.

const ORG = 'organization { code name shortName kind countyCode }';
const OVERVIEW = `query($p: ID) { networkOverview(programmeId: $p) {
  municipalitiesTotal municipalitiesReached regionsTotal regionsReached mentorsEligible activeCohorts generations
  organizations { status generation ${ORG} }
  lineage { mentor { code name } mentee { code name } cohort { id name status startDate followUpDueDate programme { name } } } } }`;
const SUGGEST = `query($p: ID!, $m: [String!]!) { suggestMentors(programmeId: $p, menteeCodes: $m) { score reasons organization { code name } } }`;

// Östergötland: A founding mentor; B, C its mentees (P1, concluded); B mentors D, E (P1, active);
// C mentors F, G and H, who withdrew (P2, planned); A mentored I, J in a cancelled cohort (P3).
const A = '0580', B = '0581', C = '0583', D = '0584', E = '0586', F = '0509', G = '0512', H = '0513', I = '0560', J = '0561';

interface Reach {
  status: string;
  generation: number | null;
  organization: { code: string; kind: string };
}

describe('network overview and mentor suggestions', () => {
  let platform: TestPlatform;
  let pl: string;
  const programmes: Record<string, { id: string; name: string }> = {};
  const cohorts: Record<string, { id: string; name: string }> = {};

  const overview = async (programmeId: string | null, token?: string) => (await platform.ok(OVERVIEW, { p: programmeId }, token)).networkOverview;
  const reachOf = (all: Reach[], codes: string[]) =>
    Object.fromEntries(all.filter((r) => codes.includes(r.organization.code) && r.organization.kind === 'MUNICIPALITY').map((r) => [r.organization.code, [r.status, r.generation]]));

  beforeAll(async () => {
    platform = await TestPlatform.start();
    pl = await platform.loginProcessLeader();
    for (const key of ['P1', 'P2', 'P3']) programmes[key] = await createProgramme(platform, pl);
    programmes.R = await createProgramme(platform, pl, { organizationKind: 'REGION' });
    await makeEligible(platform, pl, A);

    const c1 = await createCohort(platform, pl, programmes.P1.id, A, [B, C], { startDate: '2024-09-02', name: 'Omgång Östergötland 2024' });
    await moveCohort(platform, pl, c1, 'ACTIVE', 'FOLLOW_UP', 'CONCLUDED');
    cohorts.c1 = c1;
    await makeEligible(platform, pl, B);
    await makeEligible(platform, pl, C);
    const c2 = await createCohort(platform, pl, programmes.P1.id, B, [D, E], { startDate: '2026-02-10', name: 'Omgång Norrköping 2026' });
    await moveCohort(platform, pl, c2, 'ACTIVE');
    cohorts.c2 = c2;
    const c3 = await createCohort(platform, pl, programmes.P2.id, C, [F, G, H], { name: 'Omgång Motala 2026' });
    await platform.ok(`mutation($c: ID!, $o: String!) { withdrawMember(cohortId: $c, organizationCode: $o, reason: "Prioriterar om") { id } }`, { c: c3.id, o: H }, pl);
    cohorts.c3 = c3;
    // A working group with a person's name and address in the running cohort: never on the public page.
    const [{ version }] = await platform.dataSource.query(
      `SELECT m.working_group_version AS version FROM cohort_members m JOIN organizations o ON o.id = m.organization_id WHERE m.cohort_id = $1 AND o.code = $2`,
      [c2.id, D],
    );
    await platform.ok(
      `mutation($c: ID!, $o: String!, $v: Int!, $p: [WorkingGroupMemberInput!]!) { setWorkingGroup(cohortId: $c, organizationCode: $o, version: $v, members: $p) { id } }`,
      { c: c2.id, o: D, v: version, p: [{ name: 'Kerstin Nätverksdotter', role: 'EQUALITY_EXPERT', email: 'kerstin.natverk@vadstena.se' }] },
      pl,
    );
    const c4 = await createCohort(platform, pl, programmes.P3.id, A, [I, J], { name: 'Omgång som avbröts' });
    await moveCohort(platform, pl, c4, 'CANCELLED');

    await makeEligible(platform, pl, '05');
    await createCohort(platform, pl, programmes.R.id, '05', ['08', '10'], { name: 'Regionomgång Östergötland' });
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('tells each organisation’s reach and generation within a programme (P1: three generations)', async () => {
    const p1 = await overview(programmes.P1.id);
    expect(reachOf(p1.organizations, [A, B, C, D, E, F, H, I])).toEqual({
      [A]: ['MENTOR', 0],
      [B]: ['MENTOR', 1],
      [C]: ['COMPLETED', 1],
      [D]: ['IN_COHORT', 2],
      [E]: ['IN_COHORT', 2],
      [F]: ['NOT_REACHED', null],
      [H]: ['NOT_REACHED', null],
      [I]: ['NOT_REACHED', null],
    });
    expect(p1).toMatchObject({ municipalitiesTotal: 290, municipalitiesReached: 5, regionsTotal: 21, regionsReached: 0, activeCohorts: 1, generations: 3 });
    expect(p1.organizations).toHaveLength(311);
    expect(p1.lineage.map((e: { mentor: { code: string }; mentee: { code: string }; cohort: { id: string } }) => [e.mentor.code, e.mentee.code, e.cohort.id])).toEqual([
      // Oldest cohort first; within a cohort by the mentee's name (Motala, Norrköping; Mjölby, Vadstena).
      [A, C, cohorts.c1.id],
      [A, B, cohorts.c1.id],
      [B, E, cohorts.c2.id],
      [B, D, cohorts.c2.id],
    ]);
    expect(p1.lineage[0].cohort).toMatchObject({ name: 'Omgång Östergötland 2024', status: 'CONCLUDED', startDate: '2024-09-02', programme: { name: programmes.P1.name } });
  });

  it('makes the mentee of one programme a founding mentor in another, and follows it across programmes unfiltered', async () => {
    const p2 = await overview(programmes.P2.id);
    expect(reachOf(p2.organizations, [C, F, G, H])).toEqual({ [C]: ['MENTOR', 0], [F]: ['IN_COHORT', 1], [G]: ['IN_COHORT', 1], [H]: ['NOT_REACHED', null] });
    expect(p2).toMatchObject({ municipalitiesReached: 3, generations: 2, activeCohorts: 1 });

    const all = await overview(null);
    expect(reachOf(all.organizations, [A, B, C, D, E, F, G, H, I, J])).toEqual({
      [A]: ['MENTOR', 0],
      [B]: ['MENTOR', 1],
      [C]: ['MENTOR', 1],
      [D]: ['IN_COHORT', 2],
      [E]: ['IN_COHORT', 2],
      [F]: ['IN_COHORT', 2],
      [G]: ['IN_COHORT', 2],
      [H]: ['NOT_REACHED', null],
      [I]: ['NOT_REACHED', null],
      [J]: ['NOT_REACHED', null],
    });
    const edges = all.lineage.map((e: { mentor: { code: string }; mentee: { code: string } }) => `${e.mentor.code}>${e.mentee.code}`);
    expect(edges).toEqual(expect.arrayContaining([`${C}>${F}`, `${C}>${G}`]));
    expect(edges).not.toContain(`${C}>${H}`);
    expect(edges).not.toContain(`${A}>${I}`);
    // The counts agree with the organisations listed.
    const reached = (kind: string) => all.organizations.filter((r: Reach) => r.organization.kind === kind && r.status !== 'NOT_REACHED').length;
    expect(all.municipalitiesReached).toBe(reached('MUNICIPALITY'));
    expect(all.regionsReached).toBe(reached('REGION'));
    expect(all.generations).toBe(Math.max(...all.organizations.map((r: Reach) => r.generation ?? -1)) + 1);
  });

  it('counts regions in a regions programme', async () => {
    const regions = await overview(programmes.R.id);
    expect(regions).toMatchObject({ regionsReached: 3, municipalitiesReached: 0, generations: 2 });
    expect(regions.organizations.filter((r: Reach) => r.organization.kind === 'REGION' && r.status !== 'NOT_REACHED').map((r: Reach) => r.organization.code).sort()).toEqual(['05', '08', '10']);
  });

  it('shows nothing personal to the public: no e-mail address, no person’s name', async () => {
    const response = await platform.gql(OVERVIEW, { p: null });
    expect(response.errors).toBeUndefined();
    const text = JSON.stringify(response.data);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    const people: { name: string }[] = await platform.dataSource.query(`SELECT name FROM users UNION SELECT name FROM working_group_members`);
    expect(people.map((p) => p.name)).toContain('Kerstin Nätverksdotter');
    const named = people.filter((p) => p.name.length > 3 && text.includes(p.name));
    expect(named).toEqual([]);
  });

  // Relations that a public summary refuses itself (FORBIDDEN), and those whose estimated cost over the
  // lineage (200 edges) is refused even before (GRAPHQL_VALIDATION_FAILED): either way, no data.
  it.each([
    ['the process leader', 'processLeader { email }', 'FORBIDDEN'],
    ['the mentor', 'mentor { organization { code } }', 'FORBIDDEN'],
    ['the checkpoints', 'checkpoints { dueDate }', 'FORBIDDEN'],
    ['the Kolada sync', 'koladaSync { status }', 'FORBIDDEN'],
    ['the follow-up state', 'followUpComplete', 'FORBIDDEN'],
    ['the members', 'members { organization { code } }', 'FORBIDDEN'],
    ['the working groups', 'mentees { workingGroup { name email } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['the meetings', 'meetings { title location }', 'FORBIDDEN'],
    ['the goals', 'goals { title }', 'FORBIDDEN'],
    ['the reminders', 'upcomingReminders { kind }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('refuses %s of a cohort reached through the public lineage', async (_what, selection, code) => {
    const result = await platform.gql(`{ networkOverview { lineage { cohort { id ${selection} } } } }`);
    expect(codeOf(result)).toBe(code);
    // A nullable relation (koladaSync) comes back null beside its error; the others null the whole answer.
    const field = selection.split(/[ {]/)[0];
    for (const edge of result.data?.networkOverview?.lineage ?? []) expect(edge.cohort[field]).toBeNull();
  });

  it('lets a member of the cohort, and process leaders, read it in full through the lineage', async () => {
    // F is only in c3, the one cohort of P2.
    const member = await platform.createUser(F, UserRole.MEMBER);
    const query = `query($p: ID) { networkOverview(programmeId: $p) { lineage { cohort { id processLeader { email } mentor { organization { code } } } } } }`;
    for (const token of [member.token, pl]) {
      const data = await platform.ok(query, { p: programmes.P2.id }, token);
      expect(data.networkOverview.lineage).toHaveLength(2);
      for (const edge of data.networkOverview.lineage) {
        expect(edge.cohort).toEqual({ id: cohorts.c3.id, processLeader: { email: 'processledare@skr.se' }, mentor: { organization: { code: C } } });
      }
    }
    // …but not through cohorts it is not in.
    const other = await platform.gql(query, { p: programmes.P1.id }, member.token);
    expect(codeOf(other)).toBe('FORBIDDEN');
  });

  it('answers again from the finished answer only while nothing changed: a change through the API or in plain SQL shows at once', async () => {
    const before = await overview(programmes.P2.id);
    expect(await overview(programmes.P2.id)).toEqual(before);
    // Plain SQL: G withdraws without the API.
    await platform.dataSource.query(
      `UPDATE cohort_members SET withdrawn_at = now() WHERE cohort_id = $1 AND organization_id = (SELECT id FROM organizations WHERE code = $2)`,
      [cohorts.c3.id, G],
    );
    const afterSql = await overview(programmes.P2.id);
    expect(reachOf(afterSql.organizations, [G])).toEqual({ [G]: ['NOT_REACHED', null] });
    expect(afterSql.municipalitiesReached).toBe(before.municipalitiesReached - 1);
    // Through the API: the programme's cohort is renamed.
    const { cohort } = await platform.ok(`query($id: ID!) { cohort(id: $id) { version } }`, { id: cohorts.c3.id }, pl);
    await platform.ok(`mutation($id: ID!, $v: Int!) { updateCohort(id: $id, version: $v, input: { name: "Omgång Motala, nytt namn" }) { id } }`, { id: cohorts.c3.id, v: cohort.version }, pl);
    const afterApi = await overview(programmes.P2.id);
    expect(afterApi.lineage.map((e: { cohort: { name: string } }) => e.cohort.name)).toEqual(['Omgång Motala, nytt namn']);
    // Back as it was for the other tests.
    await platform.dataSource.query(
      `UPDATE cohort_members SET withdrawn_at = NULL WHERE cohort_id = $1 AND organization_id = (SELECT id FROM organizations WHERE code = $2)`,
      [cohorts.c3.id, G],
    );
  });

  it('refuses an unknown or malformed programme with a Swedish message', async () => {
    for (const p of ['nope', '00000000-0000-4000-8000-000000000000']) {
      const result = await platform.gql(OVERVIEW, { p });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([{ field: 'programmeId', message: 'Satsningen finns inte.' }]);
    }
  });

  describe('statements', () => {
    /** The statements every pooled connection sent while `work` ran. */
    async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        const result = await work();
        return { result, statements: spy.mock.calls.length };
      } finally {
        spy.mockRestore();
      }
    }

    it('runs the same few statements for 290 organisations and 200 cohorts as for 2 (anonymous and logged in)', async () => {
      const big = await createProgramme(platform, pl);
      // 200 cohorts straight into the tables: 100 concluded, 100 active, mentor + 2 mentees each, over all 290 kommuner.
      await platform.dataSource.query(
        `WITH o AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM organizations WHERE kind = 'MUNICIPALITY'),
              leader AS (SELECT id FROM users WHERE role = 'PROCESS_LEADER' LIMIT 1),
              c AS (INSERT INTO cohorts (programme_id, name, status, start_date, follow_up_due_date, process_leader_id)
                    SELECT $1, 'Massomgång ' || g, CASE WHEN g < 100 THEN 'CONCLUDED' ELSE 'ACTIVE' END::cohort_status,
                           DATE '2020-01-01' + g, DATE '2021-01-01' + g, (SELECT id FROM leader)
                      FROM generate_series(0, 199) g RETURNING id, name)
         INSERT INTO cohort_members (cohort_id, organization_id, role)
         SELECT c.id, o.id, CASE WHEN k = 0 THEN 'MENTOR' ELSE 'MENTEE' END::member_role
           FROM c CROSS JOIN generate_series(0, 2) k
           JOIN o ON o.n = (split_part(c.name, ' ', 2)::int * 3 + k) % 290`,
        [big.id],
      );
      const small = programmes.P1.id;
      const counts: Record<string, number> = {};
      const cached: Record<string, number> = {};
      for (const [label, programmeId, token] of [
        ['anonymous, 2 cohorts', small, undefined],
        ['anonymous, 200 cohorts', big.id, undefined],
        ['process leader, 200 cohorts', big.id, pl],
      ] as const) {
        await overview(programmeId, token); // warm the pools
        // Built anew: the network changed since (any change raises the version, as this statement does).
        await platform.dataSource.query(`UPDATE network_state SET version = version + 1`);
        const { result, statements } = await statementsDuring(() => overview(programmeId, token));
        counts[label] = statements;
        expect(result.organizations).toHaveLength(311);
        // Asked again, unchanged: the finished answer, after reading the version only.
        const again = await statementsDuring(() => overview(programmeId, token));
        cached[label] = again.statements;
        expect(again.result).toEqual(result);
      }
      const { result: large } = await statementsDuring(() => overview(big.id));
      expect(large.lineage).toHaveLength(400);
      console.log(`networkOverview statements: built ${JSON.stringify(counts)}, answered again ${JSON.stringify(cached)}`);
      expect(counts['anonymous, 200 cohorts']).toBe(counts['anonymous, 2 cohorts']);
      expect(counts['process leader, 200 cohorts']).toBeLessThanOrEqual(7);
      expect(counts['anonymous, 200 cohorts']).toBeLessThanOrEqual(6);
      expect(cached['anonymous, 200 cohorts']).toBe(1);
      expect(cached['process leader, 200 cohorts']).toBeLessThan(counts['process leader, 200 cohorts']);
      // Leave the kommuner as they were for the suggestions below.
      await platform.dataSource.query(`DELETE FROM cohorts WHERE programme_id = $1`, [big.id]);
    });
  });

  describe('mentor suggestions', () => {
    // Södermanland: Nyköping (K) and Katrineholm are the new ones; Oxelösund (M1) is next door with no running
    // cohort; Flen (M2) mentors a running cohort; Trosa (M3) completed a cohort as mentee and worked with the
    // same focus area as Nyköping; Eskilstuna is eligible but busy in the programme; Strängnäs is not eligible.
    const K = '0480', K2 = '0483', M1 = '0481', M2 = '0482', M3 = '0488', BUSY = '0484', NOT_ELIGIBLE = '0486';
    let target: { id: string; name: string };
    /** A focus area of the vocabulary (the last one). */
    let area: string;

    beforeAll(async () => {
      const { vocabularies } = await platform.ok(`{ vocabularies { focusAreas } }`);
      area = vocabularies.focusAreas[vocabularies.focusAreas.length - 1];
      target = await createProgramme(platform, pl);
      const other = await createProgramme(platform, pl);
      const earlier = await createProgramme(platform, pl);
      for (const code of [K, M1, M2, BUSY]) await makeEligible(platform, pl, code);
      // M2 mentors K and Katrineholm now (another programme); K sets a goal in a focus area of the vocabulary.
      const running = await createCohort(platform, pl, other.id, M2, [K, K2]);
      await platform.ok(
        `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`,
        { i: { cohortId: running.id, scope: 'OWN', organizationCode: K, title: 'Fler traineeplatser för kvinnor', focusArea: area } },
        pl,
      );
      // M1 mentored M3 and Strängnäs to the end; M3 worked with the same focus area.
      const done = await createCohort(platform, pl, earlier.id, M1, [M3, NOT_ELIGIBLE], { startDate: '2024-09-02' });
      await platform.ok(
        `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`,
        { i: { cohortId: done.id, scope: 'OWN', organizationCode: M3, title: 'Traineeprogram med jämn könsfördelning', focusArea: area } },
        pl,
      );
      await moveCohort(platform, pl, done, 'ACTIVE', 'FOLLOW_UP', 'CONCLUDED');
      await makeEligible(platform, pl, M3);
      // Eskilstuna already mentors in the target programme.
      await createCohort(platform, pl, target.id, BUSY, ['0428', '0461']);
    });

    it('ranks the eligible by their reasons: shared focus area, then near and free, then busy', async () => {
      const { suggestMentors: list } = await platform.ok(SUGGEST, { p: target.id, m: [K] }, pl);
      const codes: string[] = list.map((s: { organization: { code: string } }) => s.organization.code);
      expect(codes[0]).toBe(M3);
      expect(codes.indexOf(M1)).toBeGreaterThan(0);
      // Busy M2 ranks below M1.
      expect(codes.indexOf(M2)).toBeGreaterThan(codes.indexOf(M1));
      for (const excluded of [K, BUSY, NOT_ELIGIBLE]) expect(codes).not.toContain(excluded);
      expect(list.length).toBeLessThanOrEqual(10);
      const scores = list.map((s: { score: number }) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));

      const byCode = Object.fromEntries(list.map((s: { organization: { code: string }; reasons: string[]; score: number }) => [s.organization.code, s]));
      expect(byCode[M3].reasons).toEqual([expect.stringMatching(/^\d+ km bort$/), 'Ingen pågående omgång som mentor', 'Har avslutat 1 omgång', 'Generation 1', `Har arbetat med ${area.toLocaleLowerCase('sv')}`]);
      expect(byCode[M1].reasons).toEqual([expect.stringMatching(/^\d+ km bort$/), 'Ingen pågående omgång som mentor', 'Har avslutat 1 omgång', 'Generation 0 (grundande mentor)']);
      expect(byCode[M2].reasons).toEqual([expect.stringMatching(/^\d+ km bort$/), 'Mentor i 1 pågående omgång', 'Har ännu inte avslutat någon omgång', 'Generation 0 (grundande mentor)']);
      // Nyköping–Oxelösund is about 10 km between centres.
      const km = Number(/^(\d+)/.exec(byCode[M1].reasons[0])?.[1]);
      expect(km).toBeGreaterThanOrEqual(5);
      expect(km).toBeLessThanOrEqual(20);
    });

    it('averages the distance over several mentees', async () => {
      const { suggestMentors: list } = await platform.ok(SUGGEST, { p: target.id, m: [K, NOT_ELIGIBLE] }, pl);
      expect(list[0].reasons[0]).toMatch(/^\d+ km bort i genomsnitt$/);
    });

    it.each([
      ['no mentees', [], 'menteeCodes', 'Välj minst en ny kommun eller region för att få förslag på mentor.'],
      ['too many', ['0428', '0461', '0480', '0481'], 'menteeCodes', 'En omgång i den här satsningen har högst 3 nya.'],
      ['an unknown code', ['9999'], 'menteeCodes', 'Det finns ingen kommun eller region med koden "9999".'],
      ['a region in a kommun programme', ['05'], 'menteeCodes', expect.stringContaining('är en region')],
    ])('refuses %s with BAD_USER_INPUT', async (_case, codes, field, message) => {
      const result = await platform.gql(SUGGEST, { p: target.id, m: codes }, pl);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([{ field, message }]);
    });

    it('refuses an unknown programme', async () => {
      const result = await platform.gql(SUGGEST, { p: 'x', m: [K] }, pl);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    });
  });
});
