import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { KOLADA_JOBS, QUEUES } from '@modellkommuner/shared';
import { MUNICIPALITIES, REGIONS } from '@modellkommuner/reference-data';
import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { FakeKolada, FakeKoladaRow, readRecordedKolada, startFakeKolada } from '../../../../test/kolada-server';
import { TestPlatform } from '../../../../test/platform';
import { KoladaComparisonService } from '../kolada-comparison.service';
import { KoladaSyncService } from '../kolada-sync.service';
import { KoladaErrors } from '../kolada.errors';

// The weekly Kolada job's comparison values (docs/domain.md, "Kolada" and "Impact"): Kolada's values of every linked
// KPI for every kommun and region and Riket, into kolada_values, against the local fake of Kolada's v3 API serving a
// recorded response (test/fixtures/kolada/comparison-kronoberg.json, invented values).
// The file has its own database (apps/api/test/file-database.ts); the weekly job covers every cohort in it: this
// file's cohorts are in Kronoberg (07xx), its KPI ids (N991xx) are its own, and the fake answers only them.

const MENTOR = '0780'; // Växjö
const MENTEES = ['0760', '0761']; // Uppvidinge, Lessebo
const KPI_GENDER = 'N99101'; // by gender
const KPI_TOTAL = 'N99102'; // Kolada gives only T
const KPI_EMPTY = 'N99103'; // linked, Kolada has nothing
const KPI_CANCELLED = 'N99109'; // only in a cancelled cohort: never asked for
const OUR_KPIS = [KPI_GENDER, KPI_TOTAL, KPI_EMPTY];

/** The fixture was recorded with 2022–2025; in a later year its periods move along, so they stay inside the 15 years asked for. */
const SHIFT = Math.max(0, new Date().getUTCFullYear() - 2026);
const y = (year: number) => year + SHIFT;

const BY_GENDER = { name: 'Andel chefer som är kvinnor', unit: '%', direction: 'HIGHER_IS_BETTER', byGender: true };
const TOTAL_ONLY = { name: 'Antal besök', unit: 'antal', direction: 'HIGHER_IS_BETTER', byGender: false };

function recorded(): FakeKoladaRow[] {
  return readRecordedKolada(join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'kolada', 'comparison-kronoberg.json')).map((r) => ({ ...r, period: y(r.period) }));
}

interface StoredRow {
  kpi_id: string;
  kolada_id: string;
  year: number;
  women: number | null;
  men: number | null;
  total: number | null;
}

/** What kolada_values should hold for the rows: K/M/T → women/men/total, a gender missing or null → null. */
function expectedRows(rows: FakeKoladaRow[]): StoredRow[] {
  const pick = (r: FakeKoladaRow, gender: 'K' | 'M' | 'T') => r.values.find((v) => v.gender === gender)?.value ?? null;
  return rows
    .map((r) => ({ kpi_id: r.kpi, kolada_id: r.municipality, year: r.period, women: pick(r, 'K'), men: pick(r, 'M'), total: pick(r, 'T') }))
    .sort((a, b) => `${a.kpi_id}|${a.kolada_id}|${a.year}`.localeCompare(`${b.kpi_id}|${b.kolada_id}|${b.year}`));
}

/** Every kommun's and region's Kolada id, and Riket. */
const ALL_IDS = [...MUNICIPALITIES.map((m) => m.code), ...REGIONS.map((r) => r.koladaId), '0000'].sort();

describe('Kolada: the weekly comparison values for every kommun and region', () => {
  let fake: FakeKolada;
  let platform: TestPlatform;
  let leader: string;
  let indicators: { gender: string; total: string; empty: string };

  beforeAll(async () => {
    fake = await startFakeKolada();
    platform = await TestPlatform.start({ worker: true, env: { KOLADA_BASE_URL: fake.baseUrl, KOLADA_RETRY_DELAY_MS: '5', KOLADA_TIMEOUT_MS: '5000' } });
    leader = await platform.loginProcessLeader();
    await makeEligible(platform, leader, MENTOR);
    const programme = await createProgramme(platform, leader, { maxMentees: 4 });
    // A planned cohort (not ended: its members' values also go to measurements) and a cancelled one.
    const cohort = await createCohort(platform, leader, programme.id, MENTOR, MENTEES);
    const goal = (await platform.ok(`mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`, { i: { cohortId: cohort.id, scope: 'SHARED', title: 'Fler kvinnor som chefer' } }, leader)).createGoal.id;
    const add = async (settings: Record<string, unknown>) => (await platform.ok(`mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }`, { i: { goalId: goal, ...settings } }, leader)).addIndicator.id as string;
    indicators = {
      gender: await add({ ...BY_GENDER, koladaKpiId: KPI_GENDER }),
      total: await add({ ...TOTAL_ONLY, koladaKpiId: KPI_TOTAL }),
      empty: await add({ ...BY_GENDER, name: 'Något Kolada saknar', koladaKpiId: KPI_EMPTY }),
    };
    const gone = await createCohort(platform, leader, (await createProgramme(platform, leader, { maxMentees: 4 })).id, MENTOR, ['0763', '0764']);
    const goneGoal = (await platform.ok(`mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`, { i: { cohortId: gone.id, scope: 'SHARED', title: 'Avbrutet mål' } }, leader)).createGoal.id;
    await platform.ok(`mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }`, { i: { goalId: goneGoal, ...BY_GENDER, koladaKpiId: KPI_CANCELLED } }, leader);
    await platform.ok(`mutation($id: ID!, $v: Int!) { transitionCohort(id: $id, to: CANCELLED, version: $v, reason: "Avbruten") { status } }`, { id: gone.id, v: gone.version }, leader);
  });
  afterAll(async () => {
    await platform.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.setValues(recorded());
    fake.pageSize = 4;
  });
  afterEach(() => {
    fake.mode = 'normal';
    fake.failWhen = null;
  });

  // ---- helpers ----------------------------------------------------------------------------------

  const syncs = () => platform.worker!.get(KoladaSyncService, { strict: false });
  const comparison = () => platform.worker!.get(KoladaComparisonService, { strict: false });

  const ourRows = (): Promise<StoredRow[]> =>
    platform.dataSource.query(
      `SELECT kpi_id, kolada_id, year, women, men, total FROM kolada_values WHERE kpi_id = ANY($1::varchar[]) ORDER BY kpi_id, kolada_id, year`,
      [[...OUR_KPIS, KPI_CANCELLED]],
    );
  const tableDigest = async () =>
    (await platform.dataSource.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(v::text, '|' ORDER BY kpi_id, kolada_id, year), '')) AS digest FROM kolada_values v`))[0];
  const measurements = () =>
    platform.dataSource.query(
      `SELECT i.kolada_kpi_id AS kpi, o.code, m.period, m.gender::text AS gender, m.value, m.source::text AS source
         FROM measurements m JOIN organizations o ON o.id = m.organization_id JOIN indicators i ON i.id = m.indicator_id
        WHERE m.indicator_id = ANY($1::uuid[]) ORDER BY i.kolada_kpi_id, o.code, m.period, m.gender::text`,
      [[indicators.gender, indicators.total, indicators.empty]],
    );
  const kolada = (kpi: string, code: string, period: number, gender: string, value: number) => ({ kpi, code, period: String(y(period)), gender, value, source: 'KOLADA' });

  /** The data requests since `from`: path lists (sorted) and whether a later page was asked for. */
  function dataRequests(from: number): { path: string; page: number; kpis: string[]; ids: string[]; years: number[] }[] {
    return fake.requests
      .slice(from)
      .filter((r) => r.startsWith('/v3/data/'))
      .map((r) => {
        const url = new URL(r, 'http://kolada.test');
        const match = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)$/.exec(url.pathname);
        if (!match) throw new Error(`not a data request: ${r}`);
        const split = (s: string) => decodeURIComponent(s).split(',');
        return { path: url.pathname, page: Number(url.searchParams.get('page') ?? '1'), kpis: split(match[1]), ids: split(match[2]), years: split(match[3]).map(Number) };
      });
  }
  /** Requests naming Riket: only the comparison asks for it (no cohort has Riket as a member). */
  const riketRequests = (from: number) => dataRequests(from).filter((r) => r.ids.includes('0000'));
  /** Whether a request's municipality list names Ljungby, which no cohort has as a member. */
  const namesLjungby = (path: string) => decodeURIComponent(path).split('/municipality/')[1]?.split('/')[0].split(',').includes('0781') ?? false;

  async function waitForWeekly(after: Date, timeoutMs = 30_000): Promise<Record<string, any>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [row] = await platform.dataSource.query(
        `SELECT status::text AS status, created, updated, skipped, comparison_values, message, problems
           FROM kolada_syncs WHERE cohort_id IS NULL AND requested_at >= $1 ORDER BY requested_at DESC LIMIT 1`,
        [after],
      );
      if (row && (row.status === 'SUCCEEDED' || row.status === 'FAILED')) return row;
      if (Date.now() > deadline) throw new Error(`the weekly sync did not end in ${timeoutMs} ms: ${JSON.stringify(row)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  // ---- the tests --------------------------------------------------------------------------------

  it('the weekly job asks for every kommun, region and Riket in batches of at most 25, follows every page, and stores the recorded values (null stays NULL, a KPI with only T)', async () => {
    // Where in the request log the comparison begins (after the cohorts' own fetch and the titles).
    const service = comparison();
    const fetchAll = service.fetchAll.bind(service);
    let from = -1;
    const spy = jest.spyOn(service, 'fetchAll').mockImplementation((...args) => {
      from = fake.requests.length;
      return fetchAll(...args);
    });
    const started = new Date(Date.now() - 1000);
    try {
      await platform.api.get<Queue>(getQueueToken(QUEUES.KOLADA)).add(KOLADA_JOBS.WEEKLY, {}, { jobId: `weekly-test-${randomUUID()}` });
      const row = await waitForWeekly(started);
      // The fake answers only this file's KPIs: 21 comparison rows, 20 values for the cohort's members.
      expect(row).toMatchObject({ status: 'SUCCEEDED', created: 20, updated: 0, comparison_values: 21, message: null, problems: [] });
    } finally {
      spy.mockRestore();
    }
    expect(from).toBeGreaterThanOrEqual(0);

    const requests = dataRequests(from);
    for (const r of requests) {
      expect(r.kpis.length).toBeLessThanOrEqual(25);
      expect(r.ids.length).toBeLessThanOrEqual(25);
      expect(r.years.length).toBeLessThanOrEqual(25);
    }
    // Each linked KPI (the cancelled cohort's not) was asked for with all 290 kommuner, 21 regioner and Riket,
    // each id in exactly one batch (first pages only: a later page repeats its batch's lists).
    expect(ALL_IDS).toHaveLength(290 + 21 + 1);
    for (const kpi of OUR_KPIS) {
      const ids = requests.filter((r) => r.page === 1 && r.kpis.includes(kpi)).flatMap((r) => r.ids);
      expect(ids.sort()).toEqual(ALL_IDS);
    }
    expect(requests.some((r) => r.kpis.includes(KPI_CANCELLED))).toBe(false);
    // Years: from four years before the earliest start of the cohorts (not cancelled) linking a KPI, at most 15 back.
    const thisYear = new Date().getUTCFullYear();
    const [{ earliest }] = await platform.dataSource.query(
      `SELECT min(extract(year FROM c.start_date))::int AS earliest FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN cohorts c ON c.id = g.cohort_id
        WHERE i.kolada_kpi_id IS NOT NULL AND c.status <> 'CANCELLED'`,
    );
    const first = Math.min(thisYear, Math.max(thisYear - 15, earliest - 4));
    for (const r of requests) expect(r.years).toEqual(Array.from({ length: thisYear - first + 1 }, (_, i) => first + i));
    // Every page followed, each once: Kronoberg's kommuner are one batch, with at least 16 rows at 4 a page.
    const pages = new Map<string, number[]>();
    for (const r of requests) pages.set(r.path, [...(pages.get(r.path) ?? []), r.page]);
    for (const list of pages.values()) expect(list).toEqual(list.map((_, i) => i + 1));
    const kronoberg = requests.find((r) => r.page === 1 && r.ids.includes('0781') && r.kpis.includes(KPI_GENDER));
    expect(pages.get(kronoberg?.path ?? '')?.length).toBeGreaterThanOrEqual(4);

    const stored = await ourRows();
    expect(stored).toEqual(expectedRows(recorded()));
    expect(stored).toHaveLength(21);
    // Spot checks against the recording itself: a missing K, a row of three nulls, Riket, a region, total only.
    const at = (kpi: string, id: string, year: number) => stored.find((r) => r.kpi_id === kpi && r.kolada_id === id && r.year === y(year));
    expect(at(KPI_GENDER, '0763', 2024)).toEqual({ kpi_id: KPI_GENDER, kolada_id: '0763', year: y(2024), women: null, men: 52.25, total: 57.375 });
    expect(at(KPI_GENDER, '0767', 2023)).toEqual({ kpi_id: KPI_GENDER, kolada_id: '0767', year: y(2023), women: null, men: null, total: null });
    expect(at(KPI_GENDER, '0000', 2024)).toEqual({ kpi_id: KPI_GENDER, kolada_id: '0000', year: y(2024), women: 70, men: 60, total: 65 });
    expect(at(KPI_TOTAL, '0007', 2025)).toEqual({ kpi_id: KPI_TOTAL, kolada_id: '0007', year: y(2025), women: null, men: null, total: 3333 });
    expect(stored.filter((r) => r.kpi_id === KPI_EMPTY)).toEqual([]);

    // The cohort's members still get their values as measurements, as before the comparison existed.
    expect(await measurements()).toEqual([
      kolada(KPI_GENDER, '0760', 2023, 'MEN', 50),
      kolada(KPI_GENDER, '0760', 2023, 'TOTAL', 55),
      kolada(KPI_GENDER, '0760', 2023, 'WOMEN', 60),
      kolada(KPI_GENDER, '0760', 2024, 'MEN', 50.25),
      kolada(KPI_GENDER, '0760', 2024, 'TOTAL', 55.375),
      kolada(KPI_GENDER, '0760', 2024, 'WOMEN', 60.5),
      kolada(KPI_GENDER, '0761', 2023, 'MEN', 51),
      kolada(KPI_GENDER, '0761', 2023, 'TOTAL', 56),
      kolada(KPI_GENDER, '0761', 2023, 'WOMEN', 61),
      kolada(KPI_GENDER, '0761', 2024, 'MEN', 51.25),
      kolada(KPI_GENDER, '0761', 2024, 'TOTAL', 56.375),
      kolada(KPI_GENDER, '0761', 2024, 'WOMEN', 61.5),
      kolada(KPI_GENDER, '0780', 2023, 'MEN', 56),
      kolada(KPI_GENDER, '0780', 2023, 'TOTAL', 61),
      kolada(KPI_GENDER, '0780', 2023, 'WOMEN', 66),
      kolada(KPI_GENDER, '0780', 2024, 'MEN', 56.25),
      kolada(KPI_GENDER, '0780', 2024, 'TOTAL', 61.375),
      kolada(KPI_GENDER, '0780', 2024, 'WOMEN', 66.5),
      kolada(KPI_TOTAL, '0760', 2022, 'TOTAL', 1111),
      kolada(KPI_TOTAL, '0780', 2022, 'TOTAL', 2222),
    ]);
  });

  it('is idempotent: the same answer again writes the same rows and changes no measurement', async () => {
    const before = await ourRows();
    const measured = await measurements();
    const [{ fetched: fetchedBefore }] = await platform.dataSource.query(`SELECT max(fetched_at) AS fetched FROM kolada_values WHERE kpi_id = $1`, [KPI_GENDER]);
    const sync = await syncs().runWeekly();
    expect(sync).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, comparisonValues: 21, message: null, problems: [] });
    expect(await ourRows()).toEqual(before);
    expect(await measurements()).toEqual(measured);
    // Written again nonetheless: fetched_at says when Kolada last gave the values.
    const [{ fetched }] = await platform.dataSource.query(`SELECT min(fetched_at) AS fetched FROM kolada_values WHERE kpi_id = $1`, [KPI_GENDER]);
    expect(fetched.getTime()).toBeGreaterThan(fetchedBefore.getTime());
  });

  it('retries a batch after 500s and then stores what Kolada answers now (a value it no longer has becomes NULL)', async () => {
    const rows = recorded();
    const riket = rows.find((r) => r.kpi === KPI_GENDER && r.municipality === '0000') as FakeKoladaRow;
    riket.values = [{ gender: 'K', value: 71.5 }, { gender: 'M', value: null, status: 'Missing' }, { gender: 'T', value: 66 }];
    fake.setValues(rows);
    fake.flakyFailures = 2;
    fake.mode = 'flaky';
    const from = fake.requests.length;
    const outcome = await comparison().fetchAll();
    expect(outcome).toEqual({ rows: 21, failure: null, problems: [] });
    const requests = dataRequests(from);
    // The first batch failed twice and was asked for a third time.
    expect(requests.slice(0, 3).map((r) => `${r.path}?${r.page}`)).toEqual(Array(3).fill(`${requests[0].path}?1`));
    expect(requests.filter((r) => r.path === requests[0].path && r.page === 1)).toHaveLength(3);
    expect((await ourRows()).find((r) => r.kpi_id === KPI_GENDER && r.kolada_id === '0000')).toEqual({ kpi_id: KPI_GENDER, kolada_id: '0000', year: y(2024), women: 71.5, men: null, total: 66 });
    // Back to the recording for the tests after this one.
    fake.setValues(recorded());
    expect(await comparison().fetchAll()).toMatchObject({ rows: 21, failure: null });
    expect(await ourRows()).toEqual(expectedRows(recorded()));
  });

  it('all or nothing: when one batch still fails after three tries, no comparison value is written, and the weekly row is SUCCEEDED for the cohorts with a message', async () => {
    // Kolada changes values in a batch answered before the failing one (Riket, Region Kronoberg) and for a member.
    const rows = recorded();
    for (const r of rows) for (const v of r.values) if (v.value !== null) v.value += 1000;
    fake.setValues(rows);
    // Every batch naming Ljungby (no member of any cohort: only the comparison asks for it) answers 500.
    fake.failWhen = namesLjungby;
    const before = await tableDigest();
    const from = fake.requests.length;
    const sync = await syncs().runWeekly();
    expect(sync).toMatchObject({
      status: 'SUCCEEDED',
      created: 0,
      updated: 20,
      comparisonValues: 0,
      message: KoladaErrors.comparisonFailed('Kolada svarade inte (HTTP 500) efter 3 försök.'),
      problems: [],
    });
    expect(sync?.message).toBe(
      'Värdena för omgångarna hämtades, men jämförelsevärdena för alla kommuner och regioner kunde inte hämtas: Kolada svarade inte (HTTP 500) efter 3 försök. De senast hämtade jämförelsevärdena gäller tills vidare.',
    );
    // Batches with Riket and Region Kronoberg were answered, with changed values, before the failure; none of it was kept.
    expect(riketRequests(from).length).toBeGreaterThan(0);
    expect(dataRequests(from).filter((r) => r.ids.includes('0781'))).toHaveLength(3);
    expect(await tableDigest()).toEqual(before);
    expect(await ourRows()).toEqual(expectedRows(recorded()));
    // The cohort part was stored: the members' values moved by 1000.
    expect((await measurements()).find((m: { code: string; period: string; gender: string; kpi: string }) => m.kpi === KPI_GENDER && m.code === '0760' && m.period === String(y(2023)) && m.gender === 'WOMEN')).toMatchObject({ value: 1060 });
  });

  it('when Kolada is down for the cohorts too, the weekly row is FAILED as before and the comparison is not tried', async () => {
    fake.mode = 'error500';
    const before = await tableDigest();
    const from = fake.requests.length;
    const sync = await syncs().runWeekly();
    expect(sync).toMatchObject({ status: 'FAILED', comparisonValues: 0, message: 'Kolada svarade inte (HTTP 500) efter 3 försök.' });
    expect(dataRequests(from)).toHaveLength(3);
    expect(riketRequests(from)).toEqual([]);
    expect(await tableDigest()).toEqual(before);
  });

  it('fetchAll never throws for Kolada: a Kolada still down after its retries is its failure, and nothing is written', async () => {
    fake.mode = 'error500';
    const before = await tableDigest();
    const from = fake.requests.length;
    expect(await comparison().fetchAll()).toEqual({ rows: 0, failure: 'Kolada svarade inte (HTTP 500) efter 3 försök.', problems: [] });
    expect(riketRequests(from)).toHaveLength(3);
    expect(await tableDigest()).toEqual(before);
  });
});
