import { daysOverdue, stockholmDate } from '@modellkommuner/shared';
import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';

// The authorisation table of the follow-up feature (docs/domain.md, "Follow-up and review"; libs/shared
// follow-up.ts, follow-up.policy.ts): every operation × every kind of viewer is one test. A refused case
// also proves that nothing was written.

type Role = 'processLeader' | 'mentor' | 'own' | 'peer' | 'outsider' | 'anonymous';
const ROLES: Role[] = ['processLeader', 'mentor', 'own', 'peer', 'outsider', 'anonymous'];
type Outcome = 'ok' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Expected = Record<Role, Outcome>;

// Codes no other test file uses (the run's files share the database).
const MENTOR = '1060'; // Olofström
const OWN = '1080'; // Karlskrona: the mentee the reports belong to
const PEER = '1081'; // Ronneby: another mentee of the same cohort
const OUTSIDER = '1082'; // Karlshamn: in no cohort

/** Writing and submitting: the organisation's own members only; others in the cohort are refused, outsiders do not find it. */
const WRITE_OWN: Expected = {
  processLeader: 'FORBIDDEN',
  mentor: 'FORBIDDEN',
  own: 'ok',
  peer: 'FORBIDDEN',
  outsider: 'NOT_FOUND',
  anonymous: 'UNAUTHENTICATED',
};
const WRITE_MENTOR: Expected = {
  processLeader: 'FORBIDDEN',
  mentor: 'ok',
  own: 'FORBIDDEN',
  peer: 'FORBIDDEN',
  outsider: 'NOT_FOUND',
  anonymous: 'UNAUTHENTICATED',
};
/** Submitting names the report: a peer does not read it (NOT_FOUND), the mentor reads it but does not write it. */
const SUBMIT_OWN: Expected = {
  processLeader: 'FORBIDDEN',
  mentor: 'FORBIDDEN',
  own: 'ok',
  peer: 'NOT_FOUND',
  outsider: 'NOT_FOUND',
  anonymous: 'UNAUTHENTICATED',
};
const REVIEW_MENTEE: Expected = {
  processLeader: 'FORBIDDEN',
  mentor: 'ok',
  own: 'FORBIDDEN',
  peer: 'NOT_FOUND',
  outsider: 'NOT_FOUND',
  anonymous: 'UNAUTHENTICATED',
};
const REVIEW_MENTOR: Expected = {
  processLeader: 'ok',
  mentor: 'FORBIDDEN',
  own: 'NOT_FOUND',
  peer: 'NOT_FOUND',
  outsider: 'NOT_FOUND',
  anonymous: 'UNAUTHENTICATED',
};
const ADD_CHECKPOINT: Expected = {
  processLeader: 'ok',
  mentor: 'FORBIDDEN',
  own: 'FORBIDDEN',
  peer: 'FORBIDDEN',
  outsider: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
};
const EXAMPLE_DRAFT: Expected = {
  processLeader: 'ok',
  mentor: 'FORBIDDEN',
  own: 'ok',
  peer: 'NOT_FOUND',
  outsider: 'NOT_FOUND',
  anonymous: 'UNAUTHENTICATED',
};

const TRANSITION = `mutation($id: ID!, $to: CohortStatus!, $v: Int!, $r: String) { transitionCohort(id: $id, to: $to, version: $v, reason: $r) { status version } }`;
const SAVE = `mutation($i: SaveFollowUpReportInput!) { saveFollowUpReport(input: $i) { id status version summary organization { code } } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitFollowUpReport(id: $id, version: $v) { id status version } }`;
const REVIEW = `mutation($i: ReviewInput!) { reviewFollowUpReport(input: $i) { id decision comment reviewer { id } } }`;
const ADD_CHECKPOINT_QUERY = `mutation($c: ID!, $d: Date!) { addCheckpoint(cohortId: $c, kind: MIDTERM, dueDate: $d) { id kind dueDate } }`;
const EXAMPLE = `mutation($id: ID!) { createExampleDraftFromReport(reportId: $id) { id slug status version organizations { code } } }`;

interface Report {
  id: string;
  version: number;
}
interface Cohort {
  id: string;
  checkpointId: string;
}

describe('follow-up: who may see and do what', () => {
  let platform: TestPlatform;
  const tokens: Partial<Record<Role, string>> = {};
  const userIds: Partial<Record<Role, string>> = {};
  let leader: string;

  // What the reads read: one ACTIVE cohort where each organisation has begun its ONE_YEAR report.
  let readCohort: Cohort;
  const readReports: Record<string, Report> = {};

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
    tokens.processLeader = leader;
    userIds.processLeader = (
      await platform.dataSource.query(`SELECT id FROM users WHERE role = 'PROCESS_LEADER' ORDER BY created_at LIMIT 1`)
    )[0].id;
    await makeEligible(platform, leader, MENTOR);
    for (const [role, code] of [
      ['mentor', MENTOR],
      ['own', OWN],
      ['peer', PEER],
      ['outsider', OUTSIDER],
    ] as const) {
      const user = await platform.createUser(code);
      tokens[role] = user.token;
      userIds[role] = user.id;
    }
    readCohort = await activeCohort();
    for (const [role, code] of [
      ['mentor', MENTOR],
      ['own', OWN],
      ['peer', PEER],
    ] as const) {
      readReports[code] = await draft(role, readCohort, code, `Sammanfattning av ${code}`);
    }
  });
  afterAll(() => platform.close());

  // ---- helpers ----------------------------------------------------------------------------------

  const call = (role: Role, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<any>> =>
    platform.gql(query, variables, tokens[role]);
  const ok = (role: Role, query: string, variables: Record<string, unknown> = {}) => platform.ok(query, variables, tokens[role]);
  const one = async (sql: string, params: unknown[] = []) => (await platform.dataSource.query(sql, params))[0];

  /** A new programme and cohort (mentor, own, peer), moved to ACTIVE by the process leader. */
  async function activeCohort(): Promise<Cohort> {
    const programme = await createProgramme(platform, leader);
    const cohort = await createCohort(platform, leader, programme.id, MENTOR, [OWN, PEER]);
    await platform.ok(TRANSITION, { id: cohort.id, to: 'ACTIVE', v: cohort.version }, leader);
    return { id: cohort.id, checkpointId: cohort.checkpoints.find((c: { kind: string }) => c.kind === 'ONE_YEAR').id };
  }

  /** The organisation's ONE_YEAR report, begun by its own member (a cohort without goals: a summary makes it complete). */
  async function draft(role: Role, cohort: Cohort, code: string, summary = 'Vi har arbetat med jämställd service.'): Promise<Report> {
    return (await ok(role, SAVE, { i: { checkpointId: cohort.checkpointId, organizationCode: code, version: 0, summary } }))
      .saveFollowUpReport;
  }
  async function submitted(role: Role, cohort: Cohort, code: string): Promise<Report> {
    const report = await draft(role, cohort, code);
    return (await ok(role, SUBMIT, { id: report.id, v: report.version })).submitFollowUpReport;
  }
  /** OWN's ONE_YEAR report, approved by the mentor. */
  async function approvedOwnReport(): Promise<Report & { cohortId: string }> {
    const cohort = await activeCohort();
    const report = await submitted('own', cohort, OWN);
    await ok('mentor', REVIEW, { i: { reportId: report.id, decision: 'APPROVE', comment: '' } });
    return { ...report, cohortId: cohort.id };
  }

  /** Every table a follow-up operation writes: counts and a digest of the contents. */
  async function snapshot(): Promise<Record<string, unknown>> {
    const tables = [
      'follow_up_reports',
      'goal_assessments',
      'reviews',
      'checkpoints',
      'mentor_edges',
      'learning_examples',
      'learning_example_organizations',
    ];
    const parts = tables.map(
      (t) =>
        `(SELECT count(*)::int FROM ${t}) AS "${t}", (SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM ${t} x) AS "${t}_digest"`,
    );
    return one(
      `SELECT ${parts.join(', ')}, (SELECT count(*)::int FROM audit_log) AS audit_log,
              (SELECT string_agg(code || ':' || mentor_eligible, ',' ORDER BY code) FROM organizations WHERE mentor_eligible) AS eligible`,
    );
  }

  // ---- reads ------------------------------------------------------------------------------------

  const REPORT_READ: Expected = {
    processLeader: 'ok',
    mentor: 'ok',
    own: 'ok',
    peer: 'null',
    outsider: 'null',
    anonymous: 'UNAUTHENTICATED',
  };
  const MENTOR_REPORT_READ: Expected = {
    processLeader: 'ok',
    mentor: 'ok',
    own: 'null',
    peer: 'null',
    outsider: 'null',
    anonymous: 'UNAUTHENTICATED',
  };

  describe.each<[string, string, Expected]>([
    [`followUpReport (${OWN}'s)`, OWN, REPORT_READ],
    [`followUpReport (${PEER}'s, read by its own member "peer")`, PEER, { ...REPORT_READ, own: 'null', peer: 'ok' }],
    [`followUpReport (the mentor's)`, MENTOR, MENTOR_REPORT_READ],
  ])('%s', (_name, code, expected) => {
    it.each(ROLES)('as %s', async (role) => {
      const result = await call(role, `query($id: ID!) { followUpReport(id: $id) { id status summary organization { code } } }`, {
        id: readReports[code].id,
      });
      if (expected[role] === 'UNAUTHENTICATED') {
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
        return;
      }
      expect(result.errors).toBeUndefined();
      expect(result.data?.followUpReport).toEqual(
        expected[role] === 'ok'
          ? { id: readReports[code].id, status: 'DRAFT', summary: `Sammanfattning av ${code}`, organization: { code } }
          : null,
      );
    });
  });

  /** What each role reads of the cohort's reports, by organisation code (null: the cohort itself is not theirs). */
  const VISIBLE: Record<Exclude<Role, 'anonymous'>, string[] | null> = {
    processLeader: [MENTOR, OWN, PEER],
    mentor: [MENTOR, OWN, PEER],
    own: [OWN],
    peer: [PEER],
    outsider: null,
  };

  describe('followUpReports(cohortId)', () => {
    it.each(ROLES)('as %s', async (role) => {
      const result = await call(
        role,
        `query($c: ID) { followUpReports(cohortId: $c) { organization { code } role status daysOverdue report { id } } }`,
        { c: readCohort.id },
      );
      if (role === 'anonymous') {
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
        return;
      }
      expect(result.errors).toBeUndefined();
      const rows = [...(result.data?.followUpReports ?? [])].sort((a: any, b: any) =>
        a.organization.code.localeCompare(b.organization.code),
      );
      expect(rows).toEqual(
        (VISIBLE[role] ?? []).map((code) => ({
          organization: { code },
          role: code === MENTOR ? 'MENTOR' : 'MENTEE',
          status: 'DRAFT',
          // Due on the cohort's follow-up date (2027-02-10): a draft is overdue after it.
          daysOverdue: daysOverdue('2027-02-10', stockholmDate(new Date()), 'DRAFT'),
          report: { id: readReports[code].id },
        })),
      );
    });
  });

  describe('checkpoint { reports }', () => {
    it.each(ROLES)('as %s', async (role) => {
      const result = await call(role, `query($id: ID!) { checkpoint(id: $id) { id kind reports { id organization { code } } } }`, {
        id: readCohort.checkpointId,
      });
      if (role === 'anonymous') {
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
        return;
      }
      expect(result.errors).toBeUndefined();
      const visible = VISIBLE[role];
      if (visible === null) {
        expect(result.data?.checkpoint).toBeNull();
        return;
      }
      expect(result.data?.checkpoint).toMatchObject({ id: readCohort.checkpointId, kind: 'ONE_YEAR' });
      const codes = result.data?.checkpoint.reports.map((r: { organization: { code: string } }) => r.organization.code).sort();
      expect(codes).toEqual(visible);
    });
  });

  describe('CohortMember.reports', () => {
    it.each(ROLES)('as %s', async (role) => {
      const result = await call(role, `query($id: ID!) { cohort(id: $id) { members { organization { code } reports { id status } } } }`, {
        id: readCohort.id,
      });
      if (role === 'anonymous') {
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
        return;
      }
      expect(result.errors).toBeUndefined();
      const visible = VISIBLE[role];
      if (visible === null) {
        expect(result.data?.cohort).toBeNull();
        return;
      }
      const byCode = Object.fromEntries(result.data?.cohort.members.map((m: any) => [m.organization.code, m.reports]));
      expect(byCode).toEqual(
        Object.fromEntries(
          [MENTOR, OWN, PEER].map((code) => [code, visible.includes(code) ? [{ id: readReports[code].id, status: 'DRAFT' }] : []]),
        ),
      );
    });
  });

  describe('LearningExample.cohort', () => {
    /** An example drafted from OWN's approved report: one kept as a draft, one published by the process leader. */
    let cohortId: string;
    let draftSlug: string;
    let publishedSlug: string;

    beforeAll(async () => {
      const first = await approvedOwnReport();
      draftSlug = (await ok('own', EXAMPLE, { id: first.id })).createExampleDraftFromReport.slug;
      const second = await approvedOwnReport();
      cohortId = second.cohortId;
      const example = (await ok('own', EXAMPLE, { id: second.id })).createExampleDraftFromReport;
      await platform.ok(
        `mutation($id: ID!, $v: Int!) { publishLearningExample(id: $id, version: $v) { status } }`,
        { id: example.id, v: example.version },
        leader,
      );
      publishedSlug = example.slug;
    });

    const QUERY = `query($s: String!) { learningExample(slug: $s) { status cohort { id } } }`;

    // A published example is everyone's; its cohort only for those who see the cohort.
    const PUBLISHED: Record<Role, 'cohort' | 'no cohort'> = {
      processLeader: 'cohort',
      mentor: 'cohort',
      own: 'cohort',
      peer: 'cohort',
      outsider: 'no cohort',
      anonymous: 'no cohort',
    };
    it.each(ROLES)('of a published example, as %s', async (role) => {
      const result = await call(role, QUERY, { s: publishedSlug });
      expect(result.errors).toBeUndefined();
      expect(result.data?.learningExample).toEqual({ status: 'PUBLISHED', cohort: PUBLISHED[role] === 'cohort' ? { id: cohortId } : null });
    });

    // A draft is its organisation's and the process leaders'.
    const DRAFT: Record<Role, boolean> = { processLeader: true, mentor: false, own: true, peer: false, outsider: false, anonymous: false };
    it.each(ROLES)('of a draft, as %s', async (role) => {
      const result = await call(role, QUERY, { s: draftSlug });
      expect(result.errors).toBeUndefined();
      if (DRAFT[role]) expect(result.data?.learningExample).toEqual({ status: 'DRAFT', cohort: { id: expect.any(String) } });
      else expect(result.data?.learningExample).toBeNull();
    });
  });

  // ---- mutations --------------------------------------------------------------------------------

  /**
   * One operation: `prepare` makes what the call needs, `call` runs it as the role, `written` proves
   * what an allowed call wrote. A refused call must leave every follow-up table as it was.
   */
  interface MutationCase<C = any> {
    name: string;
    expected: Expected;
    prepare: () => Promise<C>;
    call: (role: Role, ctx: C) => Promise<GqlResult<any>>;
    written: (result: GqlResult<any>, ctx: C, role: Role) => Promise<void> | void;
  }

  const reportRow = (id: string) => one(`SELECT status, version, summary, submitted_by_id FROM follow_up_reports WHERE id = $1`, [id]);

  const mutations: MutationCase[] = [
    {
      name: `saveFollowUpReport: create ${OWN}'s report (version 0)`,
      expected: WRITE_OWN,
      prepare: activeCohort,
      call: (role, cohort: Cohort) =>
        call(role, SAVE, { i: { checkpointId: cohort.checkpointId, organizationCode: OWN, version: 0, summary: `Skrivet av ${role}` } }),
      written: async (result, cohort: Cohort, role) => {
        expect(result.data?.saveFollowUpReport).toMatchObject({
          status: 'DRAFT',
          version: 1,
          summary: `Skrivet av ${role}`,
          organization: { code: OWN },
        });
        expect(
          await one(
            `SELECT r.status, r.summary, o.code FROM follow_up_reports r JOIN organizations o ON o.id = r.organization_id WHERE r.checkpoint_id = $1`,
            [cohort.checkpointId],
          ),
        ).toEqual({ status: 'DRAFT', summary: `Skrivet av ${role}`, code: OWN });
        expect(await one(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1`, [result.data?.saveFollowUpReport.id])).toEqual({
          action: 'report.create',
          actor_id: userIds[role],
        });
      },
    },
    {
      name: `saveFollowUpReport: create the mentor's report (version 0)`,
      expected: WRITE_MENTOR,
      prepare: activeCohort,
      call: (role, cohort: Cohort) =>
        call(role, SAVE, { i: { checkpointId: cohort.checkpointId, organizationCode: MENTOR, version: 0, summary: `Skrivet av ${role}` } }),
      written: (result) => {
        expect(result.data?.saveFollowUpReport).toMatchObject({ status: 'DRAFT', version: 1, organization: { code: MENTOR } });
      },
    },
    {
      name: `saveFollowUpReport: update ${OWN}'s draft`,
      expected: WRITE_OWN,
      prepare: async () => ({
        cohort: readCohort,
        report: { id: readReports[OWN].id, version: (await reportRow(readReports[OWN].id)).version },
      }),
      call: (role, { cohort, report }: { cohort: Cohort; report: Report }) =>
        call(role, SAVE, {
          i: {
            checkpointId: cohort.checkpointId,
            organizationCode: OWN,
            version: report.version,
            summary: `Sammanfattning av ${OWN}`,
            whatWorked: `Ändrat av ${role}`,
          },
        }),
      written: async (result, { report }: { report: Report }, role) => {
        expect(result.data?.saveFollowUpReport).toMatchObject({ id: report.id, version: report.version + 1 });
        expect(await one(`SELECT what_worked, version FROM follow_up_reports WHERE id = $1`, [report.id])).toEqual({
          what_worked: `Ändrat av ${role}`,
          version: report.version + 1,
        });
      },
    },
    {
      name: `submitFollowUpReport: ${OWN}'s complete draft`,
      expected: SUBMIT_OWN,
      prepare: async () => draft('own', await activeCohort(), OWN),
      call: (role, report: Report) => call(role, SUBMIT, { id: report.id, v: report.version }),
      written: async (result, report: Report, role) => {
        expect(result.data?.submitFollowUpReport).toEqual({ id: report.id, status: 'SUBMITTED', version: report.version + 1 });
        expect(await reportRow(report.id)).toMatchObject({ status: 'SUBMITTED', submitted_by_id: userIds[role] });
      },
    },
    {
      name: `reviewFollowUpReport: ${OWN}'s submitted report (a mentee's)`,
      expected: REVIEW_MENTEE,
      prepare: async () => submitted('own', await activeCohort(), OWN),
      call: (role, report: Report) =>
        call(role, REVIEW, { i: { reportId: report.id, decision: 'APPROVE', comment: `Godkänt av ${role}` } }),
      written: async (result, report: Report, role) => {
        expect(result.data?.reviewFollowUpReport).toMatchObject({
          decision: 'APPROVE',
          comment: `Godkänt av ${role}`,
          reviewer: { id: userIds[role] },
        });
        expect(await reportRow(report.id)).toMatchObject({ status: 'APPROVED', version: report.version + 1 });
        expect(await platform.dataSource.query(`SELECT decision, reviewer_id FROM reviews WHERE report_id = $1`, [report.id])).toEqual([
          { decision: 'APPROVE', reviewer_id: userIds[role] },
        ]);
      },
    },
    {
      name: `reviewFollowUpReport: the mentor's submitted report`,
      expected: REVIEW_MENTOR,
      prepare: async () => submitted('mentor', await activeCohort(), MENTOR),
      call: (role, report: Report) =>
        call(role, REVIEW, { i: { reportId: report.id, decision: 'REQUEST_CHANGES', comment: `Komplettera, hälsar ${role}` } }),
      written: async (result, report: Report, role) => {
        expect(result.data?.reviewFollowUpReport).toMatchObject({ decision: 'REQUEST_CHANGES', reviewer: { id: userIds[role] } });
        expect(await reportRow(report.id)).toMatchObject({ status: 'CHANGES_REQUESTED', version: report.version + 1 });
      },
    },
    {
      name: 'addCheckpoint: a MIDTERM',
      expected: ADD_CHECKPOINT,
      prepare: activeCohort,
      call: (role, cohort: Cohort) => call(role, ADD_CHECKPOINT_QUERY, { c: cohort.id, d: '2026-08-15' }),
      written: async (result, cohort: Cohort) => {
        expect(result.data?.addCheckpoint).toMatchObject({ kind: 'MIDTERM', dueDate: '2026-08-15' });
        expect(
          await platform.dataSource.query(`SELECT kind, due_date::text AS due FROM checkpoints WHERE cohort_id = $1 ORDER BY due_date`, [
            cohort.id,
          ]),
        ).toEqual([
          { kind: 'MIDTERM', due: '2026-08-15' },
          { kind: 'ONE_YEAR', due: '2027-02-10' },
        ]);
      },
    },
    {
      name: `createExampleDraftFromReport: ${OWN}'s approved report`,
      expected: EXAMPLE_DRAFT,
      prepare: approvedOwnReport,
      call: (role, report: Report) => call(role, EXAMPLE, { id: report.id }),
      written: async (result, report: Report, role) => {
        expect(result.data?.createExampleDraftFromReport).toMatchObject({ status: 'DRAFT', organizations: [{ code: OWN }] });
        expect(
          await platform.dataSource.query(`SELECT status, created_by_id FROM learning_examples WHERE source_report_id = $1`, [report.id]),
        ).toEqual([{ status: 'DRAFT', created_by_id: userIds[role] }]);
      },
    },
  ];

  describe.each(mutations.map((m) => [m.name, m] as const))('%s', (_name, operation) => {
    it.each(ROLES)('as %s', async (role) => {
      const ctx = await operation.prepare();
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
