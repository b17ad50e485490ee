import { randomUUID } from 'node:crypto';
import { computeProgress, Direction, Gender, ValuePoint, TargetPoint } from '@modellkommuner/shared';
import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { FakeKolada, startFakeKolada } from '../../../../test/kolada-server';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';
import { GoalErrors } from '../goal.errors';

// What the goals feature does (docs/domain.md, "Goals and indicators"): input checks, values that are
// updated and cleared (missing, never zero), progress and the gender gap, the overview, versions, removal
// with its audit entry, the cohort's states, and the CSV export byte for byte.

const MENTOR = '2083'; // Hedemora kommun
const HANINGE = '0136';
const HUDDINGE = '0126';
const LATECOMER = '0114'; // Upplands Väsby kommun: joins after the others
/** KPI ids of this file only (the run's files share the database). */
const KPI = 'X20001';

const CREATE_GOAL = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id version scope organization { code } } }`;
const UPDATE_GOAL = `mutation($id: ID!, $v: Int!, $i: UpdateGoalInput!) { updateGoal(id: $id, version: $v, input: $i) { id title version } }`;
const REMOVE_GOAL = `mutation($id: ID!, $v: Int!) { removeGoal(id: $id, version: $v) }`;
const ADD_INDICATOR = `mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id version koladaKpiId koladaKpiTitle baselinePeriod } }`;
const UPDATE_INDICATOR = `mutation($id: ID!, $v: Int!, $i: UpdateIndicatorInput!) { updateIndicator(id: $id, version: $v, input: $i) { id name version } }`;
const REMOVE_INDICATOR = `mutation($id: ID!, $v: Int!) { removeIndicator(id: $id, version: $v) }`;
const SET_TARGETS = `mutation($id: ID!, $t: [TargetInput!]!) { setTargets(indicatorId: $id, targets: $t) { id } }`;
const RECORD = `mutation($i: RecordMeasurementsInput!) { recordMeasurements(input: $i) { id period gender value source note } }`;
const CLEAR = `mutation($id: ID!, $c: String!, $cells: [MeasurementCellInput!]!) { clearMeasurements(indicatorId: $id, organizationCode: $c, cells: $cells) }`;
const TRANSITION = `mutation($id: ID!, $to: CohortStatus!, $v: Int!, $r: String) { transitionCohort(id: $id, to: $to, version: $v, reason: $r) { status version } }`;
const PROGRESS_FIELDS = 'baseline baselinePeriod latest latestPeriod target targetPeriod ratio status genderGap genderGapBaseline genderGapChange derivedTotal';

const BY_GENDER = { name: 'Andel heltidsanställda', unit: '%', direction: 'HIGHER_IS_BETTER', byGender: true };
const TOTAL_ONLY = { name: 'Sjukfrånvaro', unit: 'dagar', direction: 'LOWER_IS_BETTER', byGender: false };

interface Ref {
  id: string;
  version: number;
}

describe('goals and indicators', () => {
  let platform: TestPlatform;
  let fake: FakeKolada;
  let leader: string;
  let haninge: string;
  let cohortId: string;
  let goal: Ref;
  let gendered: Ref;
  let totalOnly: Ref;

  beforeAll(async () => {
    // Adding an indicator with a KPI id asks Kolada for its title: a local fake, never the real one.
    fake = await startFakeKolada();
    platform = await TestPlatform.start({ env: { KOLADA_BASE_URL: fake.baseUrl, KOLADA_TIMEOUT_MS: '1000' } });
    leader = await platform.loginProcessLeader();
    haninge = (await platform.createUser(HANINGE)).token;
    await makeEligible(platform, leader, MENTOR);
    cohortId = (await newCohort()).id;
    goal = await newGoal(cohortId, 'SHARED');
    gendered = await newIndicator(goal.id, BY_GENDER);
    totalOnly = await newIndicator(goal.id, TOTAL_ONLY);
  });
  afterAll(async () => {
    await platform.close();
    await fake.close();
  });

  // ---- helpers ----------------------------------------------------------------------------------

  async function newCohort(mentees = [HANINGE, HUDDINGE], extra: Record<string, unknown> = {}): Promise<{ id: string; version: number; name: string }> {
    const programme = await createProgramme(platform, leader, { maxMentees: 4 });
    return createCohort(platform, leader, programme.id, MENTOR, mentees, extra);
  }
  async function newGoal(cohort: string, scope: 'SHARED' | 'OWN', organizationCode?: string, title = scope === 'SHARED' ? 'Jämställda löner' : 'Eget mål'): Promise<Ref> {
    return (await platform.ok(CREATE_GOAL, { i: { cohortId: cohort, scope, title, ...(organizationCode ? { organizationCode } : {}) } }, leader)).createGoal;
  }
  async function newIndicator(goalId: string, settings: Record<string, unknown>): Promise<Ref> {
    return (await platform.ok(ADD_INDICATOR, { i: { goalId, ...settings } }, leader)).addIndicator;
  }
  function record(indicatorId: string, organizationCode: string, values: { period: string; gender: string; value: number; note?: string }[], token = leader): Promise<GqlResult<any>> {
    return platform.gql(RECORD, { i: { indicatorId, organizationCode, values } }, token);
  }
  async function rows(sql: string, params: unknown[] = []): Promise<any[]> {
    return platform.dataSource.query(sql, params);
  }
  /** Every table a goals operation writes, counted (and the audit log). */
  async function counts(): Promise<Record<string, number>> {
    const [row] = await rows(
      `SELECT (SELECT count(*) FROM goals)::int AS goals, (SELECT count(*) FROM indicators)::int AS indicators,
              (SELECT count(*) FROM indicator_targets)::int AS targets, (SELECT count(*) FROM measurements)::int AS measurements,
              (SELECT count(*) FROM audit_log)::int AS audit`,
    );
    return row;
  }
  const valuesOf = (indicatorId: string) =>
    rows(`SELECT o.code, m.period, m.gender, m.value, m.source FROM measurements m JOIN organizations o ON o.id = m.organization_id WHERE m.indicator_id = $1 ORDER BY o.code, m.period, m.gender::text`, [indicatorId]);

  // ---- bad input --------------------------------------------------------------------------------

  describe('bad input is BAD_USER_INPUT naming the field, and writes nothing', () => {
    /** The counts before the refused call (a case that sets something up first takes them again itself). */
    let countsBefore: Record<string, number>;
    const cell = (period: string, gender = 'TOTAL', value = 50) => ({ period, gender, value });
    const cases: [string, () => Promise<GqlResult<any>>, { field: string; message: string }[]][] = [
      ['a value of 1e13', () => record(gendered.id, HANINGE, [cell('2024', 'TOTAL', 1e13)]), [{ field: 'values.0.value', message: GoalErrors.valueInvalid }]],
      ['a value of -1e13', () => record(gendered.id, HANINGE, [cell('2024', 'TOTAL', -1e13)]), [{ field: 'values.0.value', message: GoalErrors.valueInvalid }]],
      ['a target of 1e13', () => platform.gql(SET_TARGETS, { id: gendered.id, t: [{ organizationCode: HANINGE, gender: 'TOTAL', value: 1e13, period: '2027' }] }, leader), [
        { field: 'targets.0.value', message: GoalErrors.valueInvalid },
      ]],
      ['a WOMEN value on an indicator not by gender', () => record(totalOnly.id, HANINGE, [cell('2024'), cell('2024', 'WOMEN')]), [{ field: 'values.1.gender', message: GoalErrors.genderNotByGender }]],
      ['a MEN target on an indicator not by gender', () => platform.gql(SET_TARGETS, { id: totalOnly.id, t: [{ organizationCode: HANINGE, gender: 'MEN', value: 5, period: '2027' }] }, leader), [
        { field: 'targets.0.gender', message: GoalErrors.genderNotByGender },
      ]],
      ...['2024-H3', '24', '2024/1', '2024-Q5', '1989', '2024 H1'].map((period): [string, () => Promise<GqlResult<any>>, { field: string; message: string }[]] => [
        `the period "${period}"`,
        () => record(gendered.id, HANINGE, [cell('2023'), cell(period)]),
        [{ field: 'values.1.period', message: GoalErrors.periodInvalid }],
      ]),
      ['a target period "2024-H3"', () => platform.gql(SET_TARGETS, { id: gendered.id, t: [{ organizationCode: HANINGE, gender: 'TOTAL', value: 5, period: '2024-H3' }] }, leader), [
        { field: 'targets.0.period', message: GoalErrors.periodInvalid },
      ]],
      ['a baseline period "24"', () => platform.gql(ADD_INDICATOR, { i: { goalId: goal.id, ...BY_GENDER, baselinePeriod: '24' } }, leader), [{ field: 'baselinePeriod', message: GoalErrors.periodInvalid }]],
      ['a period to clear "2024/1"', () => platform.gql(CLEAR, { id: gendered.id, c: HANINGE, cells: [{ period: '2024/1', gender: 'TOTAL' }] }, leader), [{ field: 'cells.0.period', message: GoalErrors.periodInvalid }]],
      ['the KPI id "n15419"', () => platform.gql(ADD_INDICATOR, { i: { goalId: goal.id, ...BY_GENDER, koladaKpiId: 'n15419' } }, leader), [{ field: 'koladaKpiId', message: GoalErrors.koladaKpiInvalid }]],
      ['the KPI id "N1541"', () => platform.gql(ADD_INDICATOR, { i: { goalId: goal.id, ...BY_GENDER, koladaKpiId: 'N1541' } }, leader), [{ field: 'koladaKpiId', message: GoalErrors.koladaKpiInvalid }]],
      ['the KPI id "N1541" asked of koladaKpi', () => platform.gql(`query { koladaKpi(id: "N1541") { title } }`, {}, leader), [{ field: 'id', message: GoalErrors.koladaKpiInvalid }]],
      ['the same cell twice ("2024-h1 " and "2024-H1")', () => record(gendered.id, HANINGE, [cell('2024-h1 ', 'WOMEN', 1), cell('2024-H1', 'WOMEN', 2)]), [
        { field: 'values.1.period', message: GoalErrors.duplicateCell('2024-H1', 'Kvinnor') },
      ]],
      ['two targets for one organisation and gender', () =>
        platform.gql(SET_TARGETS, { id: gendered.id, t: [{ organizationCode: HANINGE, gender: 'MEN', value: 5, period: '2027' }, { organizationCode: HANINGE, gender: 'MEN', value: 6, period: '2028' }] }, leader), [
        { field: 'targets.1.gender', message: GoalErrors.duplicateTarget('Män') },
      ]],
      ['an unknown focus area', () => platform.gql(CREATE_GOAL, { i: { cohortId, scope: 'SHARED', title: 'Mål', focusArea: 'Rymdfart' } }, leader), [
        { field: 'focusArea', message: GoalErrors.unknownFocusArea('Rymdfart') },
      ]],
      ['a value for Huddinge on Haninge’s own goal', async () => {
        const own = await newGoal(cohortId, 'OWN', HANINGE);
        const indicator = await newIndicator(own.id, TOTAL_ONLY);
        // Set up outside the counts: only the refused value must write nothing.
        countsBefore = await counts();
        return record(indicator.id, HUDDINGE, [cell('2024')]);
      }, [{ field: 'organizationCode', message: GoalErrors.organizationNotInGoal }]],
      ['several problems at once, each named', () => record(totalOnly.id, HANINGE, [cell('2024-H3', 'MEN', Number.MAX_VALUE)]), [
        { field: 'values.0.period', message: GoalErrors.periodInvalid },
        { field: 'values.0.gender', message: GoalErrors.genderNotByGender },
        { field: 'values.0.value', message: GoalErrors.valueInvalid },
      ]],
    ];

    it.each(cases)('%s', async (_name, run, fields) => {
      countsBefore = await counts();
      const result = await run();
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual(fields);
      expect(result.data ?? null).toBeNull();
      expect(await counts()).toEqual(countsBefore);
    });

    it('the bounds themselves are values: ±10^12 is stored', async () => {
      const indicator = await newIndicator(goal.id, TOTAL_ONLY);
      const result = await record(indicator.id, HANINGE, [cell('2023', 'TOTAL', 1e12), cell('2024', 'TOTAL', -1e12)]);
      expect(result.errors).toBeUndefined();
      expect((await valuesOf(indicator.id)).map((v) => v.value)).toEqual([1e12, -1e12]);
    });

    it('NaN and Infinity in JSON variables arrive as null (JSON has neither) and are refused before anything runs', async () => {
      const before = await counts();
      // JSON.stringify writes NaN and Infinity as null: what any JSON client sends for them.
      for (const value of [NaN, Infinity, -Infinity]) {
        const result = await record(gendered.id, HANINGE, [cell('2024', 'TOTAL', value)]);
        expect(result.status).toBe(400);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].message).toMatch(/^Variable "\$i" got invalid value null at "i\.values\[0\]\.value"; Expected non-nullable type "Float!" not to be null\.$/);
        expect(result.data ?? null).toBeNull();
      }
      expect(await counts()).toEqual(before);
    });

    it('NaN and Infinity written into the query text are not GraphQL floats: GRAPHQL_VALIDATION_FAILED', async () => {
      const before = await counts();
      for (const literal of ['NaN', 'Infinity', '-Infinity']) {
        const result = await platform.gql(
          `mutation($id: ID!) { recordMeasurements(input: { indicatorId: $id, organizationCode: "${HANINGE}", values: [{ period: "2024", gender: TOTAL, value: ${literal} }] }) { id } }`,
          { id: gendered.id },
          leader,
        );
        expect(result.status).toBe(400);
        // "-Infinity" does not even lex: "-" must be followed by a digit.
        expect(codeOf(result)).toBe(literal === '-Infinity' ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED');
        expect(result.data ?? null).toBeNull();
      }
      expect(await counts()).toEqual(before);
    });

    it('a float literal too large for a double (1e400) is Infinity once parsed: BAD_USER_INPUT on the value, as a literal and in JSON', async () => {
      const before = await counts();
      for (const literal of ['1e400', '-1e400']) {
        const value = await platform.gql(
          `mutation($id: ID!) { recordMeasurements(input: { indicatorId: $id, organizationCode: "${HANINGE}", values: [{ period: "2024", gender: TOTAL, value: ${literal} }] }) { id } }`,
          { id: gendered.id },
          leader,
        );
        expect(codeOf(value)).toBe('BAD_USER_INPUT');
        expect(value.errors?.[0].extensions?.fields).toEqual([{ field: 'values.0.value', message: GoalErrors.valueInvalid }]);
        const target = await platform.gql(
          `mutation($id: ID!) { setTargets(indicatorId: $id, targets: [{ organizationCode: "${HANINGE}", gender: TOTAL, value: ${literal}, period: "2027" }]) { id } }`,
          { id: gendered.id },
          leader,
        );
        expect(codeOf(target)).toBe('BAD_USER_INPUT');
        expect(target.errors?.[0].extensions?.fields).toEqual([{ field: 'targets.0.value', message: GoalErrors.valueInvalid }]);
      }
      // In a JSON body, 1e400 parses to Infinity, which the Float scalar refuses for a variable.
      const query = `mutation($i: RecordMeasurementsInput!) { recordMeasurements(input: $i) { id } }`;
      const body = `{"query":${JSON.stringify(query)},"variables":{"i":{"indicatorId":"${gendered.id}","organizationCode":"${HANINGE}","values":[{"period":"2024","gender":"TOTAL","value":1e400}]}}}`;
      const response = await fetch(`${platform.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${leader}` }, body });
      const answer = (await response.json()) as GqlResult;
      expect(response.status).toBe(400);
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(before);
    });

    it('a request body with a bare NaN is not JSON: HTTP 400 and nothing runs', async () => {
      const before = await counts();
      const query = `mutation($i: RecordMeasurementsInput!) { recordMeasurements(input: $i) { id } }`;
      const body = `{"query":${JSON.stringify(query)},"variables":{"i":{"indicatorId":"${gendered.id}","organizationCode":"${HANINGE}","values":[{"period":"2024","gender":"TOTAL","value":NaN}]}}}`;
      const response = await fetch(`${platform.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${leader}` }, body });
      expect(response.status).toBe(400);
      expect(await counts()).toEqual(before);
    });

    it('a target or a value for an indicator that does not exist is NOT_FOUND', async () => {
      const before = await counts();
      const missing = randomUUID();
      const target = await platform.gql(SET_TARGETS, { id: missing, t: [{ organizationCode: HANINGE, gender: 'TOTAL', value: 5, period: '2027' }] }, leader);
      expect([codeOf(target), target.errors?.[0].message]).toEqual(['NOT_FOUND', 'Indikatorn hittades inte.']);
      const value = await record(missing, HANINGE, [cell('2024')]);
      expect([codeOf(value), value.errors?.[0].message]).toEqual(['NOT_FOUND', 'Indikatorn hittades inte.']);
      expect(codeOf(await platform.gql(SET_TARGETS, { id: 'inte-ett-id', t: [] }, leader))).toBe('NOT_FOUND');
      expect(await counts()).toEqual(before);
    });

    it('a process leader naming an organisation outside the cohort is BAD_USER_INPUT on organizationCode', async () => {
      const before = await counts();
      const value = await record(gendered.id, '1280', [cell('2024')]);
      expect(codeOf(value)).toBe('BAD_USER_INPUT');
      expect(value.errors?.[0].extensions?.fields).toEqual([{ field: 'organizationCode', message: GoalErrors.notAMember('1280') }]);
      for (const code of ['1280', '9999']) {
        const own = await platform.gql(CREATE_GOAL, { i: { cohortId, scope: 'OWN', organizationCode: code, title: 'Fel organisation' } }, leader);
        expect(codeOf(own)).toBe('BAD_USER_INPUT');
        expect(own.errors?.[0].extensions?.fields).toEqual([{ field: 'organizationCode', message: GoalErrors.notAMember(code) }]);
      }
      expect(await counts()).toEqual(before);
    });
  });

  // ---- values: updated, cleared ------------------------------------------------------------------

  it('re-entering a value updates its row (one per indicator, organisation, period and gender), canonical period', async () => {
    const indicator = await newIndicator(goal.id, BY_GENDER);
    const first = await record(indicator.id, HANINGE, [{ period: '2024-h1', gender: 'WOMEN', value: 41.5, note: 'Från HR' }], haninge);
    expect(first.errors).toBeUndefined();
    const again = await record(indicator.id, HANINGE, [{ period: ' 2024-H1 ', gender: 'WOMEN', value: 43 }], haninge);
    expect(again.data?.recordMeasurements).toEqual([{ id: first.data?.recordMeasurements[0].id, period: '2024-H1', gender: 'WOMEN', value: 43, source: 'MANUAL', note: null }]);
    expect(await valuesOf(indicator.id)).toEqual([{ code: HANINGE, period: '2024-H1', gender: 'WOMEN', value: 43, source: 'MANUAL' }]);
    // Another gender of the same period is a cell of its own.
    await platform.ok(RECORD, { i: { indicatorId: indicator.id, organizationCode: HANINGE, values: [{ period: '2024-H1', gender: 'MEN', value: 40 }] } }, haninge);
    expect((await valuesOf(indicator.id)).map((v) => [v.gender, v.value])).toEqual([['MEN', 40], ['WOMEN', 43]]);
  });

  it('an indicator’s measurements come in period order (by when the period ends), whatever their spelling', async () => {
    const indicator = await newIndicator(goal.id, TOTAL_ONLY);
    const periods = ['2024', '2024-H1', '2024-Q1', '2023-H2', '2023', '2024-Q3'];
    await platform.ok(RECORD, { i: { indicatorId: indicator.id, organizationCode: HANINGE, values: periods.map((period, i) => ({ period, gender: 'TOTAL', value: i })) } }, haninge);
    const read = await platform.ok(
      `query($id: ID!) { cohort(id: $id) { goalOverview { indicators { id measurements(organizationCode: "${HANINGE}") { period } } } } }`,
      { id: cohortId },
      haninge,
    );
    const got = read.cohort.goalOverview.indicators.find((i: { id: string }) => i.id === indicator.id);
    // 2023 and 2023-H2 both end in December 2023: the one that starts first comes first (comparePeriods).
    expect(got.measurements.map((m: { period: string }) => m.period)).toEqual(['2023', '2023-H2', '2024-Q1', '2024-H1', '2024-Q3', '2024']);
  });

  it('clearMeasurements deletes the cells (missing again, never 0), returns how many there were, and progress says null', async () => {
    const indicator = await newIndicator(goal.id, { ...BY_GENDER, name: 'Att rensa' });
    await platform.ok(RECORD, { i: { indicatorId: indicator.id, organizationCode: HANINGE, values: [
      { period: '2023', gender: 'TOTAL', value: 10 }, { period: '2024', gender: 'TOTAL', value: 12 }, { period: '2024', gender: 'WOMEN', value: 13 },
    ] } }, haninge);
    const progress = async () =>
      (await platform.ok(`query($id: ID!) { cohort(id: $id) { goalOverview { indicators { id progress(organizationCode: "${HANINGE}") { baseline latest status } } } } }`, { id: cohortId }, haninge))
        .cohort.goalOverview.indicators.find((i: { id: string }) => i.id === indicator.id).progress;
    expect(await progress()).toEqual({ baseline: 10, latest: 12, status: 'ON_TRACK' });

    const cleared = await platform.ok(CLEAR, { id: indicator.id, c: HANINGE, cells: [{ period: '2023', gender: 'TOTAL' }, { period: '2024', gender: 'TOTAL' }, { period: '2025', gender: 'TOTAL' }] }, haninge);
    expect(cleared.clearMeasurements).toBe(2);
    expect(await valuesOf(indicator.id)).toEqual([{ code: HANINGE, period: '2024', gender: 'WOMEN', value: 13, source: 'MANUAL' }]);
    expect(await progress()).toEqual({ baseline: null, latest: null, status: 'NO_DATA' });
    const audit = await rows(`SELECT action, before FROM audit_log WHERE entity_id = $1 AND action = 'measurements.clear'`, [indicator.id]);
    expect(audit).toEqual([{ action: 'measurements.clear', before: { organizationId: expect.any(String), values: ['2023 TOTAL 10', '2024 TOTAL 12'] } }]);
    // Nothing left to clear: 0, and no audit entry for it.
    expect((await platform.ok(CLEAR, { id: indicator.id, c: HANINGE, cells: [{ period: '2023', gender: 'TOTAL' }] }, haninge)).clearMeasurements).toBe(0);
    expect(await rows(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'measurements.clear'`, [indicator.id])).toEqual([{ n: 1 }]);
  });

  // ---- progress ---------------------------------------------------------------------------------

  it('progress and the gender gap of a by-gender indicator over two periods with targets: as computeProgress says', async () => {
    const indicator = await newIndicator(goal.id, { ...BY_GENDER, name: 'Andel chefer med löneansvar', baselinePeriod: '2022' });
    const values: ValuePoint[] = [
      { period: '2022', gender: Gender.WOMEN, value: 60 },
      { period: '2022', gender: Gender.MEN, value: 50 },
      { period: '2024', gender: Gender.WOMEN, value: 70 },
      { period: '2024', gender: Gender.MEN, value: 56 },
    ];
    const targets: TargetPoint[] = [
      { gender: Gender.TOTAL, value: 75, period: '2026' },
      { gender: Gender.WOMEN, value: 75, period: '2026' },
      { gender: Gender.MEN, value: 70, period: '2026' },
    ];
    await platform.ok(RECORD, { i: { indicatorId: indicator.id, organizationCode: HANINGE, values } }, haninge);
    await platform.ok(SET_TARGETS, { id: indicator.id, t: targets.map((t) => ({ organizationCode: HANINGE, ...t })) }, haninge);
    // Another organisation's values do not count for Haninge.
    await platform.ok(RECORD, { i: { indicatorId: indicator.id, organizationCode: HUDDINGE, values: [{ period: '2025', gender: 'TOTAL', value: 1 }] } }, leader);

    const read = await platform.ok(
      `query($id: ID!) { cohort(id: $id) { goalOverview { indicators { id
         total: progress(organizationCode: "${HANINGE}") { ${PROGRESS_FIELDS} }
         women: progress(organizationCode: "${HANINGE}", gender: WOMEN) { ${PROGRESS_FIELDS} }
         men: progress(organizationCode: "${HANINGE}", gender: MEN) { ${PROGRESS_FIELDS} }
         nobody: progress(organizationCode: "${MENTOR}") { ${PROGRESS_FIELDS} } } } } }`,
      { id: cohortId },
      haninge,
    );
    const got = read.cohort.goalOverview.indicators.find((i: { id: string }) => i.id === indicator.id);
    const input = { direction: Direction.HIGHER_IS_BETTER, byGender: true, baselinePeriod: '2022', values, targets };
    expect(got.total).toEqual(computeProgress(input, Gender.TOTAL));
    expect(got.women).toEqual(computeProgress(input, Gender.WOMEN));
    expect(got.men).toEqual(computeProgress(input, Gender.MEN));
    // And in figures: TOTAL derived as the mean of women and men (55 → 63 of 75), half the time gone.
    expect(got.total).toEqual({
      baseline: 55, baselinePeriod: '2022', latest: 63, latestPeriod: '2024', target: 75, targetPeriod: '2026', ratio: 0.4, status: 'ON_TRACK',
      genderGap: 14, genderGapBaseline: 10, genderGapChange: 4, derivedTotal: true,
    });
    expect(got.women).toMatchObject({ baseline: 60, latest: 70, ratio: 0.666667, status: 'ON_TRACK', derivedTotal: false });
    expect(got.men).toMatchObject({ baseline: 50, latest: 56, ratio: 0.3, status: 'AT_RISK' });
    // Missing stays missing: the mentor has no values, and nothing is 0.
    expect(got.nobody).toEqual({
      baseline: null, baselinePeriod: null, latest: null, latestPeriod: null, target: null, targetPeriod: null, ratio: null, status: 'NO_DATA',
      genderGap: null, genderGapBaseline: null, genderGapChange: null, derivedTotal: false,
    });
  });

  // ---- overview ---------------------------------------------------------------------------------

  it('goalOverview: a row per current member (mentor first, then as they joined) × the SHARED indicators only', async () => {
    const cohort = await newCohort([HUDDINGE, HANINGE]);
    const shared = await newGoal(cohort.id, 'SHARED');
    const first = await newIndicator(shared.id, BY_GENDER);
    const second = await newIndicator(shared.id, TOTAL_ONLY);
    const own = await newGoal(cohort.id, 'OWN', HANINGE);
    const ownIndicator = await newIndicator(own.id, TOTAL_ONLY);
    await platform.ok(`mutation($id: ID!) { addMentee(cohortId: $id, organizationCode: "${LATECOMER}") { id } }`, { id: cohort.id }, leader);
    const query = `query($id: ID!) { cohort(id: $id) { goalOverview { indicators { id } rows { organization { code } role cells { indicatorId } } } } }`;
    const overview = (await platform.ok(query, { id: cohort.id }, haninge)).cohort.goalOverview;
    expect(overview.indicators.map((i: { id: string }) => i.id)).toEqual([first.id, second.id]);
    expect(overview.indicators.map((i: { id: string }) => i.id)).not.toContain(ownIndicator.id);
    const codes = overview.rows.map((r: any) => r.organization.code);
    expect(codes[0]).toBe(MENTOR);
    expect(overview.rows[0].role).toBe('MENTOR');
    expect(codes.slice(1, 3).sort()).toEqual([HANINGE, HUDDINGE].sort());
    expect(codes[3]).toBe(LATECOMER);
    for (const row of overview.rows) expect(row.cells).toEqual([{ indicatorId: first.id }, { indicatorId: second.id }]);
    // A member that withdraws leaves the overview.
    await platform.ok(`mutation($id: ID!) { withdrawMember(cohortId: $id, organizationCode: "${HUDDINGE}", reason: "Prioriterar om") { id } }`, { id: cohort.id }, leader);
    const after = (await platform.ok(query, { id: cohort.id }, leader)).cohort.goalOverview;
    expect(after.rows.map((r: any) => r.organization.code)).toEqual([MENTOR, HANINGE, LATECOMER]);
  });

  it('the goals page’s query (every goal, its indicators, one organisation’s values, targets and progress) is within the cost limit', async () => {
    const result = await platform.gql(
      `query($id: ID!, $code: String!) { cohort(id: $id) { id name status
         members { id role withdrawnAt organization { id code name shortName } }
         koladaSync { id status requestedAt finishedAt created updated skipped message problems }
         goals { id scope title description focusArea version updatedAt organization { id code name }
           indicators { id name unit direction byGender koladaKpiId koladaKpiTitle baselinePeriod version valueCount
             measurements(organizationCode: $code) { id period gender value source }
             targets(organizationCode: $code) { gender period value }
             progress(organizationCode: $code) { ${PROGRESS_FIELDS} } } } }
         vocabularies { focusAreas } }`,
      { id: cohortId, code: HANINGE },
      haninge,
    );
    expect(result.errors).toBeUndefined();
    const found = result.data?.cohort.goals.find((g: { id: string }) => g.id === goal.id);
    expect(found.indicators.map((i: { id: string }) => i.id).slice(0, 2)).toEqual([gendered.id, totalOnly.id]);
  });

  // ---- versions ---------------------------------------------------------------------------------

  describe('a stale version is CONFLICT with extensions.currentVersion, and changes nothing', () => {
    const goalRow = (id: string) => rows(`SELECT title, version, updated_at FROM goals WHERE id = $1`, [id]);
    const indicatorRow = (id: string) => rows(`SELECT name, version, updated_at FROM indicators WHERE id = $1`, [id]);
    const GOAL_STALE = 'Målet har ändrats sedan du läste det. Ladda om och försök igen.';
    const INDICATOR_STALE = 'Indikatorn har ändrats sedan du läste den. Ladda om och försök igen.';

    it.each([
      ['updateGoal', 'goal', (id: string) => platform.gql(UPDATE_GOAL, { id, v: 1, i: { title: 'Krock' } }, leader)],
      ['removeGoal', 'goal', (id: string) => platform.gql(REMOVE_GOAL, { id, v: 1 }, leader)],
      ['updateIndicator', 'indicator', (id: string) => platform.gql(UPDATE_INDICATOR, { id, v: 1, i: { ...BY_GENDER, name: 'Krock' } }, leader)],
      ['removeIndicator', 'indicator', (id: string) => platform.gql(REMOVE_INDICATOR, { id, v: 1 }, leader)],
    ] as const)('%s', async (_name, kind, run) => {
      const g = await newGoal(cohortId, 'SHARED');
      const i = await newIndicator(g.id, BY_GENDER);
      let id: string;
      if (kind === 'goal') {
        await platform.ok(UPDATE_GOAL, { id: g.id, v: 1, i: { title: 'Första ändringen' } }, leader);
        await platform.ok(UPDATE_GOAL, { id: g.id, v: 2, i: { title: 'Andra ändringen' } }, leader);
        id = g.id;
      } else {
        await platform.ok(UPDATE_INDICATOR, { id: i.id, v: 1, i: { ...BY_GENDER, name: 'Första ändringen' } }, leader);
        await platform.ok(UPDATE_INDICATOR, { id: i.id, v: 2, i: { ...BY_GENDER, name: 'Andra ändringen' } }, leader);
        id = i.id;
      }
      const row = kind === 'goal' ? goalRow : indicatorRow;
      const before = { row: await row(id), counts: await counts() };
      expect(before.row).toMatchObject([{ version: 3 }]);
      const result = await run(id);
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0].message).toBe(kind === 'goal' ? GOAL_STALE : INDICATOR_STALE);
      expect(result.errors?.[0].extensions?.currentVersion).toBe(3);
      expect({ row: await row(id), counts: await counts() }).toEqual(before);
    });
  });

  // ---- removal ----------------------------------------------------------------------------------

  it('removing a goal removes its indicators, targets and values, and the audit entry says how many', async () => {
    const g = await newGoal(cohortId, 'OWN', HANINGE);
    const a = await newIndicator(g.id, BY_GENDER);
    const b = await newIndicator(g.id, TOTAL_ONLY);
    await platform.ok(RECORD, { i: { indicatorId: a.id, organizationCode: HANINGE, values: [{ period: '2023', gender: 'WOMEN', value: 1 }, { period: '2023', gender: 'MEN', value: 2 }, { period: '2024', gender: 'TOTAL', value: 3 }] } }, haninge);
    await platform.ok(RECORD, { i: { indicatorId: b.id, organizationCode: HANINGE, values: [{ period: '2023', gender: 'TOTAL', value: 4 }, { period: '2024', gender: 'TOTAL', value: 5 }] } }, haninge);
    await platform.ok(SET_TARGETS, { id: a.id, t: [{ organizationCode: HANINGE, gender: 'TOTAL', value: 9, period: '2026' }] }, haninge);
    const before = await counts();
    expect(await platform.ok(REMOVE_GOAL, { id: g.id, v: 1 }, haninge)).toEqual({ removeGoal: true });
    expect(await counts()).toEqual({ ...before, goals: before.goals - 1, indicators: before.indicators - 2, measurements: before.measurements - 5, targets: before.targets - 1, audit: before.audit + 1 });
    expect(await rows(`SELECT count(*)::int AS n FROM measurements WHERE indicator_id = ANY($1::uuid[])`, [[a.id, b.id]])).toEqual([{ n: 0 }]);
    const audit = await rows(`SELECT action, entity, reason, before->>'title' AS title FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [g.id]);
    expect(audit).toEqual([{ action: 'goal.remove', entity: 'Goal', reason: 'Togs bort med 2 indikator(er) och 5 värde(n).', title: 'Eget mål' }]);
    expect(audit[0].reason).toBe(GoalErrors.removedWith(2, 5));
  });

  it('an indicator with WOMEN/MEN values cannot be made not-by-gender (BAD_USER_INPUT on byGender)', async () => {
    const i = await newIndicator(goal.id, BY_GENDER);
    await platform.ok(RECORD, { i: { indicatorId: i.id, organizationCode: HANINGE, values: [{ period: '2023', gender: 'MEN', value: 2 }] } }, haninge);
    const result = await platform.gql(UPDATE_INDICATOR, { id: i.id, v: 1, i: { ...BY_GENDER, byGender: false } }, leader);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual([{ field: 'byGender', message: GoalErrors.byGenderCannotChange }]);
    expect(await rows(`SELECT by_gender, version FROM indicators WHERE id = $1`, [i.id])).toEqual([{ by_gender: true, version: 1 }]);
  });

  // ---- the cohort's states ----------------------------------------------------------------------

  it('a CANCELLED cohort takes no values or targets (CONFLICT) and no goals', async () => {
    const cohort = await newCohort();
    const g = await newGoal(cohort.id, 'SHARED');
    const i = await newIndicator(g.id, BY_GENDER);
    await platform.ok(RECORD, { i: { indicatorId: i.id, organizationCode: HANINGE, values: [{ period: '2023', gender: 'TOTAL', value: 1 }] } }, haninge);
    await platform.ok(TRANSITION, { id: cohort.id, to: 'CANCELLED', v: cohort.version, r: 'Mentorn kan inte fortsätta' }, leader);
    const before = await counts();
    const value = await record(i.id, HANINGE, [{ period: '2024', gender: 'TOTAL', value: 2 }], haninge);
    expect([codeOf(value), value.errors?.[0].message]).toEqual(['CONFLICT', GoalErrors.measurementsClosed]);
    const target = await platform.gql(SET_TARGETS, { id: i.id, t: [{ organizationCode: HANINGE, gender: 'TOTAL', value: 5, period: '2027' }] }, haninge);
    expect(codeOf(target)).toBe('CONFLICT');
    const cleared = await platform.gql(CLEAR, { id: i.id, c: HANINGE, cells: [{ period: '2023', gender: 'TOTAL' }] }, haninge);
    expect(codeOf(cleared)).toBe('CONFLICT');
    const created = await platform.gql(CREATE_GOAL, { i: { cohortId: cohort.id, scope: 'SHARED', title: 'För sent' } }, leader);
    expect([codeOf(created), created.errors?.[0].message]).toEqual(['CONFLICT', 'Omgången är avbruten; dess mål kan inte längre ändras.']);
    expect(await counts()).toEqual(before);
  });

  it('a CONCLUDED cohort’s goals are closed (CONFLICT), but its values and targets still arrive', async () => {
    const cohort = await newCohort();
    const g = await newGoal(cohort.id, 'SHARED');
    const i = await newIndicator(g.id, BY_GENDER);
    let version = cohort.version;
    for (const to of ['ACTIVE', 'FOLLOW_UP', 'CONCLUDED']) {
      version = (await platform.ok(TRANSITION, { id: cohort.id, to, v: version, r: 'Uppföljningen redovisad' }, leader)).transitionCohort.version;
    }
    const before = await counts();
    const created = await platform.gql(CREATE_GOAL, { i: { cohortId: cohort.id, scope: 'SHARED', title: 'För sent' } }, leader);
    expect([codeOf(created), created.errors?.[0].message]).toEqual(['CONFLICT', 'Omgången är avslutad; dess mål kan inte längre ändras.']);
    expect(codeOf(await platform.gql(UPDATE_GOAL, { id: g.id, v: 1, i: { title: 'Ändrat' } }, leader))).toBe('CONFLICT');
    expect(codeOf(await platform.gql(ADD_INDICATOR, { i: { goalId: g.id, ...TOTAL_ONLY } }, leader))).toBe('CONFLICT');
    expect(codeOf(await platform.gql(REMOVE_INDICATOR, { id: i.id, v: 1 }, leader))).toBe('CONFLICT');
    expect(await counts()).toEqual(before);

    const value = await record(i.id, HANINGE, [{ period: '2025', gender: 'TOTAL', value: 7.5 }], haninge);
    expect(value.errors).toBeUndefined();
    await platform.ok(SET_TARGETS, { id: i.id, t: [{ organizationCode: HANINGE, gender: 'TOTAL', value: 9, period: '2027' }] }, haninge);
    expect(await valuesOf(i.id)).toEqual([{ code: HANINGE, period: '2025', gender: 'TOTAL', value: 7.5, source: 'MANUAL' }]);
    expect(await counts()).toMatchObject({ measurements: before.measurements + 1, targets: before.targets + 1 });
  });

  // ---- CSV --------------------------------------------------------------------------------------

  it('the CSV export, byte for byte: BOM, ";", CRLF, decimal comma, empty for missing, quoted and defused text', async () => {
    const name = `Omgång Export ${randomUUID().slice(0, 6)}`;
    const cohort = await newCohort([HANINGE, HUDDINGE], { name });
    const shared = await newGoal(cohort.id, 'SHARED', undefined, '=Lika lön; lika villkor');
    const pay = await newIndicator(shared.id, { ...BY_GENDER, name: 'Andel med heltid', koladaKpiId: KPI });
    const gap = await newIndicator(shared.id, { ...TOTAL_ONLY, name: 'Förändring av lönegapet', unit: 'procentenheter' });
    const own = await newGoal(cohort.id, 'OWN', HUDDINGE, 'Huddinges "egna" mål');
    const trained = await newIndicator(own.id, { ...TOTAL_ONLY, name: 'Utbildade chefer', unit: 'antal', direction: 'HIGHER_IS_BETTER' });
    const put = (indicatorId: string, code: string, values: { period: string; gender: string; value: number }[]) => platform.ok(RECORD, { i: { indicatorId, organizationCode: code, values } }, leader);
    await put(pay.id, HANINGE, [{ period: '2023', gender: 'WOMEN', value: 45.5 }, { period: '2023', gender: 'TOTAL', value: 50 }, { period: '2024-H1', gender: 'MEN', value: 60.25 }]);
    await put(gap.id, HANINGE, [{ period: '2023', gender: 'TOTAL', value: -0.75 }]);
    await put(gap.id, HUDDINGE, [{ period: '2023', gender: 'TOTAL', value: 1234567.5 }]);
    await put(trained.id, HUDDINGE, [{ period: '2024-Q1', gender: 'TOTAL', value: 12 }, { period: '2023', gender: 'TOTAL', value: 10 }]);
    // The mentor's TOTAL for 2024 comes from Kolada, its WOMEN value was typed after: the row names both
    // sources, in a fixed order whatever order the rows were written in.
    const imported = await platform.ok(`mutation($j: String!) { importKoladaValues(json: $j) { created } }`, {
      j: JSON.stringify({ values: [{ kpi: KPI, municipality: MENTOR, period: 2024, values: [{ gender: 'T', value: 75 }] }] }),
    }, leader);
    expect(imported.importKoladaValues.created).toBe(1);
    await put(pay.id, MENTOR, [{ period: '2024', gender: 'WOMEN', value: 80 }]);

    const csv = async (path: string) => {
      const response = await fetch(`${platform.baseUrl}/exports/cohorts/${cohort.id}${path}`, { headers: { authorization: `Bearer ${haninge}` } });
      return { response, body: Buffer.from(await response.arrayBuffer()).toString('utf8') };
    };
    const { response, body } = await csv('/measurements.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const slug = name.toLowerCase().replace('å', 'a').replace(/ /g, '-');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${slug}-matvarden.csv"`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(body).toBe(
      '\uFEFF' +
        'Organisation;Kod;Mål;Målet gäller;Indikator;Enhet;Kolada-id;Period;Kvinnor;Män;Totalt;Källa\r\n' +
        `Haninge kommun;0136;"'=Lika lön; lika villkor";Gemensamt mål;Andel med heltid;%;${KPI};2023;45,5;;50;Inmatat\r\n` +
        `Haninge kommun;0136;"'=Lika lön; lika villkor";Gemensamt mål;Andel med heltid;%;${KPI};2024-H1;;60,25;;Inmatat\r\n` +
        `Haninge kommun;0136;"'=Lika lön; lika villkor";Gemensamt mål;Förändring av lönegapet;procentenheter;;2023;;;-0,75;Inmatat\r\n` +
        `Hedemora kommun;2083;"'=Lika lön; lika villkor";Gemensamt mål;Andel med heltid;%;${KPI};2024;80;;75;Inmatat, Kolada\r\n` +
        `Huddinge kommun;0126;"'=Lika lön; lika villkor";Gemensamt mål;Förändring av lönegapet;procentenheter;;2023;;;1234567,5;Inmatat\r\n` +
        'Huddinge kommun;0126;"Huddinges ""egna"" mål";Eget mål;Utbildade chefer;antal;;2023;;;10;Inmatat\r\n' +
        'Huddinge kommun;0126;"Huddinges ""egna"" mål";Eget mål;Utbildade chefer;antal;;2024-Q1;;;12;Inmatat\r\n',
    );

    const one = await csv(`/organizations/${HUDDINGE}/measurements.csv`);
    expect(one.response.status).toBe(200);
    expect(one.response.headers.get('content-disposition')).toBe(`attachment; filename="${slug}-${HUDDINGE}-matvarden.csv"`);
    expect(one.body).toBe(
      '\uFEFF' +
        'Organisation;Kod;Mål;Målet gäller;Indikator;Enhet;Kolada-id;Period;Kvinnor;Män;Totalt;Källa\r\n' +
        `Huddinge kommun;0126;"'=Lika lön; lika villkor";Gemensamt mål;Förändring av lönegapet;procentenheter;;2023;;;1234567,5;Inmatat\r\n` +
        'Huddinge kommun;0126;"Huddinges ""egna"" mål";Eget mål;Utbildade chefer;antal;;2023;;;10;Inmatat\r\n' +
        'Huddinge kommun;0126;"Huddinges ""egna"" mål";Eget mål;Utbildade chefer;antal;;2024-Q1;;;12;Inmatat\r\n',
    );
    // An organisation that is not in the cohort, and a cohort id that is none: 404.
    expect((await csv(`/organizations/1280/measurements.csv`)).response.status).toBe(404);
    const bad = await fetch(`${platform.baseUrl}/exports/cohorts/inte-ett-id/measurements.csv`, { headers: { authorization: `Bearer ${leader}` } });
    expect(bad.status).toBe(404);
  });
});
