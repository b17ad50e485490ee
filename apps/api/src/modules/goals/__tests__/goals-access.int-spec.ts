import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { FakeKolada, startFakeKolada } from '../../../../test/kolada-server';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';

// The authorisation table of the goals feature (docs/domain.md, "Who may do what"; goals.ts, goal.policy.ts):
// every operation × every kind of viewer is one test. A refused case also proves that nothing was written.

type Role = 'processLeader' | 'mentor' | 'own' | 'peer' | 'outsider' | 'anonymous';
const ROLES: Role[] = ['processLeader', 'mentor', 'own', 'peer', 'outsider', 'anonymous'];
type Outcome = 'ok' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Expected = Record<Role, Outcome>;

const MENTOR = '2083'; // Hedemora
const OWN = '0136'; // Haninge: the mentee the records belong to
const PEER = '0126'; // Huddinge: another mentee of the same cohort
const OUTSIDER = '0305'; // Håbo: in no cohort
/** KPI ids of this file only (the run's files share the database, and an import reaches every linked indicator). */
const KPI = 'X10001';
const KPI_TITLE = 'Andel invånare som testar behörigheter, %';

// Every refusal in the docs' table, by kind of operation.
const SHARED_EDIT: Expected = { processLeader: 'ok', mentor: 'ok', own: 'FORBIDDEN', peer: 'FORBIDDEN', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' };
const OWN_EDIT: Expected = { processLeader: 'ok', mentor: 'FORBIDDEN', own: 'ok', peer: 'FORBIDDEN', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' };
const RECORD: Expected = OWN_EDIT;
const READ: Expected = { processLeader: 'ok', mentor: 'ok', own: 'ok', peer: 'ok', outsider: 'null', anonymous: 'UNAUTHENTICATED' };

const CREATE_GOAL = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id scope version organization { code } } }`;
const UPDATE_GOAL = `mutation($id: ID!, $v: Int!, $i: UpdateGoalInput!) { updateGoal(id: $id, version: $v, input: $i) { id title version } }`;
const REMOVE_GOAL = `mutation($id: ID!, $v: Int!) { removeGoal(id: $id, version: $v) }`;
const ADD_INDICATOR = `mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id version name koladaKpiId koladaKpiTitle } }`;
const UPDATE_INDICATOR = `mutation($id: ID!, $v: Int!, $i: UpdateIndicatorInput!) { updateIndicator(id: $id, version: $v, input: $i) { id name version } }`;
const REMOVE_INDICATOR = `mutation($id: ID!, $v: Int!) { removeIndicator(id: $id, version: $v) }`;
const SET_TARGETS = `mutation($id: ID!, $t: [TargetInput!]!) { setTargets(indicatorId: $id, targets: $t) { id targets(organizationCode: "${OWN}") { gender value period } } }`;
const RECORD_VALUES = `mutation($i: RecordMeasurementsInput!) { recordMeasurements(input: $i) { period gender value source organization { code } } }`;
const CLEAR_VALUES = `mutation($id: ID!, $c: String!, $cells: [MeasurementCellInput!]!) { clearMeasurements(indicatorId: $id, organizationCode: $c, cells: $cells) }`;
const IMPORT_KOLADA = `mutation($j: String!) { importKoladaValues(json: $j) { created updated skipped errors } }`;
const REQUEST_SYNC = `mutation($id: ID!) { requestKoladaSync(cohortId: $id) }`;
const KOLADA_KPI = `query($id: String!) { koladaKpi(id: $id) { id title } }`;

const INDICATOR = { name: 'Andel heltidsanställda', unit: '%', direction: 'HIGHER_IS_BETTER', byGender: true };

interface Ref {
  id: string;
  version: number;
}

describe('goals: who may see and do what', () => {
  let platform: TestPlatform;
  let fake: FakeKolada;
  const tokens: Partial<Record<Role, string>> = {};
  const userIds: Partial<Record<Role, string>> = {};
  let leader: string;
  let cohortId: string;
  let sharedGoal: Ref;
  let ownGoal: Ref;
  let peerGoal: Ref;
  let sharedIndicator: Ref;
  let ownIndicator: Ref;
  let period = 2000;

  beforeAll(async () => {
    fake = await startFakeKolada();
    fake.setTitles({ [KPI]: KPI_TITLE });
    platform = await TestPlatform.start({ env: { KOLADA_BASE_URL: fake.baseUrl, KOLADA_TIMEOUT_MS: '1000' } });
    leader = await platform.loginProcessLeader();
    tokens.processLeader = leader;
    userIds.processLeader = (await platform.dataSource.query(`SELECT id FROM users WHERE role = 'PROCESS_LEADER' ORDER BY created_at LIMIT 1`))[0].id;
    await makeEligible(platform, leader, MENTOR);
    const programme = await createProgramme(platform, leader);
    cohortId = (await createCohort(platform, leader, programme.id, MENTOR, [OWN, PEER])).id;
    for (const [role, code] of [['mentor', MENTOR], ['own', OWN], ['peer', PEER], ['outsider', OUTSIDER]] as const) {
      const user = await platform.createUser(code);
      tokens[role] = user.token;
      userIds[role] = user.id;
    }
    // What everyone reads: a SHARED goal, Haninge's OWN goal and Huddinge's OWN goal, with Haninge's values and targets.
    sharedGoal = await newGoal('SHARED');
    ownGoal = await newGoal('OWN', OWN);
    peerGoal = await newGoal('OWN', PEER);
    sharedIndicator = await newIndicator(sharedGoal.id, { koladaKpiId: KPI });
    ownIndicator = await newIndicator(ownGoal.id);
    await newIndicator(peerGoal.id);
    for (const id of [sharedIndicator.id, ownIndicator.id]) {
      await platform.ok(RECORD_VALUES, { i: { indicatorId: id, organizationCode: OWN, values: [{ period: '2023', gender: 'WOMEN', value: 40 }, { period: '2023', gender: 'MEN', value: 30 }, { period: '2024', gender: 'TOTAL', value: 42.5 }] } }, leader);
      await platform.ok(SET_TARGETS, { id, t: [{ organizationCode: OWN, gender: 'TOTAL', value: 60, period: '2027' }] }, leader);
    }
  });
  afterAll(async () => {
    await platform.close();
    await fake.close();
  });

  // ---- helpers (as the process leader) ----------------------------------------------------------

  async function newGoal(scope: 'SHARED' | 'OWN', organizationCode?: string, cohort = cohortId): Promise<Ref> {
    const input = { cohortId: cohort, scope, title: `${scope === 'SHARED' ? 'Gemensamt' : `Eget ${organizationCode}`} mål`, ...(organizationCode ? { organizationCode } : {}) };
    return (await platform.ok(CREATE_GOAL, { i: input }, leader)).createGoal;
  }
  async function newIndicator(goalId: string, extra: Record<string, unknown> = {}): Promise<Ref> {
    return (await platform.ok(ADD_INDICATOR, { i: { goalId, ...INDICATOR, ...extra } }, leader)).addIndicator;
  }
  const call = (role: Role, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<any>> => platform.gql(query, variables, tokens[role]);
  const one = async (sql: string, params: unknown[] = []) => (await platform.dataSource.query(sql, params))[0];
  /** A new period for each write, so that every case writes something of its own. */
  const nextPeriod = () => String(++period);

  /** Every row of every table a goals operation writes: their counts and a digest of their contents. */
  async function snapshot(): Promise<Record<string, unknown>> {
    const tables = ['goals', 'indicators', 'indicator_targets', 'measurements', 'kolada_syncs'];
    const parts = tables.map((t) => `(SELECT count(*)::int FROM ${t}) AS "${t}", (SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x.id), '')) FROM ${t} x) AS "${t}_digest"`);
    return one(`SELECT ${parts.join(', ')}, (SELECT count(*)::int FROM audit_log) AS audit_log`);
  }

  // ---- reads (before the mutations below add goals of their own) -------------------------------

  const ownOf = (data: any) => data.cohort.goals.find((g: { id: string }) => g.id === ownGoal.id).indicators[0];
  const reads: [string, string, (data: any) => unknown, () => unknown][] = [
    [
      'cohort.goals',
      `query($id: ID!) { cohort(id: $id) { goals { id scope organization { code } } } }`,
      (d) => d.cohort.goals,
      () => [
        { id: sharedGoal.id, scope: 'SHARED', organization: null },
        { id: ownGoal.id, scope: 'OWN', organization: { code: OWN } },
        { id: peerGoal.id, scope: 'OWN', organization: { code: PEER } },
      ],
    ],
    [
      'cohort.goalOverview',
      `query($id: ID!) { cohort(id: $id) { goalOverview { indicators { id } rows { organization { code } role cells { indicatorId progress { latest latestPeriod target status } } } } } }`,
      // The mentor's row first; the two mentees joined at the same moment, so they are compared by code.
      (d) => {
        const [mentor, ...mentees] = d.cohort.goalOverview.rows;
        return { ...d.cohort.goalOverview, rows: [mentor, ...mentees.sort((a: any, b: any) => a.organization.code.localeCompare(b.organization.code))] };
      },
      () => {
        const empty = { latest: null, latestPeriod: null, target: null, status: 'NO_DATA' };
        return {
          indicators: [{ id: sharedIndicator.id }],
          rows: [
            { organization: { code: MENTOR }, role: 'MENTOR', cells: [{ indicatorId: sharedIndicator.id, progress: empty }] },
            { organization: { code: PEER }, role: 'MENTEE', cells: [{ indicatorId: sharedIndicator.id, progress: empty }] },
            { organization: { code: OWN }, role: 'MENTEE', cells: [{ indicatorId: sharedIndicator.id, progress: { latest: 42.5, latestPeriod: '2024', target: 60, status: 'ON_TRACK' } }] },
          ],
        };
      },
    ],
    [
      'cohortMember.goals',
      `query($id: ID!) { cohort(id: $id) { members { organization { code } goals { id } } } }`,
      (d) => Object.fromEntries(d.cohort.members.map((m: any) => [m.organization.code, m.goals.map((g: { id: string }) => g.id)])),
      () => ({ [MENTOR]: [sharedGoal.id], [OWN]: [sharedGoal.id, ownGoal.id], [PEER]: [sharedGoal.id, peerGoal.id] }),
    ],
    [
      `indicator.measurements (on ${OWN}'s OWN goal)`,
      `query($id: ID!) { cohort(id: $id) { goals { id indicators { measurements { organization { code } period gender value source } } } } }`,
      (d) => ownOf(d).measurements,
      () => [
        { organization: { code: OWN }, period: '2023', gender: 'WOMEN', value: 40, source: 'MANUAL' },
        { organization: { code: OWN }, period: '2023', gender: 'MEN', value: 30, source: 'MANUAL' },
        { organization: { code: OWN }, period: '2024', gender: 'TOTAL', value: 42.5, source: 'MANUAL' },
      ],
    ],
    [
      `indicator.targets (on ${OWN}'s OWN goal)`,
      `query($id: ID!) { cohort(id: $id) { goals { id indicators { targets { organization { code } gender value period } } } } }`,
      (d) => ownOf(d).targets,
      () => [{ organization: { code: OWN }, gender: 'TOTAL', value: 60, period: '2027' }],
    ],
    [
      `indicator.progress (on ${OWN}'s OWN goal)`,
      `query($id: ID!) { cohort(id: $id) { goals { id indicators { progress(organizationCode: "${OWN}") { baseline latest target ratio status genderGap } } } } }`,
      (d) => ownOf(d).progress,
      () => ({ baseline: 42.5, latest: 42.5, target: 60, ratio: 0, status: 'ON_TRACK', genderGap: 10 }),
    ],
  ];

  describe.each(reads)('%s', (_name, query, pick, expected) => {
    it.each(ROLES)('as %s', async (role) => {
      const result = await call(role, query, { id: cohortId });
      const outcome = READ[role];
      if (outcome === 'UNAUTHENTICATED') {
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
        return;
      }
      expect(result.errors).toBeUndefined();
      if (outcome === 'null') expect(result.data?.cohort).toBeNull();
      else expect(pick(result.data)).toEqual(expected());
    });
  });

  const csvPaths: [string, () => string][] = [
    ['GET /exports/cohorts/{id}/measurements.csv', () => `/exports/cohorts/${cohortId}/measurements.csv`],
    [`GET /exports/cohorts/{id}/organizations/${OWN}/measurements.csv`, () => `/exports/cohorts/${cohortId}/organizations/${OWN}/measurements.csv`],
  ];

  describe.each(csvPaths)('%s', (_name, path) => {
    it.each(ROLES)('as %s', async (role) => {
      const response = await fetch(`${platform.baseUrl}${path()}`, { headers: tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {} });
      // Read as bytes: Response.text() would drop the byte order mark.
      const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
      const outcome = READ[role];
      if (outcome === 'UNAUTHENTICATED') {
        expect([response.status, body]).toEqual([401, 'Du behöver logga in.']);
      } else if (outcome === 'null') {
        expect([response.status, body]).toEqual([404, 'Omgången eller organisationen hittades inte.']);
      } else {
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        const lines = body.split('\r\n');
        expect(lines[0]).toBe('\uFEFFOrganisation;Kod;Mål;Målet gäller;Indikator;Enhet;Kolada-id;Period;Kvinnor;Män;Totalt;Källa');
        // Haninge's values on the shared and on its own goal; nobody else has any.
        expect(lines.slice(1)).toEqual([
          `Haninge kommun;${OWN};Gemensamt mål;Gemensamt mål;Andel heltidsanställda;%;${KPI};2023;40;30;;Inmatat`,
          `Haninge kommun;${OWN};Gemensamt mål;Gemensamt mål;Andel heltidsanställda;%;${KPI};2024;;;42,5;Inmatat`,
          `Haninge kommun;${OWN};Eget ${OWN} mål;Eget mål;Andel heltidsanställda;%;;2023;40;30;;Inmatat`,
          `Haninge kommun;${OWN};Eget ${OWN} mål;Eget mål;Andel heltidsanställda;%;;2024;;;42,5;Inmatat`,
          '',
        ]);
      }
    });
  });

  // ---- mutations --------------------------------------------------------------------------------

  /**
   * One operation: `prepare` makes what the call needs (as the process leader), `call` runs it as the role,
   * `written` proves what an allowed call wrote. A refused call must leave every goals table as it was.
   */
  interface MutationCase<C = any> {
    name: string;
    expected: Expected;
    prepare?: () => Promise<C>;
    call: (role: Role, ctx: C) => Promise<GqlResult<any>>;
    written: (result: GqlResult<any>, ctx: C, role: Role) => Promise<void> | void;
  }

  const goalCases = (scope: 'SHARED' | 'OWN'): MutationCase[] => {
    const expected = scope === 'SHARED' ? SHARED_EDIT : OWN_EDIT;
    const goal = () => newGoal(scope, scope === 'OWN' ? OWN : undefined);
    const indicator = async () => newIndicator((await goal()).id);
    return [
      {
        name: `updateGoal ${scope}`,
        expected,
        prepare: goal,
        call: (role, g: Ref) => call(role, UPDATE_GOAL, { id: g.id, v: g.version, i: { title: `Ändrat av ${role}` } }),
        written: async (result, g: Ref, role) => {
          expect(result.data?.updateGoal).toEqual({ id: g.id, title: `Ändrat av ${role}`, version: 2 });
          expect(await one(`SELECT title, version FROM goals WHERE id = $1`, [g.id])).toEqual({ title: `Ändrat av ${role}`, version: 2 });
        },
      },
      {
        name: `removeGoal ${scope}`,
        expected,
        prepare: goal,
        call: (role, g: Ref) => call(role, REMOVE_GOAL, { id: g.id, v: g.version }),
        written: async (result, g: Ref) => {
          expect(result.data?.removeGoal).toBe(true);
          expect(await one(`SELECT count(*)::int AS n FROM goals WHERE id = $1`, [g.id])).toEqual({ n: 0 });
        },
      },
      {
        name: `addIndicator to a ${scope} goal`,
        expected,
        prepare: goal,
        call: (role, g: Ref) => call(role, ADD_INDICATOR, { i: { goalId: g.id, ...INDICATOR, name: `Indikator av ${role}` } }),
        written: async (result, g: Ref, role) => {
          expect(result.data?.addIndicator).toMatchObject({ name: `Indikator av ${role}`, version: 1 });
          expect(await one(`SELECT goal_id, name FROM indicators WHERE id = $1`, [result.data?.addIndicator.id])).toEqual({ goal_id: g.id, name: `Indikator av ${role}` });
        },
      },
      {
        name: `updateIndicator of a ${scope} goal`,
        expected,
        prepare: indicator,
        call: (role, i: Ref) => call(role, UPDATE_INDICATOR, { id: i.id, v: i.version, i: { ...INDICATOR, name: `Ändrad av ${role}` } }),
        written: async (result, i: Ref, role) => {
          expect(result.data?.updateIndicator).toEqual({ id: i.id, name: `Ändrad av ${role}`, version: 2 });
          expect(await one(`SELECT name, version FROM indicators WHERE id = $1`, [i.id])).toEqual({ name: `Ändrad av ${role}`, version: 2 });
        },
      },
      {
        name: `removeIndicator of a ${scope} goal`,
        expected,
        prepare: indicator,
        call: (role, i: Ref) => call(role, REMOVE_INDICATOR, { id: i.id, v: i.version }),
        written: async (result, i: Ref) => {
          expect(result.data?.removeIndicator).toBe(true);
          expect(await one(`SELECT count(*)::int AS n FROM indicators WHERE id = $1`, [i.id])).toEqual({ n: 0 });
        },
      },
    ];
  };

  const recordCases = (scope: 'SHARED' | 'OWN'): MutationCase[] => {
    const indicator = () => (scope === 'SHARED' ? sharedIndicator : ownIndicator);
    return [
      {
        name: `setTargets for ${OWN} on a ${scope} goal's indicator`,
        expected: RECORD,
        prepare: () => Promise.resolve(nextPeriod()),
        call: (role, p: string) => call(role, SET_TARGETS, { id: indicator().id, t: [{ organizationCode: OWN, gender: 'TOTAL', value: 61, period: p }] }),
        written: async (result, p: string) => {
          expect(result.data?.setTargets.targets).toEqual([{ gender: 'TOTAL', value: 61, period: p }]);
          expect(
            await platform.dataSource.query(`SELECT t.gender, t.value, t.period FROM indicator_targets t JOIN organizations o ON o.id = t.organization_id WHERE t.indicator_id = $1 AND o.code = $2`, [indicator().id, OWN]),
          ).toEqual([{ gender: 'TOTAL', value: 61, period: p }]);
        },
      },
      {
        name: `recordMeasurements for ${OWN} on a ${scope} goal's indicator`,
        expected: RECORD,
        prepare: () => Promise.resolve(nextPeriod()),
        call: (role, p: string) => call(role, RECORD_VALUES, { i: { indicatorId: indicator().id, organizationCode: OWN, values: [{ period: p, gender: 'WOMEN', value: 12.5 }] } }),
        written: async (result, p: string, role) => {
          expect(result.data?.recordMeasurements).toEqual([{ period: p, gender: 'WOMEN', value: 12.5, source: 'MANUAL', organization: { code: OWN } }]);
          expect(await platform.dataSource.query(`SELECT value, source, recorded_by_id FROM measurements WHERE indicator_id = $1 AND period = $2`, [indicator().id, p])).toEqual([
            { value: 12.5, source: 'MANUAL', recorded_by_id: userIds[role] },
          ]);
        },
      },
      {
        name: `clearMeasurements for ${OWN} on a ${scope} goal's indicator`,
        expected: RECORD,
        prepare: async () => {
          const p = nextPeriod();
          await platform.ok(RECORD_VALUES, { i: { indicatorId: indicator().id, organizationCode: OWN, values: [{ period: p, gender: 'MEN', value: 7 }] } }, leader);
          return p;
        },
        call: (role, p: string) => call(role, CLEAR_VALUES, { id: indicator().id, c: OWN, cells: [{ period: p, gender: 'MEN' }] }),
        written: async (result, p: string) => {
          expect(result.data?.clearMeasurements).toBe(1);
          expect(await one(`SELECT count(*)::int AS n FROM measurements WHERE indicator_id = $1 AND period = $2`, [indicator().id, p])).toEqual({ n: 0 });
        },
      },
    ];
  };

  const mutations: MutationCase[] = [
    {
      name: 'createGoal SHARED',
      expected: SHARED_EDIT,
      call: (role) => call(role, CREATE_GOAL, { i: { cohortId, scope: 'SHARED', title: `Gemensamt mål av ${role}` } }),
      written: async (result, _ctx, role) => {
        expect(result.data?.createGoal).toMatchObject({ scope: 'SHARED', version: 1, organization: null });
        expect(await one(`SELECT scope, organization_id, title FROM goals WHERE id = $1`, [result.data?.createGoal.id])).toEqual({ scope: 'SHARED', organization_id: null, title: `Gemensamt mål av ${role}` });
      },
    },
    {
      name: `createGoal OWN for ${OWN}`,
      expected: OWN_EDIT,
      call: (role) => call(role, CREATE_GOAL, { i: { cohortId, scope: 'OWN', organizationCode: OWN, title: `Eget mål av ${role}` } }),
      written: async (result) => {
        expect(result.data?.createGoal).toMatchObject({ scope: 'OWN', version: 1, organization: { code: OWN } });
        expect(await one(`SELECT g.scope, o.code FROM goals g JOIN organizations o ON o.id = g.organization_id WHERE g.id = $1`, [result.data?.createGoal.id])).toEqual({ scope: 'OWN', code: OWN });
      },
    },
    {
      name: `createGoal OWN for the mentor (${MENTOR})`,
      expected: { processLeader: 'ok', mentor: 'ok', own: 'FORBIDDEN', peer: 'FORBIDDEN', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
      call: (role) => call(role, CREATE_GOAL, { i: { cohortId, scope: 'OWN', organizationCode: MENTOR, title: `Mentorns eget mål av ${role}` } }),
      written: (result) => {
        expect(result.data?.createGoal).toMatchObject({ scope: 'OWN', version: 1, organization: { code: MENTOR } });
      },
    },
    ...goalCases('SHARED'),
    ...goalCases('OWN'),
    {
      name: `recordMeasurements for the mentor's own organisation (${MENTOR}) on a SHARED goal's indicator`,
      expected: { processLeader: 'ok', mentor: 'ok', own: 'FORBIDDEN', peer: 'FORBIDDEN', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
      prepare: () => Promise.resolve(nextPeriod()),
      call: (role, p: string) => call(role, RECORD_VALUES, { i: { indicatorId: sharedIndicator.id, organizationCode: MENTOR, values: [{ period: p, gender: 'TOTAL', value: -4 }] } }),
      written: (result, p: string) => {
        expect(result.data?.recordMeasurements).toEqual([{ period: p, gender: 'TOTAL', value: -4, source: 'MANUAL', organization: { code: MENTOR } }]);
      },
    },
    ...recordCases('SHARED'),
    ...recordCases('OWN'),
    {
      name: 'importKoladaValues',
      expected: { processLeader: 'ok', mentor: 'FORBIDDEN', own: 'FORBIDDEN', peer: 'FORBIDDEN', outsider: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' },
      prepare: () => Promise.resolve(nextPeriod()),
      call: (role, p: string) =>
        call(role, IMPORT_KOLADA, { j: JSON.stringify({ values: [{ kpi: KPI, municipality: OWN, period: Number(p), values: [{ gender: 'T', count: 1, status: '', value: 33.3 }] }], count: 1, next_url: null }) }),
      written: async (result, p: string) => {
        expect(result.data?.importKoladaValues).toEqual({ created: 1, updated: 0, skipped: 0, errors: [] });
        expect(await platform.dataSource.query(`SELECT gender, value, source FROM measurements WHERE indicator_id = $1 AND period = $2`, [sharedIndicator.id, p])).toEqual([
          { gender: 'TOTAL', value: 33.3, source: 'KOLADA' },
        ]);
      },
    },
    {
      name: 'requestKoladaSync',
      expected: { processLeader: 'ok', mentor: 'ok', own: 'ok', peer: 'ok', outsider: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
      // A cohort of its own each time: a sync already queued for a cohort is reused, and no worker runs here.
      prepare: async () => {
        const programme = await createProgramme(platform, leader);
        const cohort: string = (await createCohort(platform, leader, programme.id, MENTOR, [OWN, PEER])).id;
        await newIndicator((await newGoal('SHARED', undefined, cohort)).id, { koladaKpiId: KPI });
        return cohort;
      },
      call: (role, cohort: string) => call(role, REQUEST_SYNC, { id: cohort }),
      written: async (result, cohort: string, role) => {
        expect(result.data?.requestKoladaSync).toBe(true);
        expect(await platform.dataSource.query(`SELECT status, requested_by_id FROM kolada_syncs WHERE cohort_id = $1`, [cohort])).toEqual([{ status: 'QUEUED', requested_by_id: userIds[role] }]);
      },
    },
    {
      name: 'query koladaKpi',
      expected: { processLeader: 'ok', mentor: 'ok', own: 'ok', peer: 'ok', outsider: 'ok', anonymous: 'UNAUTHENTICATED' },
      call: (role) => call(role, KOLADA_KPI, { id: KPI }),
      written: (result) => expect(result.data?.koladaKpi).toEqual({ id: KPI, title: KPI_TITLE }),
    },
  ];

  describe.each(mutations.map((m) => [m.name, m] as const))('%s', (_name, operation) => {
    it.each(ROLES)('as %s', async (role) => {
      const ctx = operation.prepare ? await operation.prepare() : undefined;
      const before = await snapshot();
      const result = await operation.call(role, ctx);
      const outcome = operation.expected[role];
      if (outcome === 'ok') {
        expect(result.errors).toBeUndefined();
        await operation.written(result, ctx, role);
        return;
      }
      expect(codeOf(result)).toBe(outcome);
      expect(result.data ?? null).toBeNull();
      expect(await snapshot()).toEqual(before);
    });
  });
});
