import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Gender } from '@modellkommuner/shared';
import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { FakeKolada, FakeKoladaRow, startFakeKolada } from '../../../../test/kolada-server';
import { codeOf, TestPlatform } from '../../../../test/platform';
import { KoladaErrors } from '../kolada.errors';

// Kolada (docs/domain.md, "Kolada"): a response read in by hand (importKoladaValues) and the sync job
// against a local fake of Kolada's v3 API, with the worker running.

const MENTOR = '2083';
/** KPI ids of this file only: an import reaches every indicator linked to its KPI, in every cohort of the run. */
const KA = 'X30001';
const KB = 'X30002';
const KV = 'X30003';
const UNKNOWN_KPI = 'X39999';

const CREATE_GOAL = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`;
const ADD_INDICATOR = `mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id koladaKpiId koladaKpiTitle } }`;
const IMPORT = `mutation($j: String!) { importKoladaValues(json: $j) { created updated skipped errors examples { __typename } } }`;
const REQUEST_SYNC = `mutation($id: ID!) { requestKoladaSync(cohortId: $id) }`;
const SYNC_STATE = `query($id: ID!) { cohort(id: $id) { koladaSync { status created updated skipped message problems finishedAt } } }`;

const BY_GENDER = { name: 'Andel heltidsanställda', unit: '%', direction: 'HIGHER_IS_BETTER', byGender: true };
const TOTAL_ONLY = { name: 'Antal invånare', unit: 'antal', direction: 'HIGHER_IS_BETTER', byGender: false };

/** A fixture of the parser's, with its real KPI ids swapped for this file's. */
function fixture(name: string, kpis: Record<string, string>): { values: { kpi: string }[] } & Record<string, unknown> {
  const body = JSON.parse(readFileSync(join(__dirname, '..', 'kolada', '__fixtures__', name), 'utf8'));
  for (const entry of body.values) entry.kpi = kpis[entry.kpi] ?? entry.kpi;
  return body;
}

describe('Kolada: importing a response and the sync job', () => {
  let fake: FakeKolada;
  let platform: TestPlatform;
  let leader: string;
  let member: string;

  beforeAll(async () => {
    // The fake first: the API and the worker read KOLADA_BASE_URL when they start.
    fake = await startFakeKolada();
    platform = await TestPlatform.start({ worker: true, env: { KOLADA_BASE_URL: fake.baseUrl, KOLADA_RETRY_DELAY_MS: '5', KOLADA_TIMEOUT_MS: '300' } });
    leader = await platform.loginProcessLeader();
    member = (await platform.createUser('0126')).token;
    await makeEligible(platform, leader, MENTOR);
    await makeEligible(platform, leader, '01');
  });
  afterAll(async () => {
    await platform.close();
    await fake.close();
  });
  afterEach(() => {
    fake.mode = 'normal';
  });

  // ---- helpers ----------------------------------------------------------------------------------

  async function newCohort(mentees: string[], mentor = MENTOR, kind = 'MUNICIPALITY'): Promise<{ id: string; version: number }> {
    const programme = await createProgramme(platform, leader, { organizationKind: kind, maxMentees: 4 });
    return createCohort(platform, leader, programme.id, mentor, mentees);
  }
  async function newGoal(cohortId: string, organizationCode?: string): Promise<string> {
    const input = { cohortId, scope: organizationCode ? 'OWN' : 'SHARED', title: organizationCode ? 'Eget mål' : 'Gemensamt mål', ...(organizationCode ? { organizationCode } : {}) };
    return (await platform.ok(CREATE_GOAL, { i: input }, leader)).createGoal.id;
  }
  async function newIndicator(goalId: string, settings: Record<string, unknown>): Promise<{ id: string; koladaKpiId: string | null; koladaKpiTitle: string | null }> {
    return (await platform.ok(ADD_INDICATOR, { i: { goalId, ...settings } }, leader)).addIndicator;
  }
  const values = (indicatorIds: string[]) =>
    platform.dataSource.query(
      `SELECT o.code, m.period, m.gender::text AS gender, m.value, m.source::text AS source, m.recorded_by_id
         FROM measurements m JOIN organizations o ON o.id = m.organization_id
        WHERE m.indicator_id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], m.indicator_id), o.code, m.period, m.gender::text`,
      [indicatorIds],
    );
  const measurementsDigest = async () =>
    (await platform.dataSource.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(m::text, '|' ORDER BY m.id), '')) AS digest FROM measurements m`))[0];
  const kolada = (code: string, period: string, gender: string, value: number) => ({ code, period, gender, value, source: 'KOLADA', recorded_by_id: null });

  async function waitForSync(cohortId: string, timeoutMs = 15_000): Promise<Record<string, any>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const sync = (await platform.ok(SYNC_STATE, { id: cohortId }, member)).cohort.koladaSync;
      if (sync && (sync.status === 'SUCCEEDED' || sync.status === 'FAILED')) return sync;
      if (Date.now() > deadline) throw new Error(`the sync of ${cohortId} did not end in ${timeoutMs} ms: ${JSON.stringify(sync)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  // ---- importKoladaValues -----------------------------------------------------------------------

  describe('importKoladaValues', () => {
    let shared: { a: string; b: string };
    let ownOfHuddinge: string;
    let region: string;
    let cancelled: string;
    let v2: string;

    beforeAll(async () => {
      // Kommuner: Hedemora (mentor), Huddinge and Östersund. KA goes to a by-gender indicator and to Huddinge's own one (TOTAL only).
      const municipalities = await newCohort(['0126', '2380']);
      const goal = await newGoal(municipalities.id);
      shared = { a: (await newIndicator(goal, { ...BY_GENDER, koladaKpiId: KA })).id, b: (await newIndicator(goal, { ...TOTAL_ONLY, koladaKpiId: KB })).id };
      ownOfHuddinge = (await newIndicator(await newGoal(municipalities.id, '0126'), { ...TOTAL_ONLY, koladaKpiId: KA })).id;
      // Regions: Region Stockholm (Kolada id "0001") mentors Uppsala and Sörmland.
      const regions = await newCohort(['03', '04'], '01', 'REGION');
      region = (await newIndicator(await newGoal(regions.id), { ...BY_GENDER, koladaKpiId: KA })).id;
      // A cancelled cohort with Huddinge and KA: Kolada's values do not reach it.
      const gone = await newCohort(['0126', '0114']);
      cancelled = (await newIndicator(await newGoal(gone.id), { ...BY_GENDER, koladaKpiId: KA })).id;
      await platform.ok(`mutation($id: ID!, $v: Int!) { transitionCohort(id: $id, to: CANCELLED, version: $v, reason: "Avbruten") { status } }`, { id: gone.id, v: gone.version }, leader);
      // Malmö and Göteborg, for the v2 page.
      const big = await newCohort(['1280', '1480']);
      v2 = (await newIndicator(await newGoal(big.id), { ...BY_GENDER, koladaKpiId: KV })).id;
    });

    /** The parser's v3 fixture (KA for Huddinge, Stockholm, Östersund, Region Stockholm and Riket) and lines of every kind of problem. */
    function v3Body() {
      const body = fixture('kolada-v3-page.json', { N15419: KA });
      body.values.push(
        { kpi: KB, municipality: '0126', period: 2023, values: [{ gender: 'K', count: 1, status: '', value: 10 }, { gender: 'T', count: 1, status: '', value: 12 }] } as never,
        { kpi: UNKNOWN_KPI, municipality: '0126', period: 2023, values: [{ gender: 'T', count: 1, status: '', value: 1 }] } as never,
        { kpi: KA, municipality: '0126', period: 20231, values: [{ gender: 'T', count: 1, status: '', value: 2 }] } as never,
        { kpi: KA, municipality: '9998', period: 2023, values: [{ gender: 'T', count: 1, status: '', value: 3 }] } as never,
      );
      return body;
    }
    const v3Problems = [
      KoladaErrors.missingValue(KA, '2380', '2023', Gender.WOMEN, 'Missing'),
      KoladaErrors.unknownMunicipality('0000'),
      KoladaErrors.unknownKpi(UNKNOWN_KPI),
      KoladaErrors.malformedPeriod(KA, '0126', '20231'),
      KoladaErrors.unknownMunicipality('9998'),
    ];

    it('a v3 response: created for every indicator and organisation, a line per problem, regions by "00" + county code, nulls stay missing', async () => {
      const result = await platform.ok(IMPORT, { j: JSON.stringify(v3Body()) }, leader);
      // Created: Huddinge 3 (by gender) + 1 (its own, TOTAL only), Östersund 2 (WOMEN is missing), Region Stockholm 3, KB's TOTAL 1.
      // Skipped: Stockholm 3 (in no cohort with KA), Östersund's WOMEN, Riket 3, KB's WOMEN (not by gender), the unknown KPI,
      // the malformed period and the unknown municipality.
      expect(result.importKoladaValues).toEqual({ created: 10, updated: 0, skipped: 11, errors: v3Problems, examples: [] });
      expect(await values([shared.a, shared.b, ownOfHuddinge, region, cancelled])).toEqual([
        kolada('0126', '2023', 'MEN', 77),
        kolada('0126', '2023', 'TOTAL', 79.1),
        kolada('0126', '2023', 'WOMEN', 81.2),
        kolada('2380', '2023', 'MEN', 74.3),
        kolada('2380', '2023', 'TOTAL', 76.8),
        kolada('0126', '2023', 'TOTAL', 12),
        kolada('0126', '2023', 'TOTAL', 79.1),
        kolada('01', '2023', 'MEN', 80.1),
        kolada('01', '2023', 'TOTAL', 82),
        kolada('01', '2023', 'WOMEN', 84),
      ]);
      const [audit] = await platform.dataSource.query(`SELECT action, entity, after FROM audit_log WHERE action = 'kolada.import' ORDER BY id DESC LIMIT 1`);
      expect(audit).toEqual({ action: 'kolada.import', entity: 'Kolada', after: { created: 10, updated: 0, skipped: 11, problems: 5 } });
    });

    it('is idempotent: the same response again creates and updates nothing', async () => {
      const before = await measurementsDigest();
      const again = await platform.ok(IMPORT, { j: JSON.stringify(v3Body()) }, leader);
      expect(again.importKoladaValues).toEqual({ created: 0, updated: 0, skipped: 21, errors: v3Problems, examples: [] });
      expect(await measurementsDigest()).toEqual(before);
    });

    it('a v2 response (next_page, periods as strings) is read the same way', async () => {
      const body = fixture('kolada-v2-page.json', { U00405: KV });
      expect(body).toMatchObject({ next_page: null, previous_page: expect.any(String) });
      const result = await platform.ok(IMPORT, { j: JSON.stringify(body) }, leader);
      expect(result.importKoladaValues).toEqual({ created: 8, updated: 0, skipped: 1, errors: [KoladaErrors.missingValue(KV, '1480', '2022', Gender.MEN, 'Missing')], examples: [] });
      expect(await values([v2])).toEqual([
        kolada('1280', '2021', 'MEN', 58.25),
        kolada('1280', '2021', 'TOTAL', 60.4),
        kolada('1280', '2021', 'WOMEN', 62.5),
        kolada('1280', '2022', 'MEN', 59.7),
        kolada('1280', '2022', 'TOTAL', 61.9),
        kolada('1280', '2022', 'WOMEN', 64),
        kolada('1480', '2022', 'TOTAL', 63),
        kolada('1480', '2022', 'WOMEN', 66.3),
      ]);
    });

    it('keeps a value someone typed (and says so), and updates its own values when Kolada changes them', async () => {
      await platform.ok(
        `mutation($i: RecordMeasurementsInput!) { recordMeasurements(input: $i) { id } }`,
        { i: { indicatorId: v2, organizationCode: '1280', values: [{ period: '2023', gender: 'TOTAL', value: 55 }, { period: '2022', gender: 'MEN', value: 59.7 }] } },
        leader,
      );
      const body = {
        values: [
          { kpi: KV, municipality: '1280', period: '2023', values: [{ gender: 'T', status: '', value: 56 }] },
          { kpi: KV, municipality: '1280', period: '2022', values: [{ gender: 'T', status: '', value: 70 }, { gender: 'M', status: '', value: 59.7 }, { gender: 'K', status: '', value: 64 }] },
        ],
        next_page: null,
      };
      const result = await platform.ok(IMPORT, { j: JSON.stringify(body) }, leader);
      // 2023 TOTAL typed: kept, with a line; 2022 MEN typed with Kolada's own figure: kept, no line; 2022 WOMEN unchanged.
      expect(result.importKoladaValues).toEqual({ created: 0, updated: 1, skipped: 3, errors: [KoladaErrors.manualKept('2023', Gender.TOTAL, 55, 56)], examples: [] });
      expect(result.importKoladaValues.errors).toEqual(['2023, totalt: det inmatade värdet 55 behölls (Kolada har 56).']);
      const rows = await values([v2]);
      expect(rows.filter((r: { code: string }) => r.code === '1280')).toEqual([
        kolada('1280', '2021', 'MEN', 58.25),
        kolada('1280', '2021', 'TOTAL', 60.4),
        kolada('1280', '2021', 'WOMEN', 62.5),
        { ...kolada('1280', '2022', 'MEN', 59.7), source: 'MANUAL', recorded_by_id: expect.any(String) },
        kolada('1280', '2022', 'TOTAL', 70),
        kolada('1280', '2022', 'WOMEN', 64),
        { ...kolada('1280', '2023', 'TOTAL', 55), source: 'MANUAL', recorded_by_id: expect.any(String) },
      ]);
    });

    it.each([
      ['text that is not JSON', '{"values": [', KoladaErrors.notJson],
      ['JSON that is not an object', '[{"kpi": "X30001"}]', 'Svaret från Kolada är inte ett JSON-objekt.'],
      ['an object without "values"', JSON.stringify({ count: 0, next_url: null }), 'Svaret från Kolada saknar listan "values"; det är inget datasvar.'],
    ])('%s is BAD_USER_INPUT on json, and nothing is written', async (_name, json, message) => {
      const before = await measurementsDigest();
      const result = await platform.gql(IMPORT, { j: json }, leader);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([{ field: 'json', message }]);
      expect(await measurementsDigest()).toEqual(before);
    });
  });

  // ---- the sync job -----------------------------------------------------------------------------

  describe('requestKoladaSync and the worker', () => {
    const dataRequests = (from: number) => fake.requests.slice(from).filter((r) => r.startsWith('/v3/data/'));
    /** The KPI, municipality and year lists of a data request's path, sorted. */
    function lists(path: string): { kpis: string[]; municipalities: string[]; years: string[] } {
      const match = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/?]+)$/.exec(path);
      if (!match) throw new Error(`not a data request: ${path}`);
      const split = (s: string) => decodeURIComponent(s).split(',').sort();
      return { kpis: split(match[1]), municipalities: split(match[2]), years: split(match[3]) };
    }
    const rowsFor = (kpi: string, municipality: string, period: number, values: FakeKoladaRow['values']): FakeKoladaRow => ({ kpi, municipality, period, values });

    it('fetches the cohort’s KPIs for its members in one batch, stores the values as KOLADA, and fills in missing titles', async () => {
      fake.setTitles({ X30011: 'Andel kvinnor bland cheferna, %' });
      const cohort = await newCohort(['0126', '2380']);
      const goal = await newGoal(cohort.id);
      const titled = await newIndicator(goal, { ...BY_GENDER, koladaKpiId: 'X30011', baselinePeriod: '2021' });
      const untitled = await newIndicator(goal, { ...TOTAL_ONLY, koladaKpiId: 'X30012' });
      expect([titled.koladaKpiTitle, untitled.koladaKpiTitle]).toEqual(['Andel kvinnor bland cheferna, %', null]);
      fake.setTitles({ X30011: 'Andel kvinnor bland cheferna, %', X30012: 'Invånare totalt, antal' });
      fake.setValues([
        rowsFor('X30011', '0126', 2021, [{ gender: 'K', value: 50 }, { gender: 'M', value: 40 }, { gender: 'T', value: 45 }]),
        rowsFor('X30011', '2380', 2024, [{ gender: 'T', value: 60.5 }]),
        rowsFor('X30012', MENTOR, 2023, [{ gender: 'T', value: null, status: 'Missing' }]),
        rowsFor('X30011', '0180', 2023, [{ gender: 'T', value: 1 }]), // not a member: never asked for
      ]);
      const from = fake.requests.length;
      expect(await platform.ok(REQUEST_SYNC, { id: cohort.id }, member)).toEqual({ requestKoladaSync: true });
      const sync = await waitForSync(cohort.id);
      expect(sync).toMatchObject({ status: 'SUCCEEDED', created: 4, updated: 0, skipped: 1, message: null, problems: [KoladaErrors.missingValue('X30012', MENTOR, '2023', Gender.TOTAL, 'Missing')] });
      const thisYear = new Date().getUTCFullYear();
      const years = Array.from({ length: thisYear - Math.min(thisYear - 4, 2021) + 1 }, (_, i) => String(Math.min(thisYear - 4, 2021) + i));
      expect(dataRequests(from).map(lists)).toEqual([{ kpis: ['X30011', 'X30012'], municipalities: ['0126', MENTOR, '2380'].sort(), years }]);
      expect(fake.requests.slice(from)).toContain('/v3/kpi/X30012');
      expect(await values([titled.id, untitled.id])).toEqual([
        kolada('0126', '2021', 'MEN', 40),
        kolada('0126', '2021', 'TOTAL', 45),
        kolada('0126', '2021', 'WOMEN', 50),
        kolada('2380', '2024', 'TOTAL', 60.5),
      ]);
      const [row] = await platform.dataSource.query(`SELECT kolada_kpi_title FROM indicators WHERE id = $1`, [untitled.id]);
      expect(row.kolada_kpi_title).toBe('Invånare totalt, antal');
    });

    it('a Kolada that answers 500 makes the sync FAILED with a Swedish message, after three tries, and nothing is written', async () => {
      const cohort = await newCohort(['0126', '2380']);
      const indicator = await newIndicator(await newGoal(cohort.id), { ...TOTAL_ONLY, koladaKpiId: 'X30021' });
      fake.setValues([rowsFor('X30021', '0126', 2024, [{ gender: 'T', value: 9 }])]);
      fake.mode = 'error500';
      const before = await measurementsDigest();
      const from = fake.requests.length;
      await platform.ok(REQUEST_SYNC, { id: cohort.id }, leader);
      expect(await waitForSync(cohort.id)).toMatchObject({ status: 'FAILED', created: 0, updated: 0, skipped: 0, message: 'Kolada svarade inte (HTTP 500) efter 3 försök.', problems: [] });
      expect(dataRequests(from)).toHaveLength(3);
      expect(await values([indicator.id])).toEqual([]);
      expect(await measurementsDigest()).toEqual(before);
    });

    it('a Kolada that does not answer makes the sync FAILED once the timeouts are spent', async () => {
      const cohort = await newCohort(['0126', '2380']);
      const indicator = await newIndicator(await newGoal(cohort.id), { ...TOTAL_ONLY, koladaKpiId: 'X30031' });
      fake.setValues([rowsFor('X30031', '0126', 2024, [{ gender: 'T', value: 9 }])]);
      fake.mode = 'timeout';
      const from = fake.requests.length;
      await platform.ok(REQUEST_SYNC, { id: cohort.id }, leader);
      expect(await waitForSync(cohort.id)).toMatchObject({ status: 'FAILED', created: 0, message: 'Kolada svarade inte inom 0,3 sekunder efter 3 försök.' });
      expect(dataRequests(from)).toHaveLength(3);
      expect(await values([indicator.id])).toEqual([]);
    });

    it('a Kolada that fails twice and then answers: SUCCEEDED', async () => {
      const cohort = await newCohort(['0126', '2380']);
      const indicator = await newIndicator(await newGoal(cohort.id), { ...TOTAL_ONLY, koladaKpiId: 'X30041' });
      fake.setValues([rowsFor('X30041', '2380', 2025, [{ gender: 'T', value: -1.5 }])]);
      fake.flakyFailures = 2;
      fake.mode = 'flaky';
      const from = fake.requests.length;
      await platform.ok(REQUEST_SYNC, { id: cohort.id }, leader);
      expect(await waitForSync(cohort.id)).toMatchObject({ status: 'SUCCEEDED', created: 1, updated: 0, skipped: 0, message: null, problems: [] });
      expect(dataRequests(from)).toHaveLength(3);
      expect(await values([indicator.id])).toEqual([kolada('2380', '2025', 'TOTAL', -1.5)]);
    });

    it('a cohort without linked KPIs: CONFLICT, and no sync is recorded', async () => {
      const cohort = await newCohort(['0126', '2380']);
      await newIndicator(await newGoal(cohort.id), TOTAL_ONLY);
      const result = await platform.gql(REQUEST_SYNC, { id: cohort.id }, member);
      expect([codeOf(result), result.errors?.[0].message]).toEqual(['CONFLICT', KoladaErrors.noLinkedKpis]);
      expect(await platform.dataSource.query(`SELECT count(*)::int AS n FROM kolada_syncs WHERE cohort_id = $1`, [cohort.id])).toEqual([{ n: 0 }]);
      expect((await platform.ok(SYNC_STATE, { id: cohort.id }, member)).cohort.koladaSync).toBeNull();
    });

    it('koladaKpi answers Kolada’s title (null for an id Kolada does not know), and addIndicator stores it', async () => {
      fake.setTitles({ X30051: 'Kostnad per invånare, kr' });
      expect(await platform.ok(`query { a: koladaKpi(id: "X30051") { id title } b: koladaKpi(id: "X30052") { id title } }`, {}, member)).toEqual({
        a: { id: 'X30051', title: 'Kostnad per invånare, kr' },
        b: { id: 'X30052', title: null },
      });
      const cohort = await newCohort(['0126', '2380']);
      const indicator = await newIndicator(await newGoal(cohort.id), { ...TOTAL_ONLY, koladaKpiId: 'X30051' });
      expect(indicator).toMatchObject({ koladaKpiId: 'X30051', koladaKpiTitle: 'Kostnad per invånare, kr' });
      expect(await platform.dataSource.query(`SELECT kolada_kpi_title FROM indicators WHERE id = $1`, [indicator.id])).toEqual([{ kolada_kpi_title: 'Kostnad per invånare, kr' }]);
    });
  });
});
