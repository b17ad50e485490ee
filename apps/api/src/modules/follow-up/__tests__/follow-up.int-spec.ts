import { addMonths, stockholmDate } from '@modellkommuner/shared';
import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';

// Follow-up reports end to end (docs/domain.md, "Follow-up and review"): the report's states and every
// refused step, the snapshot taken at submission, versions, checkpoints, the list with days overdue,
// conclusion and graduation, the learning-example draft made from a report, and the goal a submitted
// report keeps. Each refused mutation is shown to have written nothing.

// Codes no other test file uses (the run's files share the database). Graduation marks an organisation
// mentor-eligible for good, so each conclusion test has mentees of its own.
const MENTOR = '1083'; // Sölvesborg
const A = '1214'; // Svalöv
const B = '1230'; // Staffanstorp
const GRAD_APPROVED = '1231'; // Burlöv: approved, the cohort concludes with a reason
const GRAD_LATE = '1233'; // Vellinge: submitted, never approved
const ALL_1 = '1256'; // Östra Göinge
const ALL_2 = '1257'; // Örkelljunga: already mentor-eligible before it graduates
const ALL_GONE = '1260'; // Bjuv: withdraws, writes nothing

const TRANSITION = `mutation($id: ID!, $to: CohortStatus!, $v: Int!, $r: String) { transitionCohort(id: $id, to: $to, version: $v, reason: $r) { status version } }`;
const REPORT_FIELDS = `id status version summary whatWorked challenges nextSteps submittedAt organization { code }
  goalAssessments { goal { id } status comment } reviews { decision comment reviewer { id } }`;
const SAVE = `mutation($i: SaveFollowUpReportInput!) { saveFollowUpReport(input: $i) { ${REPORT_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitFollowUpReport(id: $id, version: $v) { ${REPORT_FIELDS} } }`;
const REVIEW = `mutation($i: ReviewInput!) { reviewFollowUpReport(input: $i) { id decision comment } }`;
const REPORT = `query($id: ID!) { followUpReport(id: $id) { ${REPORT_FIELDS} } }`;
const SNAPSHOT = `query($id: ID!) { followUpReport(id: $id) { snapshot { takenAt indicators {
  id goalId goalTitle name unit byGender baselinePeriod values { period gender value } targets { gender value period }
  progress { baseline baselinePeriod latest latestPeriod genderGap genderGapBaseline genderGapChange }
  progressByGender { gender progress { baseline latest latestPeriod } } } } } }`;
const ADD_CHECKPOINT = `mutation($c: ID!, $k: CheckpointKind!, $d: Date!) { addCheckpoint(cohortId: $c, kind: $k, dueDate: $d) { id kind dueDate } }`;
const EXAMPLE = `mutation($id: ID!) { createExampleDraftFromReport(reportId: $id) {
  id slug status title summary background implementation successFactors results periodStart periodEnd organizations { code } cohort { id } } }`;
const CREATE_GOAL = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id version } }`;
const REMOVE_GOAL = `mutation($id: ID!, $v: Int!) { removeGoal(id: $id, version: $v) }`;
const ADD_INDICATOR = `mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }`;
const RECORD_VALUES = `mutation($i: RecordMeasurementsInput!) { recordMeasurements(input: $i) { period } }`;
const SET_TARGETS = `mutation($id: ID!, $t: [TargetInput!]!) { setTargets(indicatorId: $id, targets: $t) { id } }`;
const ROWS = `query($c: ID) { followUpReports(cohortId: $c) { checkpoint { kind } organization { code } role status dueDate daysOverdue report { id } } }`;

interface Cohort {
  id: string;
  version: number;
  oneYear: string;
}
interface Report {
  id: string;
  version: number;
  status: string;
}

describe('follow-up reports', () => {
  let platform: TestPlatform;
  let leader: string;
  let leaderId: string;
  const token: Record<string, string> = {};
  const userId: Record<string, string> = {};

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
    leaderId = (await platform.dataSource.query(`SELECT id FROM users WHERE role = 'PROCESS_LEADER' ORDER BY created_at LIMIT 1`))[0].id;
    await makeEligible(platform, leader, MENTOR);
    for (const code of [MENTOR, A, B, GRAD_APPROVED, GRAD_LATE, ALL_1, ALL_2, ALL_GONE]) {
      const user = await platform.createUser(code);
      token[code] = user.token;
      userId[code] = user.id;
    }
  });
  afterAll(() => platform.close());

  // ---- helpers ----------------------------------------------------------------------------------

  const one = async (sql: string, params: unknown[] = []) => (await platform.dataSource.query(sql, params))[0];
  const fieldsOf = (result: GqlResult) => result.errors?.[0]?.extensions?.fields?.map((f) => f.field);

  /** A cohort of a programme of its own (PLANNED, or moved on by the process leader). */
  async function newCohort(
    mentees: string[],
    status: 'PLANNED' | 'ACTIVE' | 'FOLLOW_UP' = 'ACTIVE',
    extra: Record<string, unknown> = {},
  ): Promise<Cohort> {
    const programme = await createProgramme(platform, leader);
    const cohort = await createCohort(platform, leader, programme.id, MENTOR, mentees, extra);
    const out: Cohort = {
      id: cohort.id,
      version: cohort.version,
      oneYear: cohort.checkpoints.find((c: { kind: string }) => c.kind === 'ONE_YEAR').id,
    };
    for (const step of status === 'PLANNED' ? [] : status === 'ACTIVE' ? ['ACTIVE'] : ['ACTIVE', 'FOLLOW_UP']) await transition(out, step);
    return out;
  }
  async function transition(cohort: Cohort, to: string, reason?: string): Promise<GqlResult<any>> {
    const result = await platform.gql(TRANSITION, { id: cohort.id, to, v: cohort.version, r: reason }, leader);
    if (result.data?.transitionCohort) cohort.version = result.data.transitionCohort.version;
    return result;
  }
  async function goal(
    cohort: Cohort,
    scope: 'SHARED' | 'OWN',
    title: string,
    organizationCode?: string,
  ): Promise<{ id: string; version: number }> {
    return (
      await platform.ok(
        CREATE_GOAL,
        { i: { cohortId: cohort.id, scope, title, ...(organizationCode ? { organizationCode } : {}) } },
        leader,
      )
    ).createGoal;
  }
  const save = (code: string, input: Record<string, unknown>, as = code) =>
    platform.gql(SAVE, { i: { organizationCode: code, ...input } }, token[as]);
  const submit = (code: string, report: { id: string; version: number }) =>
    platform.gql(SUBMIT, { id: report.id, v: report.version }, token[code]);
  const review = (tokenOf: string, reportId: string, decision: 'APPROVE' | 'REQUEST_CHANGES', comment = '') =>
    platform.gql(REVIEW, { i: { reportId, decision, comment } }, tokenOf);
  const read = async (id: string, as: string = leader) => (await platform.ok(REPORT, { id }, as)).followUpReport;
  const row = (id: string) =>
    one(`SELECT status, version, summary, what_worked, snapshot IS NOT NULL AS has_snapshot FROM follow_up_reports WHERE id = $1`, [id]);
  const auditCount = async () => (await one(`SELECT count(*)::int AS n FROM audit_log`)).n as number;

  /** A report begun, completed and submitted by its organisation: a summary and every given goal assessed. */
  async function submitted(cohort: Cohort, code: string, goalIds: string[] = [], checkpointId = cohort.oneYear): Promise<Report> {
    const saved = await platform.ok(
      SAVE,
      {
        i: {
          checkpointId,
          organizationCode: code,
          version: 0,
          summary: `Sammanfattning ${code}`,
          whatWorked: 'Tydliga mål',
          goalAssessments: goalIds.map((goalId) => ({ goalId, status: 'ACHIEVED' })),
        },
      },
      token[code],
    );
    return (await platform.ok(SUBMIT, { id: saved.saveFollowUpReport.id, v: saved.saveFollowUpReport.version }, token[code]))
      .submitFollowUpReport;
  }
  /** Submitted, then approved by its reviewer (the mentor for a mentee, the process leader for the mentor). */
  async function approved(cohort: Cohort, code: string, goalIds: string[] = []): Promise<Report> {
    const report = await submitted(cohort, code, goalIds);
    const result = await review(code === MENTOR ? leader : token[MENTOR], report.id, 'APPROVE');
    expect(result.errors).toBeUndefined();
    return { ...report, status: 'APPROVED', version: report.version + 1 };
  }

  // ---- the report's life ------------------------------------------------------------------------

  describe('draft → submitted → changes requested → resubmitted → approved', () => {
    let cohort: Cohort;
    let shared: string;
    let ownA: string;
    let ownB: string;
    let indicator: string;
    let report: Report;
    let bDraft: Report;

    beforeAll(async () => {
      cohort = await newCohort([A, B]);
      shared = (await goal(cohort, 'SHARED', 'Jämställd heltid')).id;
      ownA = (await goal(cohort, 'OWN', `Svalövs eget mål`, A)).id;
      ownB = (await goal(cohort, 'OWN', `Staffanstorps eget mål`, B)).id;
      // A by-gender indicator on the SHARED goal with A's values 2023 and 2025 and a target.
      indicator = (
        await platform.ok(
          ADD_INDICATOR,
          {
            i: {
              goalId: shared,
              name: 'Andel heltidsanställda',
              unit: '%',
              direction: 'HIGHER_IS_BETTER',
              byGender: true,
              baselinePeriod: '2023',
            },
          },
          leader,
        )
      ).addIndicator.id;
      await platform.ok(
        RECORD_VALUES,
        {
          i: {
            indicatorId: indicator,
            organizationCode: A,
            values: [
              { period: '2023', gender: 'WOMEN', value: 40 },
              { period: '2023', gender: 'MEN', value: 30 },
              { period: '2025', gender: 'WOMEN', value: 47 },
              { period: '2025', gender: 'MEN', value: 33 },
            ],
          },
        },
        leader,
      );
      await platform.ok(SET_TARGETS, { id: indicator, t: [{ organizationCode: A, gender: 'TOTAL', value: 60, period: '2027' }] }, leader);
    });

    it('creates the report with version 0, as a DRAFT', async () => {
      const result = await save(A, {
        checkpointId: cohort.oneYear,
        version: 0,
        summary: '  Vi började med en kartläggning.  ',
        challenges: 'Tid',
      });
      expect(result.errors).toBeUndefined();
      report = result.data?.saveFollowUpReport;
      expect(report).toMatchObject({
        status: 'DRAFT',
        version: 1,
        summary: 'Vi började med en kartläggning.',
        whatWorked: null,
        challenges: 'Tid',
        nextSteps: null,
        submittedAt: null,
        goalAssessments: [],
        reviews: [],
      });
      expect(await one(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1`, [report.id])).toEqual({
        action: 'report.create',
        actor_id: userId[A],
      });
    });

    it('refuses a second version 0 with CONFLICT and the current version, and writes nothing', async () => {
      const audit = await auditCount();
      const result = await save(A, { checkpointId: cohort.oneYear, version: 0, summary: 'En andra rapport' });
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0].extensions?.currentVersion).toBe(1);
      expect(await row(report.id)).toMatchObject({ version: 1, summary: 'Vi började med en kartläggning.' });
      expect(await one(`SELECT count(*)::int AS n FROM follow_up_reports WHERE checkpoint_id = $1`, [cohort.oneYear])).toEqual({ n: 1 });
      expect(await auditCount()).toBe(audit);
    });

    it('makes two first saves at once into one report: the second meets a CONFLICT', async () => {
      const results = await Promise.all([B, B].map(() => save(B, { checkpointId: cohort.oneYear, version: 0, summary: 'Samtidigt' })));
      expect(results.map((r) => codeOf(r) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
      bDraft = results.find((r) => !r.errors)?.data?.saveFollowUpReport;
      expect(
        await one(
          `SELECT count(*)::int AS n FROM follow_up_reports r JOIN organizations o ON o.id = r.organization_id WHERE r.checkpoint_id = $1 AND o.code = $2`,
          [cohort.oneYear, B],
        ),
      ).toEqual({ n: 1 });
    });

    it('keeps the texts left out, empties those sent as null or blank, and replaces all assessments', async () => {
      let result = await save(A, {
        checkpointId: cohort.oneYear,
        version: 1,
        whatWorked: 'Ledningens stöd',
        challenges: null,
        goalAssessments: [
          { goalId: shared, status: 'ONGOING', comment: ' Halvvägs ' },
          { goalId: ownA, status: 'ONGOING' },
        ],
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.saveFollowUpReport).toMatchObject({
        version: 2,
        summary: 'Vi började med en kartläggning.',
        whatWorked: 'Ledningens stöd',
        challenges: null,
        goalAssessments: [
          { goal: { id: shared }, status: 'ONGOING', comment: 'Halvvägs' },
          { goal: { id: ownA }, status: 'ONGOING', comment: null },
        ],
      });
      result = await save(A, {
        checkpointId: cohort.oneYear,
        version: 2,
        nextSteps: '   ',
        goalAssessments: [{ goalId: ownA, status: 'PARTLY_ACHIEVED' }],
      });
      expect(result.data?.saveFollowUpReport).toMatchObject({
        version: 3,
        whatWorked: 'Ledningens stöd',
        nextSteps: null,
        goalAssessments: [{ goal: { id: ownA }, status: 'PARTLY_ACHIEVED', comment: null }],
      });
      // Left out: the assessments stay.
      result = await save(A, { checkpointId: cohort.oneYear, version: 3, challenges: 'Personalomsättning' });
      expect(result.data?.saveFollowUpReport).toMatchObject({
        version: 4,
        goalAssessments: [{ goal: { id: ownA }, status: 'PARTLY_ACHIEVED' }],
      });
      report = result.data?.saveFollowUpReport;
    });

    it("refuses an assessment of a goal the report does not cover (another's OWN goal, an unknown id) or the same goal twice, and writes nothing", async () => {
      const before = await row(report.id);
      const audit = await auditCount();
      for (const [goalAssessments, field] of [
        [[{ goalId: ownB, status: 'ACHIEVED' }], 'goalAssessments.0.goalId'],
        [
          [
            { goalId: shared, status: 'ACHIEVED' },
            { goalId: 'inte-ett-id', status: 'ACHIEVED' },
          ],
          'goalAssessments.1.goalId',
        ],
        [
          [
            { goalId: shared, status: 'ACHIEVED' },
            { goalId: shared, status: 'ONGOING' },
          ],
          'goalAssessments.1.goalId',
        ],
      ] as const) {
        const result = await save(A, {
          checkpointId: cohort.oneYear,
          version: report.version,
          summary: 'Ska inte sparas',
          goalAssessments,
        });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual([field]);
      }
      expect(await row(report.id)).toEqual(before);
      expect((await read(report.id)).goalAssessments).toEqual([{ goal: { id: ownA }, status: 'PARTLY_ACHIEVED', comment: null }]);
      expect(await auditCount()).toBe(audit);
    });

    it('refuses a save over a stale version with CONFLICT and the current version', async () => {
      const result = await save(A, { checkpointId: cohort.oneYear, version: report.version - 1, summary: 'Gammal' });
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0].extensions?.currentVersion).toBe(report.version);
      expect(await row(report.id)).toMatchObject({ version: report.version, summary: 'Vi började med en kartläggning.' });
    });

    it('refuses a save of a report that does not exist yet with a version other than 0 (NOT_FOUND)', async () => {
      const other = await newCohort([A, B]);
      expect(codeOf(await save(A, { checkpointId: other.oneYear, version: 1, summary: 'x' }))).toBe('NOT_FOUND');
      expect(await one(`SELECT count(*)::int AS n FROM follow_up_reports WHERE checkpoint_id = $1`, [other.oneYear])).toEqual({ n: 0 });
    });

    it('refuses to submit an incomplete report, naming the summary and each goal not assessed, and leaves it as it was', async () => {
      const emptied = await save(A, { checkpointId: cohort.oneYear, version: report.version, summary: null });
      report = emptied.data?.saveFollowUpReport;
      const audit = await auditCount();
      const result = await submit(A, report);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([
        { field: 'summary', message: expect.stringContaining('sammanfattning') },
        { field: 'goalAssessments', message: expect.stringContaining('Jämställd heltid') },
      ]);
      expect(await row(report.id)).toEqual({
        status: 'DRAFT',
        version: report.version,
        summary: null,
        what_worked: 'Ledningens stöd',
        has_snapshot: false,
      });
      expect(await auditCount()).toBe(audit);
    });

    it('refuses to review a draft (CONFLICT)', async () => {
      const result = await review(token[MENTOR], report.id, 'APPROVE');
      expect(codeOf(result)).toBe('CONFLICT');
      expect(await row(report.id)).toMatchObject({ status: 'DRAFT', version: report.version });
      expect(await one(`SELECT count(*)::int AS n FROM reviews WHERE report_id = $1`, [report.id])).toEqual({ n: 0 });
    });

    it('refuses to submit over a stale version (CONFLICT)', async () => {
      const complete = await save(A, {
        checkpointId: cohort.oneYear,
        version: report.version,
        summary: 'Vi kartlade hur heltiderna fördelades och ändrade rutinerna.',
        goalAssessments: [
          { goalId: shared, status: 'PARTLY_ACHIEVED', comment: 'Kvinnorna har fått fler heltider.' },
          { goalId: ownA, status: 'ACHIEVED' },
        ],
      });
      report = complete.data?.saveFollowUpReport;
      const result = await submit(A, { id: report.id, version: report.version - 1 });
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0].extensions?.currentVersion).toBe(report.version);
      expect(await row(report.id)).toMatchObject({ status: 'DRAFT', version: report.version, has_snapshot: false });
    });

    it('submits a complete report and freezes its indicators, values, targets and progress by gender', async () => {
      const result = await submit(A, report);
      expect(result.errors).toBeUndefined();
      expect(result.data?.submitFollowUpReport).toMatchObject({
        status: 'SUBMITTED',
        version: report.version + 1,
        submittedAt: expect.any(String),
      });
      report = result.data?.submitFollowUpReport;
      expect(await one(`SELECT submitted_by_id FROM follow_up_reports WHERE id = $1`, [report.id])).toEqual({ submitted_by_id: userId[A] });
      const snapshot = (await platform.ok(SNAPSHOT, { id: report.id }, token[A])).followUpReport.snapshot;
      expect(snapshot.indicators).toEqual([
        {
          id: indicator,
          goalId: shared,
          goalTitle: 'Jämställd heltid',
          name: 'Andel heltidsanställda',
          unit: '%',
          byGender: true,
          baselinePeriod: '2023',
          values: [
            { period: '2023', gender: 'MEN', value: 30 },
            { period: '2023', gender: 'WOMEN', value: 40 },
            { period: '2025', gender: 'MEN', value: 33 },
            { period: '2025', gender: 'WOMEN', value: 47 },
          ],
          targets: [{ gender: 'TOTAL', value: 60, period: '2027' }],
          progress: {
            baseline: 35,
            baselinePeriod: '2023',
            latest: 40,
            latestPeriod: '2025',
            genderGap: 14,
            genderGapBaseline: 10,
            genderGapChange: 4,
          },
          progressByGender: [
            { gender: 'WOMEN', progress: { baseline: 40, latest: 47, latestPeriod: '2025' } },
            { gender: 'MEN', progress: { baseline: 30, latest: 33, latestPeriod: '2025' } },
          ],
        },
      ]);
    });

    it('keeps the snapshot as submitted when new values are recorded', async () => {
      const before = (await platform.ok(SNAPSHOT, { id: report.id }, leader)).followUpReport.snapshot;
      await platform.ok(
        RECORD_VALUES,
        {
          i: {
            indicatorId: indicator,
            organizationCode: A,
            values: [
              { period: '2026', gender: 'WOMEN', value: 52 },
              { period: '2026', gender: 'MEN', value: 50 },
              { period: '2025', gender: 'MEN', value: 34 },
            ],
          },
        },
        leader,
      );
      await platform.ok(SET_TARGETS, { id: indicator, t: [{ organizationCode: A, gender: 'TOTAL', value: 70, period: '2028' }] }, leader);
      const live = await platform.ok(
        `query($id: ID!) { cohort(id: $id) { goals { id indicators { progress(organizationCode: "${A}") { latest latestPeriod } } } } }`,
        { id: cohort.id },
        leader,
      );
      expect(live.cohort.goals.find((g: { id: string }) => g.id === shared).indicators[0].progress).toEqual({
        latest: 51,
        latestPeriod: '2026',
      });
      expect((await platform.ok(SNAPSHOT, { id: report.id }, leader)).followUpReport.snapshot).toEqual(before);
    });

    it('refuses to submit it twice, and to save it while it waits for review (CONFLICT), writing nothing', async () => {
      const before = await row(report.id);
      const audit = await auditCount();
      expect(codeOf(await submit(A, report))).toBe('CONFLICT');
      expect(codeOf(await save(A, { checkpointId: cohort.oneYear, version: report.version, summary: 'Ändrad efter inlämning' }))).toBe(
        'CONFLICT',
      );
      expect(await row(report.id)).toEqual(before);
      expect(await auditCount()).toBe(audit);
    });

    it('needs a comment to request changes (BAD_USER_INPUT on comment), and writes nothing', async () => {
      const result = await review(token[MENTOR], report.id, 'REQUEST_CHANGES', '   ');
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['comment']);
      expect(await row(report.id)).toMatchObject({ status: 'SUBMITTED', version: report.version });
      expect(await one(`SELECT count(*)::int AS n FROM reviews WHERE report_id = $1`, [report.id])).toEqual({ n: 0 });
    });

    it('lets the mentor request changes: the report is CHANGES_REQUESTED', async () => {
      const result = await review(token[MENTOR], report.id, 'REQUEST_CHANGES', 'Beskriv vad ni gjorde annorlunda.');
      expect(result.data?.reviewFollowUpReport).toMatchObject({
        decision: 'REQUEST_CHANGES',
        comment: 'Beskriv vad ni gjorde annorlunda.',
      });
      expect(await row(report.id)).toMatchObject({ status: 'CHANGES_REQUESTED', version: report.version + 1 });
      const audit = await one(`SELECT action, reason, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [report.id]);
      expect(audit).toEqual({ action: 'report.review', reason: 'Beskriv vad ni gjorde annorlunda.', actor_id: userId[MENTOR] });
      report = await read(report.id);
    });

    it('refuses to review it again before it is resubmitted (CONFLICT)', async () => {
      expect(codeOf(await review(token[MENTOR], report.id, 'APPROVE'))).toBe('CONFLICT');
      expect(await row(report.id)).toMatchObject({ status: 'CHANGES_REQUESTED', version: report.version });
    });

    it('lets the organisation edit it (still CHANGES_REQUESTED) and resubmit it, with a new snapshot', async () => {
      const edited = await save(A, {
        checkpointId: cohort.oneYear,
        version: report.version,
        whatWorked: 'Ledningens stöd och en tydlig handlingsplan.',
      });
      expect(edited.data?.saveFollowUpReport).toMatchObject({ status: 'CHANGES_REQUESTED', version: report.version + 1 });
      const resubmitted = await submit(A, edited.data?.saveFollowUpReport);
      expect(resubmitted.data?.submitFollowUpReport).toMatchObject({ status: 'SUBMITTED', version: report.version + 2 });
      report = resubmitted.data?.submitFollowUpReport;
      // As it stood at the last submission: the 2026 values and the corrected 2025 value.
      const snapshot = (await platform.ok(SNAPSHOT, { id: report.id }, leader)).followUpReport.snapshot;
      expect(snapshot.indicators[0].progress).toMatchObject({ latest: 51, latestPeriod: '2026', genderGap: 2, genderGapBaseline: 10 });
      expect(snapshot.indicators[0].targets).toEqual([{ gender: 'TOTAL', value: 70, period: '2028' }]);
    });

    it('lets the mentor approve it: APPROVED, with the reviews oldest first', async () => {
      const result = await review(token[MENTOR], report.id, 'APPROVE');
      expect(result.data?.reviewFollowUpReport).toMatchObject({ decision: 'APPROVE', comment: '' });
      report = await read(report.id, token[A]);
      expect(report).toMatchObject({
        status: 'APPROVED',
        reviews: [
          { decision: 'REQUEST_CHANGES', comment: 'Beskriv vad ni gjorde annorlunda.', reviewer: { id: userId[MENTOR] } },
          { decision: 'APPROVE', comment: '', reviewer: { id: userId[MENTOR] } },
        ],
      });
    });

    it('refuses every further step on an approved report (save, submit, review), writing nothing', async () => {
      const before = await row(report.id);
      const audit = await auditCount();
      expect(codeOf(await save(A, { checkpointId: cohort.oneYear, version: report.version, summary: 'Efteråt' }))).toBe('CONFLICT');
      expect(codeOf(await submit(A, report))).toBe('CONFLICT');
      expect(codeOf(await review(token[MENTOR], report.id, 'APPROVE'))).toBe('CONFLICT');
      expect(codeOf(await review(token[MENTOR], report.id, 'REQUEST_CHANGES', 'Ännu en sak'))).toBe('CONFLICT');
      expect(await row(report.id)).toEqual(before);
      expect(await one(`SELECT count(*)::int AS n FROM reviews WHERE report_id = $1`, [report.id])).toEqual({ n: 2 });
      expect(await auditCount()).toBe(audit);
    });

    it('refuses to make an example of a report that is not approved (CONFLICT), and writes nothing', async () => {
      const count = await one(`SELECT count(*)::int AS n FROM learning_examples`);
      const result = await platform.gql(EXAMPLE, { id: bDraft.id }, token[B]);
      expect(codeOf(result)).toBe('CONFLICT');
      expect(await one(`SELECT count(*)::int AS n FROM learning_examples`)).toEqual(count);
    });

    it('makes a learning-example draft of the approved report, as submitted; asked again, it answers the same draft', async () => {
      // Values recorded after the approval do not reach the example: it is made from the report's snapshot.
      await platform.ok(
        RECORD_VALUES,
        {
          i: {
            indicatorId: indicator,
            organizationCode: A,
            values: [
              { period: '2027', gender: 'WOMEN', value: 90 },
              { period: '2027', gender: 'MEN', value: 10 },
            ],
          },
        },
        leader,
      );
      const result = await platform.gql(EXAMPLE, { id: report.id }, token[A]);
      expect(result.errors).toBeUndefined();
      const example = result.data?.createExampleDraftFromReport;
      const cohortName = (await one(`SELECT name FROM cohorts WHERE id = $1`, [cohort.id])).name;
      expect(example).toMatchObject({
        status: 'DRAFT',
        title: `Jämställdhetsarbete i Svalövs kommun (${cohortName})`,
        summary: 'Vi kartlade hur heltiderna fördelades och ändrade rutinerna.',
        background: 'Vi kartlade hur heltiderna fördelades och ändrade rutinerna.',
        implementation: 'Ledningens stöd och en tydlig handlingsplan.',
        successFactors: 'Ledningens stöd och en tydlig handlingsplan.',
        periodStart: 2026,
        periodEnd: 2027,
        organizations: [{ code: A }],
        cohort: { id: cohort.id },
      });
      const lines = example.results.split('\n');
      expect(lines[0]).toBe('Målet "Jämställd heltid": delvis uppnått. Kvinnorna har fått fler heltider.');
      expect(lines[1]).toMatch(
        /^– Andel heltidsanställda: Kvinnor 40 % \(2023\) → 52 % \(2026\); Män 30 % \(2023\) → 50 % \(2026\); skillnaden mellan kvinnor och män har minskat med 8 procentenheter; [a-zåäö ]+\.$/,
      );
      expect(lines.slice(2)).toEqual(['Målet "Svalövs eget mål": uppnått.']);
      expect(await one(`SELECT source_report_id, created_by_id, status FROM learning_examples WHERE id = $1`, [example.id])).toEqual({
        source_report_id: report.id,
        created_by_id: userId[A],
        status: 'DRAFT',
      });

      const again = await platform.gql(EXAMPLE, { id: report.id }, leader);
      expect(again.data?.createExampleDraftFromReport).toMatchObject({ id: example.id, slug: example.slug });
      expect(await one(`SELECT count(*)::int AS n FROM learning_examples WHERE source_report_id = $1`, [report.id])).toEqual({ n: 1 });
    });
  });

  // ---- while the cohort runs -------------------------------------------------------------------

  describe('writes only while the cohort is ACTIVE or in FOLLOW_UP', () => {
    it('refuses to begin a report in a PLANNED cohort (CONFLICT), writing nothing', async () => {
      const cohort = await newCohort([A, B], 'PLANNED');
      const result = await save(A, { checkpointId: cohort.oneYear, version: 0, summary: 'För tidigt' });
      expect(codeOf(result)).toBe('CONFLICT');
      expect(await one(`SELECT count(*)::int AS n FROM follow_up_reports WHERE checkpoint_id = $1`, [cohort.oneYear])).toEqual({ n: 0 });
    });

    it('writes, submits and reviews during FOLLOW_UP', async () => {
      const cohort = await newCohort([A, B], 'FOLLOW_UP');
      const report = await approved(cohort, A);
      expect(report.status).toBe('APPROVED');
    });

    it('refuses to save, submit or review once the cohort is CANCELLED, writing nothing', async () => {
      const cohort = await newCohort([A, B]);
      const draft = (await save(A, { checkpointId: cohort.oneYear, version: 0, summary: 'Utkast' })).data?.saveFollowUpReport;
      const waiting = await submitted(cohort, B);
      expect((await transition(cohort, 'CANCELLED', 'Omgången ställdes in')).errors).toBeUndefined();
      const before = [await row(draft.id), await row(waiting.id)];
      expect(codeOf(await save(A, { checkpointId: cohort.oneYear, version: draft.version, summary: 'Efter' }))).toBe('CONFLICT');
      expect(codeOf(await submit(A, draft))).toBe('CONFLICT');
      expect(codeOf(await review(token[MENTOR], waiting.id, 'APPROVE'))).toBe('CONFLICT');
      expect([await row(draft.id), await row(waiting.id)]).toEqual(before);
    });
  });

  // ---- checkpoints and the list -----------------------------------------------------------------

  describe('checkpoints', () => {
    it('adds one MIDTERM between the start and the ONE_YEAR date; refuses a second, another ONE_YEAR and a date outside', async () => {
      const cohort = await newCohort([A, B], 'PLANNED');
      expect(codeOf(await platform.gql(ADD_CHECKPOINT, { c: cohort.id, k: 'MIDTERM', d: '2027-02-10' }, leader))).toBe('BAD_USER_INPUT');
      // Not on or before the cohort's start (2026-02-10) either.
      expect(codeOf(await platform.gql(ADD_CHECKPOINT, { c: cohort.id, k: 'MIDTERM', d: '2026-02-10' }, leader))).toBe('BAD_USER_INPUT');
      expect(codeOf(await platform.gql(ADD_CHECKPOINT, { c: cohort.id, k: 'ONE_YEAR', d: '2026-12-24' }, leader))).toBe('CONFLICT');
      const added = await platform.gql(ADD_CHECKPOINT, { c: cohort.id, k: 'MIDTERM', d: '2026-08-14' }, leader);
      expect(added.data?.addCheckpoint).toMatchObject({ kind: 'MIDTERM', dueDate: '2026-08-14' });
      expect(codeOf(await platform.gql(ADD_CHECKPOINT, { c: cohort.id, k: 'MIDTERM', d: '2026-09-01' }, leader))).toBe('CONFLICT');
      const checkpoints = await platform.ok(
        `query($id: ID!) { cohort(id: $id) { checkpoints { kind dueDate } } }`,
        { id: cohort.id },
        leader,
      );
      expect(checkpoints.cohort.checkpoints).toEqual([
        { kind: 'MIDTERM', dueDate: '2026-08-14' },
        { kind: 'ONE_YEAR', dueDate: '2027-02-10' },
      ]);
      expect(await one(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [cohort.id])).toEqual({
        action: 'checkpoint.add',
      });
    });

    it('keeps the ONE_YEAR date after the MIDTERM when the follow-up date moves (BAD_USER_INPUT), writing nothing', async () => {
      const cohort = await newCohort([A, B], 'PLANNED');
      await platform.ok(ADD_CHECKPOINT, { c: cohort.id, k: 'MIDTERM', d: '2026-08-14' }, leader);
      const UPDATE = `mutation($id: ID!, $v: Int!, $d: Date!) { updateCohort(id: $id, version: $v, input: { followUpDueDate: $d }) { followUpDueDate version checkpoints { kind dueDate } } }`;
      for (const d of ['2026-08-14', '2026-06-01']) {
        const result = await platform.gql(UPDATE, { id: cohort.id, v: cohort.version, d }, leader);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].extensions?.fields).toEqual([
          { field: 'followUpDueDate', message: 'Uppföljningen efter ett år måste ligga efter halvtidsuppföljningen (2026-08-14).' },
        ]);
      }
      expect(await one(`SELECT follow_up_due_date::text AS d, version FROM cohorts WHERE id = $1`, [cohort.id])).toEqual({
        d: '2027-02-10',
        version: cohort.version,
      });
      expect(await one(`SELECT due_date::text AS d FROM checkpoints WHERE cohort_id = $1 AND kind = 'ONE_YEAR'`, [cohort.id])).toEqual({
        d: '2027-02-10',
      });
      const moved = await platform.gql(UPDATE, { id: cohort.id, v: cohort.version, d: '2026-08-15' }, leader);
      expect(moved.data?.updateCohort).toEqual({
        followUpDueDate: '2026-08-15',
        version: cohort.version + 1,
        checkpoints: [
          { kind: 'MIDTERM', dueDate: '2026-08-14' },
          { kind: 'ONE_YEAR', dueDate: '2026-08-15' },
        ],
      });
    });

    it('refuses a checkpoint once the cohort has ended (CONFLICT)', async () => {
      const cohort = await newCohort([A, B]);
      await transition(cohort, 'CANCELLED', 'Inställd');
      expect(codeOf(await platform.gql(ADD_CHECKPOINT, { c: cohort.id, k: 'MIDTERM', d: '2026-08-14' }, leader))).toBe('CONFLICT');
      expect(await one(`SELECT count(*)::int AS n FROM checkpoints WHERE cohort_id = $1`, [cohort.id])).toEqual({ n: 1 });
    });

    it('lists the expected reports with status, due date and days overdue (null once handed in or not yet due)', async () => {
      const today = stockholmDate(new Date());
      const day = (offset: number) => stockholmDate(new Date(Date.parse(`${today}T12:00:00Z`) + offset * 86_400_000));
      // Started two months ago: the ONE_YEAR checkpoint is ten months ahead, the MIDTERM ten days past.
      const startDate = day(-60);
      const cohort = await newCohort([A, B], 'ACTIVE', {
        startDate,
        startupMeeting: {
          kind: 'STARTUP',
          title: 'Uppstartsmöte',
          startsAt: `${startDate}T09:00:00Z`,
          endsAt: `${startDate}T15:00:00Z`,
          location: 'Sölvesborg',
        },
      });
      const midterm = (await platform.ok(ADD_CHECKPOINT, { c: cohort.id, k: 'MIDTERM', d: day(-10) }, leader)).addCheckpoint;
      const aDraft = (
        await platform.ok(SAVE, { i: { checkpointId: midterm.id, organizationCode: A, version: 0, summary: 'Halvvägs' } }, token[A])
      ).saveFollowUpReport;
      const bSubmitted = await submitted(cohort, B, [], midterm.id);
      const oneYear = addMonths(startDate, 12);

      const rows = (await platform.ok(ROWS, { c: cohort.id }, leader)).followUpReports;
      const sorted = (list: any[]) =>
        [...list].sort((x, y) => x.dueDate.localeCompare(y.dueDate) || x.organization.code.localeCompare(y.organization.code));
      expect(sorted(rows)).toEqual([
        {
          checkpoint: { kind: 'MIDTERM' },
          organization: { code: MENTOR },
          role: 'MENTOR',
          status: null,
          dueDate: day(-10),
          daysOverdue: 10,
          report: null,
        },
        {
          checkpoint: { kind: 'MIDTERM' },
          organization: { code: A },
          role: 'MENTEE',
          status: 'DRAFT',
          dueDate: day(-10),
          daysOverdue: 10,
          report: { id: aDraft.id },
        },
        {
          checkpoint: { kind: 'MIDTERM' },
          organization: { code: B },
          role: 'MENTEE',
          status: 'SUBMITTED',
          dueDate: day(-10),
          daysOverdue: null,
          report: { id: bSubmitted.id },
        },
        {
          checkpoint: { kind: 'ONE_YEAR' },
          organization: { code: MENTOR },
          role: 'MENTOR',
          status: null,
          dueDate: oneYear,
          daysOverdue: null,
          report: null,
        },
        {
          checkpoint: { kind: 'ONE_YEAR' },
          organization: { code: A },
          role: 'MENTEE',
          status: null,
          dueDate: oneYear,
          daysOverdue: null,
          report: null,
        },
        {
          checkpoint: { kind: 'ONE_YEAR' },
          organization: { code: B },
          role: 'MENTEE',
          status: null,
          dueDate: oneYear,
          daysOverdue: null,
          report: null,
        },
      ]);
      // The mentor's first: the list orders by due date, then the mentor before its mentees.
      expect(rows[0]).toMatchObject({ checkpoint: { kind: 'MIDTERM' }, role: 'MENTOR' });

      // An id that names no cohort lists nothing (the empty string too, which once reached SQL as a uuid).
      for (const c of ['', 'inte-ett-id', '00000000-0000-4000-8000-000000000000']) {
        const none = await platform.gql(ROWS, { c }, leader);
        expect(none.errors).toBeUndefined();
        expect(none.data?.followUpReports).toEqual([]);
      }

      // Changes requested: not handed in any more, so overdue again.
      await review(token[MENTOR], bSubmitted.id, 'REQUEST_CHANGES', 'Lägg till siffrorna.');
      const mine = (await platform.ok(ROWS, { c: cohort.id }, token[B])).followUpReports;
      expect(sorted(mine).map((r: any) => [r.checkpoint.kind, r.organization.code, r.status, r.daysOverdue])).toEqual([
        ['MIDTERM', B, 'CHANGES_REQUESTED', 10],
        ['ONE_YEAR', B, null, null],
      ]);
    });
  });

  // ---- conclusion and graduation ----------------------------------------------------------------

  describe('conclusion and graduation', () => {
    const eligible = async (code: string) =>
      (await one(`SELECT mentor_eligible FROM organizations WHERE code = $1`, [code])).mentor_eligible as boolean;
    const edges = (cohortId: string) =>
      platform.dataSource.query(
        `SELECT mo.code AS mentor, me.code AS mentee FROM mentor_edges e
           JOIN organizations mo ON mo.id = e.mentor_organization_id JOIN organizations me ON me.id = e.mentee_organization_id
          WHERE e.cohort_id = $1 ORDER BY me.code`,
        [cohortId],
      );
    const graduateAudit = (code: string) =>
      platform.dataSource.query(
        `SELECT a.action, a.reason, a.actor_id FROM audit_log a JOIN organizations o ON o.id::text = a.entity_id::text WHERE o.code = $1 AND a.action = 'organization.graduate'`,
        [code],
      );
    const complete = async (cohortId: string) =>
      (await platform.ok(`query($id: ID!) { cohort(id: $id) { followUpComplete } }`, { id: cohortId }, leader)).cohort.followUpComplete;

    it('graduates an approved mentee only when the cohort concludes; with a reason when another is not approved, and only the approved one', async () => {
      const cohort = await newCohort([GRAD_APPROVED, GRAD_LATE]);
      const sharedGoal = (await goal(cohort, 'SHARED', 'Jämställd service')).id;
      await approved(cohort, GRAD_APPROVED, [sharedGoal]);
      await approved(cohort, MENTOR, [sharedGoal]);
      await submitted(cohort, GRAD_LATE, [sharedGoal]);

      // Approved is not yet graduated: not while ACTIVE, not in FOLLOW_UP.
      expect(await eligible(GRAD_APPROVED)).toBe(false);
      await transition(cohort, 'FOLLOW_UP');
      expect(await eligible(GRAD_APPROVED)).toBe(false);
      expect(await complete(cohort.id)).toBe(false);

      // Without a reason: refused, and nothing changed.
      const version = cohort.version;
      const refused = await transition(cohort, 'CONCLUDED');
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused)).toEqual(['reason']);
      expect(await one(`SELECT status, version FROM cohorts WHERE id = $1`, [cohort.id])).toEqual({ status: 'FOLLOW_UP', version });
      expect(await eligible(GRAD_APPROVED)).toBe(false);
      expect(await edges(cohort.id)).toEqual([]);

      const concluded = await transition(cohort, 'CONCLUDED', 'Vellinges rapport redovisades muntligt');
      expect(concluded.data?.transitionCohort).toEqual({ status: 'CONCLUDED', version: version + 1 });
      expect(await eligible(GRAD_APPROVED)).toBe(true);
      expect(await eligible(GRAD_LATE)).toBe(false);
      expect(await edges(cohort.id)).toEqual([{ mentor: MENTOR, mentee: GRAD_APPROVED }]);
      const cohortName = (await one(`SELECT name FROM cohorts WHERE id = $1`, [cohort.id])).name;
      expect(await graduateAudit(GRAD_APPROVED)).toEqual([
        {
          action: 'organization.graduate',
          reason: `Godkänd uppföljning efter ett år i ${cohortName}; omgången avslutades.`,
          actor_id: leaderId,
        },
      ]);
      expect(await graduateAudit(GRAD_LATE)).toEqual([]);
      const organizations = await platform.ok(`{ organizations(kind: MUNICIPALITY, mentorEligible: true) { code } }`, {}, leader);
      expect(organizations.organizations.map((o: { code: string }) => o.code)).toEqual(expect.arrayContaining([GRAD_APPROVED]));
      expect(organizations.organizations.map((o: { code: string }) => o.code)).not.toContain(GRAD_LATE);

      // A concluded cohort takes no more reports or reviews; the late report stays SUBMITTED.
      const late = await one(
        `SELECT r.id, r.version FROM follow_up_reports r JOIN organizations o ON o.id = r.organization_id WHERE r.checkpoint_id = $1 AND o.code = $2`,
        [cohort.oneYear, GRAD_LATE],
      );
      expect(codeOf(await review(token[MENTOR], late.id, 'APPROVE'))).toBe('CONFLICT');
      expect(await row(late.id)).toMatchObject({ status: 'SUBMITTED', version: late.version });
      expect(codeOf(await platform.gql(ADD_CHECKPOINT, { c: cohort.id, k: 'MIDTERM', d: '2026-08-14' }, leader))).toBe('CONFLICT');
      expect(await edges(cohort.id)).toEqual([{ mentor: MENTOR, mentee: GRAD_APPROVED }]);
    });

    it('concludes without a reason when every current member is approved (a withdrawn one is not waited for); the lineage is recorded once per mentee', async () => {
      await makeEligible(platform, leader, ALL_2);
      const auditBefore = (await graduateAudit(ALL_2)).length;
      const cohort = await newCohort([ALL_1, ALL_2, ALL_GONE]);
      const w = await platform.gql(
        `mutation($c: ID!, $o: String!) { withdrawMember(cohortId: $c, organizationCode: $o, reason: "Flyttade resurserna") { id } }`,
        { c: cohort.id, o: ALL_GONE },
        leader,
      );
      expect(w.errors).toBeUndefined();
      cohort.version = (await one(`SELECT version FROM cohorts WHERE id = $1`, [cohort.id])).version;
      await approved(cohort, ALL_1);
      await approved(cohort, ALL_2);
      expect(await complete(cohort.id)).toBe(false); // the mentor's own report is still missing
      await approved(cohort, MENTOR);
      expect(await complete(cohort.id)).toBe(true);

      await transition(cohort, 'FOLLOW_UP');
      const concluded = await transition(cohort, 'CONCLUDED');
      expect(concluded.errors).toBeUndefined();
      expect(concluded.data?.transitionCohort.status).toBe('CONCLUDED');
      expect(
        await one(`SELECT reason FROM audit_log WHERE entity_id = $1 AND action = 'cohort.transition' ORDER BY id DESC LIMIT 1`, [
          cohort.id,
        ]),
      ).toEqual({ reason: null });

      expect(await edges(cohort.id)).toEqual([
        { mentor: MENTOR, mentee: ALL_1 },
        { mentor: MENTOR, mentee: ALL_2 },
      ]);
      expect(await eligible(ALL_1)).toBe(true);
      expect(await eligible(ALL_GONE)).toBe(false);
      // Already eligible: the lineage is recorded, the eligibility not again.
      expect(await graduateAudit(ALL_1)).toHaveLength(1);
      expect(await graduateAudit(ALL_2)).toHaveLength(auditBefore);
      // Once per cohort and mentee: the table refuses a second edge.
      const edge = await one(
        `SELECT cohort_id, mentor_organization_id, mentee_organization_id FROM mentor_edges WHERE cohort_id = $1 LIMIT 1`,
        [cohort.id],
      );
      await expect(
        platform.dataSource.query(
          `INSERT INTO mentor_edges (cohort_id, mentor_organization_id, mentee_organization_id) VALUES ($1, $2, $3)`,
          [edge.cohort_id, edge.mentor_organization_id, edge.mentee_organization_id],
        ),
      ).rejects.toThrow(/uq_mentor_edges_cohort_mentee/);
    });
  });

  // ---- goals a report keeps ---------------------------------------------------------------------

  describe('removeGoal', () => {
    it('refuses to remove a goal assessed in a handed-in report (CONFLICT), and removes one assessed only in a draft', async () => {
      const cohort = await newCohort([A, B]);
      const assessed = await goal(cohort, 'SHARED', 'Bedömt i en inlämnad rapport');
      const draftOnly = await goal(cohort, 'OWN', 'Bara i ett utkast', B);
      const report = await submitted(cohort, A, [assessed.id]);
      await platform.ok(
        SAVE,
        {
          i: {
            checkpointId: cohort.oneYear,
            organizationCode: B,
            version: 0,
            goalAssessments: [{ goalId: draftOnly.id, status: 'ONGOING' }],
          },
        },
        token[B],
      );

      const refused = await platform.gql(REMOVE_GOAL, { id: assessed.id, v: assessed.version }, leader);
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0].message).toBe('Målet är bedömt i en inlämnad uppföljningsrapport och kan inte tas bort.');
      expect(await one(`SELECT count(*)::int AS n FROM goals WHERE id = $1`, [assessed.id])).toEqual({ n: 1 });

      // Still refused while changes are requested: the report was handed in once.
      await review(token[MENTOR], report.id, 'REQUEST_CHANGES', 'Mer om resultaten.');
      expect(codeOf(await platform.gql(REMOVE_GOAL, { id: assessed.id, v: assessed.version }, leader))).toBe('CONFLICT');
      expect(await one(`SELECT count(*)::int AS n FROM goal_assessments WHERE goal_id = $1`, [assessed.id])).toEqual({ n: 1 });

      const removed = await platform.gql(REMOVE_GOAL, { id: draftOnly.id, v: draftOnly.version }, token[B]);
      expect(removed.data?.removeGoal).toBe(true);
      expect(await one(`SELECT count(*)::int AS n FROM goal_assessments WHERE goal_id = $1`, [draftOnly.id])).toEqual({ n: 0 });
    });
  });
});
