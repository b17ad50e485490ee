import { Client } from 'pg';
import { createCohort, createProgramme, makeEligible, moveCohort } from '../../../../test/cohort-fixtures';
import { codeOf, TestPlatform } from '../../../../test/platform';

// The impact view (docs/domain.md, "Impact") over a fixture of 40 participating kommuner and every other kommun,
// five years (2020–2024) of invented Kolada values: the difference-in-differences computed by hand, a fixed
// number of statements, nothing personal and nothing below the group minimum in the public answer, freshness
// after plain SQL, the filters and their refusals, and who may see it (everyone, the same answer).
// The file has its own database (apps/api/test/file-database.ts): the participants are Västra Götaland's kommuner
// (14xx, less 1440, 1480 and 1490), the key figures ids its own, and the other kommuner's values are chosen so that
// the comparison's mean is exact whichever of them are participants elsewhere (written when files shared a database).

const KPI = 'N99301'; // by gender, estimated
const KPI_TOTAL = 'N99302'; // total only
const KPI_FEW = 'N99303'; // three participants with values
const FOCUS_A = 'Impakt A';
const FOCUS_B = 'Impakt B';
const FOCUS_C = 'Impakt C';

const FREE_14 = [
  '1401', '1402', '1407', '1415', '1419', '1421', '1427', '1430', '1435', '1438', '1439', '1441', '1442', '1443', '1444', '1445',
  '1446', '1447', '1452', '1460', '1461', '1462', '1463', '1465', '1466', '1470', '1471', '1472', '1473', '1481', '1482', '1484',
  '1485', '1486', '1487', '1488', '1489', '1491', '1492', '1493', '1494', '1495', '1496', '1497', '1498', '1499',
];
const MENTOR_1 = FREE_14[0];
const MENTOR_2 = FREE_14[1];
const COHORT_1 = FREE_14.slice(2, 22); // start 2021: baseline 2020, follow-up 2022
const COHORT_2 = FREE_14.slice(22, 42); // start 2022: baseline 2021, follow-up 2023
const COHORT_3 = FREE_14.slice(42, 44); // start 2024, active: follow-up 2025 not published

/**
 * Gaps (women − men) by year. Cohort 1's mentees: 10 → 9 → 6 or 8 (alternately: −4, −2, mean −3); cohort 2's:
 * 10 → 10 → 9 → 7 (−3). Everyone else: 5 until 2022, 6 from 2023 — so over 2020 → 2022 the others change by 0,
 * over 2021 → 2023 by +1, whichever kommuner they are. DiD = mean(−3 − 0 for 20, −3 − 1 for 20) = −3.5.
 */
function gap(code: string, year: number): number {
  const i1 = COHORT_1.indexOf(code);
  if (i1 >= 0) return ({ 2020: 10, 2021: 9, 2022: i1 % 2 === 0 ? 6 : 8, 2023: 7, 2024: 7 } as Record<number, number>)[year];
  if (COHORT_2.includes(code)) return ({ 2020: 10, 2021: 10, 2022: 9, 2023: 7, 2024: 7 } as Record<number, number>)[year];
  return year >= 2023 ? 6 : 5;
}

const QUERY = `query($f: ImpactFilter) { impactOverview(filter: $f) {
  minGroupSize confidenceLevel bootstrapReplicates participantsTotal comparisonTotal generations dataUpdatedAt
  keyFigures { kpiId title status sentence participants comparison awaitingData missingData participantChange comparisonChange difference lower upper
    series { offset label participantGap participantCount comparisonGap comparisonCount } }
  goalOutcomeTotal { key label organizations suppressed achieved partlyAchieved notAchieved ongoing total }
  goalOutcomesByFocusArea { key label organizations suppressed achieved partlyAchieved notAchieved ongoing total }
  goalOutcomesByProgramme { key label organizations suppressed achieved partlyAchieved notAchieved ongoing total } } }`;

interface KeyFigure {
  kpiId: string;
  title: string | null;
  status: string;
  sentence: string;
  participants: number;
  comparison: number;
  awaitingData: number;
  missingData: number;
  participantChange: number | null;
  comparisonChange: number | null;
  difference: number | null;
  lower: number | null;
  upper: number | null;
  series: { offset: number; label: string; participantGap: number | null; participantCount: number; comparisonGap: number | null; comparisonCount: number }[];
}
interface OutcomeGroup {
  key: string;
  label: string;
  organizations: number;
  suppressed: boolean;
  achieved: number | null;
  total: number | null;
}

describe('impact view', () => {
  let platform: TestPlatform;
  let pl: string;
  let programmeId: string;
  const overview = async (filter: Record<string, unknown> | null = null, token?: string) => (await platform.ok(QUERY, { f: filter }, token)).impactOverview;
  const figure = (answer: { keyFigures: KeyFigure[] }, kpi: string) => answer.keyFigures.find((k) => k.kpiId === kpi) as KeyFigure;

  /** Kommuner that never took part (not withdrawn, cohort not cancelled), as the comparison should count them. */
  async function neverParticipated(): Promise<number> {
    const [{ n }] = await platform.dataSource.query(
      `SELECT count(*)::int AS n FROM organizations o
        WHERE o.kind = 'MUNICIPALITY' AND NOT EXISTS (
          SELECT 1 FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
           WHERE m.organization_id = o.id AND m.withdrawn_at IS NULL AND c.status <> 'CANCELLED')`,
    );
    return n;
  }

  beforeAll(async () => {
    platform = await TestPlatform.start();
    pl = await platform.loginProcessLeader();
    programmeId = (await createProgramme(platform, pl, { maxMentees: 20 })).id;
    await makeEligible(platform, pl, MENTOR_1);
    await makeEligible(platform, pl, MENTOR_2);
    const c1 = await createCohort(platform, pl, programmeId, MENTOR_1, COHORT_1, { startDate: '2021-09-01', name: 'Impakt 2021' });
    await moveCohort(platform, pl, c1, 'ACTIVE', 'FOLLOW_UP', 'CONCLUDED');
    const c2 = await createCohort(platform, pl, programmeId, MENTOR_2, COHORT_2, { startDate: '2022-09-01', name: 'Impakt 2022' });
    await moveCohort(platform, pl, c2, 'ACTIVE', 'FOLLOW_UP', 'CONCLUDED');
    const c3 = await createCohort(platform, pl, programmeId, MENTOR_1, COHORT_3, { startDate: '2024-03-01', name: 'Impakt 2024' });
    await moveCohort(platform, pl, c3, 'ACTIVE');

    const db = platform.dataSource;
    const goal = async (cohortId: string, focusArea: string, kpis: [string, string][]) => {
      const [{ id }] = await db.query(`INSERT INTO goals (cohort_id, scope, title, focus_area) VALUES ($1, 'SHARED', $2, $3) RETURNING id`, [cohortId, `Mål ${focusArea}`, focusArea]);
      for (const [kpi, title] of kpis) {
        await db.query(
          `INSERT INTO indicators (goal_id, name, unit, direction, by_gender, kolada_kpi_id, kolada_kpi_title, baseline_period)
           VALUES ($1, $2, '%', 'LOWER_IS_BETTER', true, $3, $4, '2020')`,
          [id, `Indikator ${kpi}`, kpi, title],
        );
      }
      return id as string;
    };
    const a1 = await goal(c1.id, FOCUS_A, [[KPI, 'Påhittat nyckeltal med kön'], [KPI_TOTAL, 'Påhittat totalt nyckeltal'], [KPI_FEW, 'Påhittat glest nyckeltal']]);
    const a2 = await goal(c2.id, FOCUS_A, [[KPI, 'Påhittat nyckeltal med kön']]);
    await goal(c3.id, FOCUS_A, [[KPI, 'Påhittat nyckeltal med kön']]);
    const b2 = await goal(c2.id, FOCUS_B, []);
    const c2goal = await goal(c2.id, FOCUS_C, []);

    // Approved one-year reports: every mentee of cohorts 1 and 2 assesses its focus-A goal (40 organisations);
    // eight of cohort 2 also assess B, two of them C.
    const statuses = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'ONGOING'];
    for (const [cohort, codes, goalA] of [
      [c1, COHORT_1, a1],
      [c2, COHORT_2, a2],
    ] as const) {
      const [{ id: checkpointId }] = await db.query(`SELECT id FROM checkpoints WHERE cohort_id = $1 AND kind = 'ONE_YEAR'`, [cohort.id]);
      for (const [i, code] of codes.entries()) {
        const [{ id: reportId }] = await db.query(
          `INSERT INTO follow_up_reports (checkpoint_id, organization_id, status, summary)
           SELECT $1, id, 'APPROVED', 'Sammanfattning' FROM organizations WHERE code = $2 RETURNING id`,
          [checkpointId, code],
        );
        await db.query(`INSERT INTO goal_assessments (report_id, goal_id, status) VALUES ($1, $2, $3)`, [reportId, goalA, statuses[i % 4]]);
        if (cohort === c2 && i < 8) await db.query(`INSERT INTO goal_assessments (report_id, goal_id, status) VALUES ($1, $2, 'ACHIEVED')`, [reportId, b2]);
        if (cohort === c2 && i < 2) await db.query(`INSERT INTO goal_assessments (report_id, goal_id, status) VALUES ($1, $2, 'ONGOING')`, [reportId, c2goal]);
      }
    }

    // Kolada's values for every kommun: KPI by gender (men 50, women 50 + gap), KPI_TOTAL only a total,
    // KPI_FEW for three of cohort 1 and everyone outside it.
    const kommuner: { code: string }[] = await db.query(`SELECT code FROM organizations WHERE kind = 'MUNICIPALITY'`);
    const rows: [string, string, number, number | null, number | null, number | null][] = [];
    for (const { code } of kommuner) {
      for (let year = 2020; year <= 2024; year++) {
        const g = gap(code, year);
        rows.push([KPI, code, year, 50 + g, 50, 50 + g / 2]);
        rows.push([KPI_TOTAL, code, year, null, null, 40 + year - 2020]);
        if (COHORT_1.slice(0, 3).includes(code) || !COHORT_1.includes(code)) rows.push([KPI_FEW, code, year, 30 + year - 2020, 30, 30]);
      }
    }
    rows.push([KPI, '0000', 2024, 99, 1, 50]); // Riket: never a participant or a comparison kommun
    await db.query(
      `INSERT INTO kolada_values (kpi_id, kolada_id, year, women, men, total)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::smallint[], $4::float8[], $5::float8[], $6::float8[])`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4]), rows.map((r) => r[5])],
    );
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('computes the difference-in-differences of the fixture by hand, with its interval and group sizes', async () => {
    const answer = await overview({ programmeId });
    expect(answer.minGroupSize).toBe(5);
    expect(answer.bootstrapReplicates).toBe(1000);
    expect(answer.participantsTotal).toBe(42);
    const k = figure(answer, KPI);
    expect(k.title).toBe('Påhittat nyckeltal med kön');
    expect(k.status).toBe('ESTIMATED');
    expect(k.participants).toBe(40);
    expect(k.awaitingData).toBe(2);
    expect(k.missingData).toBe(0);
    expect(k.comparison).toBe(await neverParticipated());
    expect(k.comparison).toBeGreaterThanOrEqual(5);
    expect(k.participantChange).toBeCloseTo(-3, 10);
    expect(k.comparisonChange).toBeCloseTo(0.5, 10);
    expect(k.difference).toBeCloseTo(-3.5, 10);
    // Every replicate lies in [−4, −2]: cohort 1's −4 or −2 against 0, cohort 2's −3 against +1.
    expect(k.lower as number).toBeGreaterThanOrEqual(-4);
    expect(k.upper as number).toBeLessThanOrEqual(-2);
    expect(k.lower as number).toBeLessThan(-3.5);
    expect(k.upper as number).toBeGreaterThan(-3.5);
    expect(k.sentence).toContain('−3,0 hos deltagarna och +0,5 hos övriga');
    expect(k.sentence).toContain('utesluter noll');
    const point = (offset: number) => k.series.find((p) => p.offset === offset);
    // Three years before: nobody has 2018/2019. Two before: only cohort 2 (2020), 20 participants.
    expect(point(-3)).toMatchObject({ participantGap: null, participantCount: 0, comparisonGap: null });
    expect(point(-2)).toMatchObject({ participantGap: 10, participantCount: 20, comparisonGap: 5 });
    expect(point(-1)).toMatchObject({ label: 'Året före start (utgångsläge)', participantGap: 10, participantCount: 40, comparisonGap: 5 });
    expect(point(0)).toMatchObject({ participantGap: 9, participantCount: 40, comparisonGap: 5 });
    expect(point(1)).toMatchObject({ label: 'Uppföljningsåret', participantGap: 7, participantCount: 40, comparisonGap: 5.5 });
  });

  it('says why a key figure has no estimate: no gender split, too few with values', async () => {
    const answer = await overview({ programmeId });
    expect(figure(answer, KPI_TOTAL)).toMatchObject({ status: 'NO_GENDER_SPLIT', difference: null, series: [] });
    expect(figure(answer, KPI_FEW)).toMatchObject({ status: 'TOO_FEW', participants: 3, missingData: 17, difference: null, lower: null, series: [] });
    expect(figure(answer, KPI_FEW).sentence).toContain('För få organisationer');
  });

  it('filters by focus area and generation; the comparison stays those who never took part', async () => {
    const none = await overview({ programmeId, focusArea: FOCUS_B });
    expect(none.keyFigures).toEqual([]);
    const generation1 = await overview({ programmeId, generation: 1 });
    expect(generation1.generations).toEqual([1]);
    expect(figure(generation1, KPI).participants).toBe(40);
    const generation2 = await overview({ programmeId, generation: 2 });
    expect(generation2.keyFigures).toEqual([]);
    expect(generation2.participantsTotal).toBe(0);
    const all = await overview();
    expect(figure(all, KPI).difference).toBeCloseTo(-3.5, 10);
    expect(all.comparisonTotal).toBeGreaterThanOrEqual(figure(all, KPI).comparison);
  });

  it('shows goal outcomes only for groups of five organisations or more, holding back one more when one is held back', async () => {
    const answer = await overview({ programmeId });
    const total = answer.goalOutcomeTotal as OutcomeGroup;
    expect(total).toMatchObject({ key: 'ALL', organizations: 40, suppressed: false, total: 50 });
    const byFocus = Object.fromEntries((answer.goalOutcomesByFocusArea as OutcomeGroup[]).map((g) => [g.key, g]));
    expect(byFocus[FOCUS_A]).toMatchObject({ organizations: 40, suppressed: false, achieved: 10, total: 40 });
    // C has two organisations; B's eight would give C away by subtraction from the total, so B is held back too.
    expect(byFocus[FOCUS_C]).toMatchObject({ organizations: 2, suppressed: true, achieved: null, total: null });
    expect(byFocus[FOCUS_B]).toMatchObject({ organizations: 8, suppressed: true, total: null });
    expect(answer.goalOutcomesByProgramme).toEqual([expect.objectContaining({ key: programmeId, organizations: 40, suppressed: false, total: 50 })]);
  });

  it('holds nothing personal and nothing below the group minimum, filtered or not', async () => {
    await platform.createUser(COHORT_1[0]); // someone in a participating kommun, with a name and an address
    const people: { email: string; name: string }[] = await platform.dataSource.query(`SELECT email, name FROM users`);
    const groupNames: { name: string }[] = await platform.dataSource.query(`SELECT DISTINCT name FROM working_group_members`);
    for (const filter of [null, { programmeId }, { programmeId, focusArea: FOCUS_A }, { generation: 1 }]) {
      const answer = await overview(filter);
      const text = JSON.stringify(answer);
      expect(text).not.toMatch(/@/);
      for (const p of people) expect(text).not.toContain(p.name);
      for (const g of groupNames) if (g.name.length > 3) expect(text).not.toContain(g.name);
      for (const k of answer.keyFigures as KeyFigure[]) {
        if (k.status === 'ESTIMATED') {
          expect(k.participants).toBeGreaterThanOrEqual(5);
          expect(k.comparison).toBeGreaterThanOrEqual(5);
        } else {
          expect([k.difference, k.lower, k.upper, k.participantChange, k.comparisonChange]).toEqual([null, null, null, null, null]);
        }
        for (const p of k.series) {
          if (p.participantGap !== null) expect(p.participantCount).toBeGreaterThanOrEqual(5);
          if (p.comparisonGap !== null) expect(p.comparisonCount).toBeGreaterThanOrEqual(5);
        }
      }
      for (const g of [answer.goalOutcomeTotal, ...answer.goalOutcomesByFocusArea, ...answer.goalOutcomesByProgramme] as OutcomeGroup[]) {
        if (g.total !== null) expect(g.organizations).toBeGreaterThanOrEqual(5);
        else expect(g.suppressed).toBe(true);
      }
    }
  });

  describe('statements', () => {
    async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        const result = await work();
        return { result, statements: spy.mock.calls.length };
      } finally {
        spy.mockRestore();
      }
    }

    it('runs seven statements to build the answer (290 kommuner × 3 key figures × 5 years), six when Kolada has not changed, one to answer again', async () => {
      const built: Record<string, number> = {};
      for (const [label, filter] of [
        ['all', null],
        ['programme', { programmeId }],
        ['focus area + generation', { programmeId, focusArea: FOCUS_A, generation: 1 }],
      ] as const) {
        // Kolada's values changed (a statement on kolada_values raises both versions, even one that touches no row).
        await platform.dataSource.query(`UPDATE kolada_values SET women = women WHERE false`);
        built[label] = (await statementsDuring(() => overview(filter))).statements;
        expect((await statementsDuring(() => overview(filter))).statements).toBe(1);
        // Something else changed: the values read at this Kolada version are used again.
        await platform.dataSource.query(`UPDATE impact_state SET version = version + 1`);
        expect((await statementsDuring(() => overview(filter))).statements).toBe(6);
      }
      console.log(`impactOverview statements: built ${JSON.stringify(built)}, 6 after a change elsewhere, answered again 1`);
      expect(Object.values(built)).toEqual([7, 7, 7]);
    });

    it('an unknown filter value costs the statements up to the check, and no more', async () => {
      await platform.dataSource.query(`UPDATE impact_state SET version = version + 1`);
      const { statements } = await statementsDuring(() => platform.gql(QUERY, { f: { programmeId: '00000000-0000-4000-8000-000000000000' } }));
      expect(statements).toBeLessThanOrEqual(4);
    });
  });

  it('is fresh after a change by plain SQL: the next answer has the new value', async () => {
    const before = figure(await overview({ programmeId }), KPI);
    // Cohort 2's first mentee now closes the gap by 13 instead of 3 in 2023 (the follow-up year).
    await platform.dataSource.query(`UPDATE kolada_values SET women = men - 3 WHERE kpi_id = $1 AND kolada_id = $2 AND year = 2023`, [KPI, COHORT_2[0]]);
    const after = figure(await overview({ programmeId }), KPI);
    expect(after.participantChange).toBeCloseTo((before.participantChange as number) - 10 / 40, 10);
    expect(after.difference).toBeCloseTo((before.difference as number) - 10 / 40, 10);
    await platform.dataSource.query(`UPDATE kolada_values SET women = men + 7 WHERE kpi_id = $1 AND kolada_id = $2 AND year = 2023`, [KPI, COHORT_2[0]]);
    expect(figure(await overview({ programmeId }), KPI).difference).toBeCloseTo(-3.5, 10);
  });

  it('refuses a malformed or unknown filter with a Swedish message on the field', async () => {
    for (const [filter, field] of [
      [{ programmeId: 'inte-ett-id' }, 'filter.programmeId'],
      [{ programmeId: '00000000-0000-4000-8000-000000000000' }, 'filter.programmeId'],
      [{ generation: 0 }, 'filter.generation'],
      [{ focusArea: 'x'.repeat(201) }, 'filter.focusArea'],
    ] as const) {
      const result = await platform.gql(QUERY, { f: filter });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field })]);
      expect(result.errors?.[0].message).toMatch(/[åäö]|Satsningen|Generationen|Fokusområdet/);
    }
  });

  describe('who may see it: everyone, the same answer', () => {
    it.each(['anonymous', 'processLeader', 'mentee', 'mentor', 'outsider'] as const)('%s', async (role) => {
      const token =
        role === 'anonymous'
          ? undefined
          : role === 'processLeader'
            ? pl
            : (await platform.createUser(role === 'mentee' ? COHORT_2[5] : role === 'mentor' ? MENTOR_2 : '1440')).token;
      const result = await platform.gql(QUERY, { f: { programmeId } }, token);
      expect(result.errors).toBeUndefined();
      const anonymous = await overview({ programmeId });
      expect(result.data?.impactOverview).toEqual(anonymous);
    });
  });
});
