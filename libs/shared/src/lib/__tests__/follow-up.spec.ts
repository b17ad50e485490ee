import { CohortMemberFacts, transitionNeedsReason } from '../cohorts';
import {
  CheckpointKind,
  CohortStatus,
  Direction,
  Gender,
  GoalAssessmentStatus as A,
  MemberRole,
  ProgressStatus,
  ReportStatus as R,
  ReviewDecision,
  UserRole,
} from '../enums';
import {
  CHECKPOINT_KIND_SV,
  checkpointsOpen,
  daysOverdue,
  ExampleDraftSource,
  exampleDraftFromReport,
  followUpComplete,
  followUpOpen,
  formatNumberSv,
  GOAL_ASSESSMENT_SV,
  graduates,
  indicatorResultLine,
  mayAddCheckpoint,
  mayDraftExampleFromReport,
  mayReviewReport,
  mayViewReport,
  mayWriteReport,
  REPORT_LIMITS,
  REPORT_NOT_STARTED_SV,
  REPORT_STATUS_SV,
  reportEditable,
  ReportFacts,
  reportReviewable,
  reportSubmittable,
  REVIEW_DECISION_SV,
  reviewerOf,
  reviewNeedsComment,
  SnapshotIndicator,
  statusAfterReview,
  submissionGaps,
} from '../follow-up';
import { RuleViewer } from '../viewer';

// The follow-up's rules (libs/shared follow-up.ts): the report's states, who may do what (each rule for
// each kind of viewer), what a submission needs, due dates, conclusion and graduation, and the
// learning-example draft made from an approved report.

const STATUSES = Object.values(R);
const COHORT_STATUSES = Object.values(CohortStatus);

// ---- the cohort and its viewers ------------------------------------------------------------------

/** A mentor, two mentees and a mentee that withdrew; keys are the same kind as RuleViewer.organization. */
const MEMBERS: CohortMemberFacts[] = [
  { organization: 'mentor', role: MemberRole.MENTOR, withdrawn: false },
  { organization: 'own', role: MemberRole.MENTEE, withdrawn: false },
  { organization: 'peer', role: MemberRole.MENTEE, withdrawn: false },
  { organization: 'gone', role: MemberRole.MENTEE, withdrawn: true },
];

type ViewerName = 'processLeader' | 'mentor' | 'own' | 'peer' | 'withdrawn' | 'outsider' | 'anonymous';
const VIEWERS: Record<ViewerName, RuleViewer | null> = {
  processLeader: { role: UserRole.PROCESS_LEADER, organization: 'skr' },
  mentor: { role: UserRole.MEMBER, organization: 'mentor' },
  own: { role: UserRole.MEMBER, organization: 'own' },
  peer: { role: UserRole.MEMBER, organization: 'peer' },
  withdrawn: { role: UserRole.MEMBER, organization: 'gone' },
  outsider: { role: UserRole.MEMBER, organization: 'elsewhere' },
  anonymous: null,
};
const NAMES = Object.keys(VIEWERS) as ViewerName[];

/** The viewers for whom `rule` answers true, in VIEWERS order. */
const allowed = (rule: (viewer: RuleViewer | null) => boolean): ViewerName[] => NAMES.filter((name) => rule(VIEWERS[name]));

describe('words', () => {
  it('has a Swedish word for every status, decision, assessment and checkpoint kind', () => {
    expect(REPORT_STATUS_SV).toEqual({
      DRAFT: 'Utkast',
      SUBMITTED: 'Inlämnad',
      CHANGES_REQUESTED: 'Ändringar begärda',
      APPROVED: 'Godkänd',
    });
    expect(REPORT_NOT_STARTED_SV).toBe('Inte påbörjad');
    expect(Object.keys(REVIEW_DECISION_SV).sort()).toEqual(Object.values(ReviewDecision).sort());
    expect(Object.keys(GOAL_ASSESSMENT_SV).sort()).toEqual(Object.values(A).sort());
    expect(Object.keys(CHECKPOINT_KIND_SV).sort()).toEqual(Object.values(CheckpointKind).sort());
    expect(Object.values({ ...REVIEW_DECISION_SV, ...GOAL_ASSESSMENT_SV, ...CHECKPOINT_KIND_SV }).every((w) => w.trim().length > 0)).toBe(
      true,
    );
  });

  it('limits the texts', () => {
    expect(REPORT_LIMITS).toEqual({ text: 20_000, assessmentComment: 2_000, reviewComment: 5_000 });
  });
});

describe("the report's states", () => {
  it('is edited before it is handed in and after changes were requested (null: nobody has begun)', () => {
    expect([null, ...STATUSES].filter(reportEditable)).toEqual([null, R.DRAFT, R.CHANGES_REQUESTED]);
  });

  it('is submitted from DRAFT and again from CHANGES_REQUESTED, never before it exists', () => {
    expect([null, ...STATUSES].filter(reportSubmittable)).toEqual([R.DRAFT, R.CHANGES_REQUESTED]);
  });

  it('is reviewed only while SUBMITTED', () => {
    expect([null, ...STATUSES].filter(reportReviewable)).toEqual([R.SUBMITTED]);
  });

  it('moves to APPROVED or CHANGES_REQUESTED on review; only a request for changes needs a comment', () => {
    expect(statusAfterReview(ReviewDecision.APPROVE)).toBe(R.APPROVED);
    expect(statusAfterReview(ReviewDecision.REQUEST_CHANGES)).toBe(R.CHANGES_REQUESTED);
    expect(reviewNeedsComment(ReviewDecision.REQUEST_CHANGES)).toBe(true);
    expect(reviewNeedsComment(ReviewDecision.APPROVE)).toBe(false);
  });

  /** The state machine as the operations see it: save, submit, approve, request changes. */
  type Action = 'save' | 'submit' | 'approve' | 'requestChanges';
  const step = (status: R | null, action: Action): R | null | 'refused' => {
    switch (action) {
      case 'save':
        return reportEditable(status) ? (status ?? R.DRAFT) : 'refused';
      case 'submit':
        return reportSubmittable(status) ? R.SUBMITTED : 'refused';
      case 'approve':
        return reportReviewable(status) ? statusAfterReview(ReviewDecision.APPROVE) : 'refused';
      case 'requestChanges':
        return reportReviewable(status) ? statusAfterReview(ReviewDecision.REQUEST_CHANGES) : 'refused';
    }
  };

  it.each<[R | null, Action, R | null | 'refused']>([
    [null, 'save', R.DRAFT],
    [null, 'submit', 'refused'],
    [null, 'approve', 'refused'],
    [R.DRAFT, 'save', R.DRAFT],
    [R.DRAFT, 'submit', R.SUBMITTED],
    [R.DRAFT, 'approve', 'refused'],
    [R.DRAFT, 'requestChanges', 'refused'],
    [R.SUBMITTED, 'save', 'refused'],
    [R.SUBMITTED, 'submit', 'refused'],
    [R.SUBMITTED, 'approve', R.APPROVED],
    [R.SUBMITTED, 'requestChanges', R.CHANGES_REQUESTED],
    [R.CHANGES_REQUESTED, 'save', R.CHANGES_REQUESTED],
    [R.CHANGES_REQUESTED, 'submit', R.SUBMITTED],
    [R.CHANGES_REQUESTED, 'approve', 'refused'],
    [R.CHANGES_REQUESTED, 'requestChanges', 'refused'],
    [R.APPROVED, 'save', 'refused'],
    [R.APPROVED, 'submit', 'refused'],
    [R.APPROVED, 'approve', 'refused'],
    [R.APPROVED, 'requestChanges', 'refused'],
  ])('%s, %s → %s', (from, action, to) => expect(step(from, action)).toBe(to));

  it('walks draft → submitted → changes requested → resubmitted → approved, and then stands still', () => {
    const path: Action[] = ['save', 'submit', 'requestChanges', 'save', 'submit', 'approve'];
    const seen: (R | null | 'refused')[] = [];
    let status: R | null = null;
    for (const action of path) {
      const next = step(status, action);
      seen.push(next);
      if (next !== 'refused') status = next;
    }
    expect(seen).toEqual([R.DRAFT, R.SUBMITTED, R.CHANGES_REQUESTED, R.CHANGES_REQUESTED, R.SUBMITTED, R.APPROVED]);
    expect((['save', 'submit', 'approve', 'requestChanges'] as Action[]).map((a) => step(R.APPROVED, a))).toEqual([
      'refused',
      'refused',
      'refused',
      'refused',
    ]);
  });

  it('opens reports while the cohort is ACTIVE or in FOLLOW_UP, and checkpoints until it has ended', () => {
    expect(COHORT_STATUSES.filter(followUpOpen)).toEqual([CohortStatus.ACTIVE, CohortStatus.FOLLOW_UP]);
    expect(COHORT_STATUSES.filter(checkpointsOpen)).toEqual([CohortStatus.PLANNED, CohortStatus.ACTIVE, CohortStatus.FOLLOW_UP]);
  });
});

describe('who may do what', () => {
  describe('mayViewReport', () => {
    it("lets a mentee's report be read by its own organisation, the cohort's mentor and process leaders", () => {
      expect(allowed((v) => mayViewReport(v, MEMBERS, 'own'))).toEqual(['processLeader', 'mentor', 'own']);
    });
    it("lets the mentor's report be read by the mentor and process leaders, not by its mentees", () => {
      expect(allowed((v) => mayViewReport(v, MEMBERS, 'mentor'))).toEqual(['processLeader', 'mentor']);
    });
    it("lets a withdrawn organisation's report be read by the mentor and process leaders, no longer by itself", () => {
      expect(allowed((v) => mayViewReport(v, MEMBERS, 'gone'))).toEqual(['processLeader', 'mentor']);
    });
    it('lets a mentor that withdrew read nothing any more', () => {
      const members = MEMBERS.map((m) => (m.role === MemberRole.MENTOR ? { ...m, withdrawn: true } : m));
      expect(allowed((v) => mayViewReport(v, members, 'own'))).toEqual(['processLeader', 'own']);
    });
  });

  describe('mayWriteReport', () => {
    it("lets only a mentee's own members write its report (not the mentor, not a process leader)", () => {
      expect(allowed((v) => mayWriteReport(v, MEMBERS, 'own'))).toEqual(['own']);
    });
    it("lets only the mentor's members write the mentor's report", () => {
      expect(allowed((v) => mayWriteReport(v, MEMBERS, 'mentor'))).toEqual(['mentor']);
    });
    it('lets nobody write for an organisation that withdrew, or one that is not in the cohort', () => {
      expect(allowed((v) => mayWriteReport(v, MEMBERS, 'gone'))).toEqual([]);
      expect(allowed((v) => mayWriteReport(v, MEMBERS, 'elsewhere'))).toEqual([]);
    });
  });

  describe('reviewerOf and mayReviewReport', () => {
    it("names the mentor as a mentee's reviewer and the process leader as the mentor's", () => {
      expect(reviewerOf(MEMBERS, 'own')).toBe('MENTOR');
      expect(reviewerOf(MEMBERS, 'peer')).toBe('MENTOR');
      expect(reviewerOf(MEMBERS, 'mentor')).toBe('PROCESS_LEADER');
    });
    it('names no reviewer for a withdrawn organisation or one outside the cohort', () => {
      expect(reviewerOf(MEMBERS, 'gone')).toBeNull();
      expect(reviewerOf(MEMBERS, 'elsewhere')).toBeNull();
    });
    it("lets only the mentor's members review a mentee's report", () => {
      expect(allowed((v) => mayReviewReport(v, MEMBERS, 'own'))).toEqual(['mentor']);
      expect(allowed((v) => mayReviewReport(v, MEMBERS, 'peer'))).toEqual(['mentor']);
    });
    it("lets only process leaders review the mentor's report (the mentor never reviews its own)", () => {
      expect(allowed((v) => mayReviewReport(v, MEMBERS, 'mentor'))).toEqual(['processLeader']);
    });
    it('lets nobody review the report of an organisation that withdrew', () => {
      expect(allowed((v) => mayReviewReport(v, MEMBERS, 'gone'))).toEqual([]);
    });
  });

  it('lets only process leaders add checkpoints', () => {
    expect(allowed((v) => mayAddCheckpoint(v))).toEqual(['processLeader']);
  });

  describe('mayDraftExampleFromReport', () => {
    it("lets the organisation's own members and process leaders make an example of an approved report", () => {
      expect(allowed((v) => mayDraftExampleFromReport(v, MEMBERS, 'own', R.APPROVED))).toEqual(['processLeader', 'own']);
      expect(allowed((v) => mayDraftExampleFromReport(v, MEMBERS, 'mentor', R.APPROVED))).toEqual(['processLeader', 'mentor']);
    });
    it.each([R.DRAFT, R.SUBMITTED, R.CHANGES_REQUESTED])('lets nobody make an example of a report that is %s', (status) => {
      expect(allowed((v) => mayDraftExampleFromReport(v, MEMBERS, 'own', status))).toEqual([]);
    });
  });
});

describe('submissionGaps', () => {
  const GOALS = ['g1', 'g2'];
  const assessed = (...ids: string[]) => ids.map((goalId) => ({ goalId, status: A.ONGOING }));

  it('finds nothing missing in a report with a summary and every goal assessed', () => {
    expect(submissionGaps({ summary: 'Vi har arbetat.', goalAssessments: assessed('g2', 'g1') }, GOALS)).toEqual([]);
  });
  it('asks for a summary when there is none, or only white space', () => {
    expect(submissionGaps({ summary: null, goalAssessments: assessed('g1', 'g2') }, GOALS)).toEqual([{ field: 'summary' }]);
    expect(submissionGaps({ summary: ' \n\t ', goalAssessments: assessed('g1', 'g2') }, GOALS)).toEqual([{ field: 'summary' }]);
  });
  it('names each goal without an assessment, in the order of the goals', () => {
    expect(submissionGaps({ summary: null, goalAssessments: [] }, GOALS)).toEqual([
      { field: 'summary' },
      { field: 'goalAssessments', goalId: 'g1' },
      { field: 'goalAssessments', goalId: 'g2' },
    ]);
  });
  it('counts an assessment without a status as missing, and ignores assessments of other goals', () => {
    expect(
      submissionGaps(
        {
          summary: 'Klart.',
          goalAssessments: [
            { goalId: 'g1', status: null },
            { goalId: 'other', status: A.ACHIEVED },
            { goalId: 'g2', status: A.NOT_ACHIEVED },
          ],
        },
        GOALS,
      ),
    ).toEqual([{ field: 'goalAssessments', goalId: 'g1' }]);
  });
  it('needs only a summary when the report covers no goals', () => {
    expect(submissionGaps({ summary: 'Klart.', goalAssessments: [] }, [])).toEqual([]);
  });
});

describe('daysOverdue', () => {
  it.each([null, R.DRAFT, R.CHANGES_REQUESTED])('counts the days past the due date of a report not handed in (%s)', (status) => {
    expect(daysOverdue('2026-11-22', '2026-12-02', status)).toBe(10);
    expect(daysOverdue('2026-12-01', '2026-12-02', status)).toBe(1);
  });
  it.each([R.SUBMITTED, R.APPROVED])('is null for a report handed in (%s), however late', (status) => {
    expect(daysOverdue('2020-01-01', '2026-12-02', status)).toBeNull();
  });
  it('is null on the due date and before it', () => {
    expect(daysOverdue('2026-12-02', '2026-12-02', null)).toBeNull();
    expect(daysOverdue('2027-02-10', '2026-12-02', R.DRAFT)).toBeNull();
  });
  it('counts calendar days across a change to summer time, a leap day and a year end', () => {
    expect(daysOverdue('2026-03-28', '2026-03-30', null)).toBe(2);
    expect(daysOverdue('2026-10-24', '2026-10-26', null)).toBe(2);
    expect(daysOverdue('2028-02-28', '2028-03-01', null)).toBe(2);
    expect(daysOverdue('2026-12-31', '2027-01-01', null)).toBe(1);
    expect(daysOverdue('2025-12-02', '2026-12-02', null)).toBe(365);
  });
});

describe('conclusion and graduation', () => {
  const oneYear = (organization: string, status: R): ReportFacts => ({ organization, kind: CheckpointKind.ONE_YEAR, status });
  const midterm = (organization: string, status: R): ReportFacts => ({ organization, kind: CheckpointKind.MIDTERM, status });
  const allApproved = [oneYear('mentor', R.APPROVED), oneYear('own', R.APPROVED), oneYear('peer', R.APPROVED)];

  describe('followUpComplete', () => {
    it("is complete when every current member's ONE_YEAR report is approved; a withdrawn member is not waited for", () => {
      expect(followUpComplete(MEMBERS, allApproved)).toBe(true);
    });
    it('counts the withdrawn member out also when its report is not approved', () => {
      expect(followUpComplete(MEMBERS, [...allApproved, oneYear('gone', R.DRAFT)])).toBe(true);
    });
    it.each([R.DRAFT, R.SUBMITTED, R.CHANGES_REQUESTED])('is not complete while one report is %s', (status) => {
      expect(followUpComplete(MEMBERS, [oneYear('mentor', R.APPROVED), oneYear('own', R.APPROVED), oneYear('peer', status)])).toBe(false);
    });
    it("waits for the mentor's report too", () => {
      expect(followUpComplete(MEMBERS, [oneYear('own', R.APPROVED), oneYear('peer', R.APPROVED)])).toBe(false);
    });
    it('does not count an approved MIDTERM report as the ONE_YEAR one', () => {
      expect(followUpComplete(MEMBERS, [oneYear('mentor', R.APPROVED), oneYear('own', R.APPROVED), midterm('peer', R.APPROVED)])).toBe(
        false,
      );
    });
    it('is never complete without current members', () => {
      expect(followUpComplete([], [])).toBe(false);
      expect(followUpComplete([{ organization: 'gone', role: MemberRole.MENTEE, withdrawn: true }], [oneYear('gone', R.APPROVED)])).toBe(
        false,
      );
    });
    it('decides whether concluding needs a reason', () => {
      expect(transitionNeedsReason(CohortStatus.CONCLUDED, followUpComplete(MEMBERS, allApproved))).toBe(false);
      expect(transitionNeedsReason(CohortStatus.CONCLUDED, followUpComplete(MEMBERS, allApproved.slice(1)))).toBe(true);
      expect(transitionNeedsReason(CohortStatus.CONCLUDED)).toBe(true);
      expect(transitionNeedsReason(CohortStatus.CANCELLED, true)).toBe(true);
      expect(transitionNeedsReason(CohortStatus.FOLLOW_UP, false)).toBe(false);
    });
  });

  describe('graduates', () => {
    it('graduates every current mentee with an approved ONE_YEAR report, never the mentor', () => {
      expect(graduates(MEMBERS, allApproved)).toEqual(['own', 'peer']);
    });
    it('graduates only the approved mentee when another is not approved', () => {
      expect(graduates(MEMBERS, [oneYear('mentor', R.APPROVED), oneYear('own', R.SUBMITTED), oneYear('peer', R.APPROVED)])).toEqual([
        'peer',
      ]);
    });
    it('does not graduate a withdrawn mentee, nor one with only an approved MIDTERM report', () => {
      expect(graduates(MEMBERS, [oneYear('gone', R.APPROVED), midterm('own', R.APPROVED)])).toEqual([]);
    });
    it('graduates nobody without reports', () => {
      expect(graduates(MEMBERS, [])).toEqual([]);
    });
  });
});

describe('from report to learning example', () => {
  const progress = (p: Partial<SnapshotIndicator['progress']> = {}): SnapshotIndicator['progress'] => ({
    status: ProgressStatus.ON_TRACK,
    baseline: null,
    baselinePeriod: null,
    latest: null,
    latestPeriod: null,
    genderGap: null,
    genderGapBaseline: null,
    genderGapChange: null,
    ...p,
  });

  /** Women 40 → 47, men 30 → 33 (2023 → 2025): the gap grew from 10 to 14. */
  const BY_GENDER: SnapshotIndicator = {
    goalId: 'g1',
    name: 'Andel heltidsanställda',
    unit: '%',
    direction: Direction.HIGHER_IS_BETTER,
    byGender: true,
    progress: progress({
      baseline: 35,
      baselinePeriod: '2023',
      latest: 40,
      latestPeriod: '2025',
      genderGap: 14,
      genderGapBaseline: 10,
      genderGapChange: 4,
    }),
    byGenderProgress: [
      { gender: Gender.WOMEN, baseline: 40, latest: 47, baselinePeriod: '2023', latestPeriod: '2025' },
      { gender: Gender.MEN, baseline: 30, latest: 33, baselinePeriod: '2023', latestPeriod: '2025' },
    ],
  };
  /** A total-only indicator with a decimal value: 12.25 → 9.5 (lower is better). */
  const TOTAL_ONLY: SnapshotIndicator = {
    goalId: 'g2',
    name: 'Sjukfrånvaro',
    unit: 'dagar',
    direction: Direction.LOWER_IS_BETTER,
    byGender: false,
    progress: progress({ status: ProgressStatus.ACHIEVED, baseline: 12.25, baselinePeriod: '2022', latest: 9.5, latestPeriod: '2024' }),
    byGenderProgress: [],
  };

  describe('formatNumberSv', () => {
    it('writes numbers the Swedish way', () => {
      expect(formatNumberSv(41.5)).toBe('41,5');
      expect(formatNumberSv(47)).toBe('47');
      expect(formatNumberSv(2 / 3)).toBe('0,67');
      expect(formatNumberSv(-3.25)).toBe('-3,25');
      expect(formatNumberSv(-1234.567)).toBe('-1\u00a0234,57');
    });
  });

  describe('indicatorResultLine', () => {
    it("gives each gender's change, the gap's change and the status of a by-gender indicator", () => {
      expect(indicatorResultLine(BY_GENDER)).toBe(
        'Andel heltidsanställda: Kvinnor 40 % (2023) → 47 % (2025); Män 30 % (2023) → 33 % (2025); skillnaden mellan kvinnor och män har ökat med 4 procentenheter; på väg.',
      );
    });
    it('says the gap narrowed when it did', () => {
      const narrowing = { ...BY_GENDER, progress: { ...BY_GENDER.progress, genderGap: 6.5, genderGapBaseline: 10, genderGapChange: -3.5 } };
      expect(indicatorResultLine(narrowing)).toContain('; skillnaden mellan kvinnor och män har minskat med 3,5 procentenheter; på väg.');
    });
    it('leaves the gap out when it did not change, and names a gender without values', () => {
      const line = indicatorResultLine({
        ...BY_GENDER,
        progress: { ...BY_GENDER.progress, genderGap: 10, genderGapBaseline: 10, genderGapChange: 0 },
        byGenderProgress: [
          BY_GENDER.byGenderProgress[0],
          { gender: Gender.MEN, baseline: null, latest: null, baselinePeriod: null, latestPeriod: null },
        ],
      });
      expect(line).toBe('Andel heltidsanställda: Kvinnor 40 % (2023) → 47 % (2025); Män saknas; på väg.');
    });
    it('gives the total of an indicator not split by gender', () => {
      expect(indicatorResultLine(TOTAL_ONLY)).toBe('Sjukfrånvaro: 12,25 dagar (2022) → 9,5 dagar (2024); uppnått.');
    });
    it('gives one value when there is no earlier one to compare with, and says when there are none', () => {
      expect(
        indicatorResultLine({
          ...TOTAL_ONLY,
          unit: '',
          progress: progress({ latest: 7, latestPeriod: '2024', baseline: 7, baselinePeriod: '2024' }),
        }),
      ).toBe('Sjukfrånvaro: 7 (2024); på väg.');
      // "inga värden" once, not again as the status.
      expect(indicatorResultLine({ ...TOTAL_ONLY, progress: progress({ status: ProgressStatus.NO_DATA }) })).toBe(
        'Sjukfrånvaro: inga värden.',
      );
    });
    it('says nothing of a gap that changed sign but not size, or less than a hundredth', () => {
      const line = 'Andel heltidsanställda: Kvinnor 40 % (2023) → 47 % (2025); Män 30 % (2023) → 33 % (2025); på väg.';
      expect(
        indicatorResultLine({
          ...BY_GENDER,
          progress: { ...BY_GENDER.progress, genderGap: 10, genderGapBaseline: -10, genderGapChange: 20 },
        }),
      ).toBe(line);
      expect(
        indicatorResultLine({
          ...BY_GENDER,
          progress: { ...BY_GENDER.progress, genderGap: 0.1 + 0.2, genderGapBaseline: 0.3, genderGapChange: 0.1 + 0.2 - 0.3 },
        }),
      ).toBe(line);
    });
  });

  describe('exampleDraftFromReport', () => {
    const SOURCE: ExampleDraftSource = {
      organizationName: 'Olofströms kommun',
      cohortName: 'Omgång Blekinge 2026',
      cohortStartDate: '2026-02-10',
      cohortFollowUpDueDate: '2027-02-10',
      summary: '  Vi kartlade hur stödet fördelades.\n\nSedan ändrade vi rutinerna.  ',
      whatWorked: ' Ledningens stöd och tydliga mål. ',
      goals: [
        { id: 'g1', title: 'Jämställd heltid', assessment: A.PARTLY_ACHIEVED, comment: '  Kvinnorna har fått fler heltider. ' },
        { id: 'g2', title: 'Lägre sjukfrånvaro', assessment: A.ACHIEVED, comment: null },
        { id: 'g3', title: 'Jämställd service', assessment: null, comment: '   ' },
      ],
      indicators: [TOTAL_ONLY, BY_GENDER],
    };

    it('fills Bakgrund from the summary, Genomförande and Framgångsfaktorer from what worked, Resultat from the assessments and indicators, Tidsperiod from the cohort', () => {
      expect(exampleDraftFromReport(SOURCE)).toEqual({
        title: 'Jämställdhetsarbete i Olofströms kommun (Omgång Blekinge 2026)',
        summary: 'Vi kartlade hur stödet fördelades. Sedan ändrade vi rutinerna.',
        background: 'Vi kartlade hur stödet fördelades.\n\nSedan ändrade vi rutinerna.',
        implementation: 'Ledningens stöd och tydliga mål.',
        successFactors: 'Ledningens stöd och tydliga mål.',
        results: [
          'Målet "Jämställd heltid": delvis uppnått. Kvinnorna har fått fler heltider.',
          '– Andel heltidsanställda: Kvinnor 40 % (2023) → 47 % (2025); Män 30 % (2023) → 33 % (2025); skillnaden mellan kvinnor och män har ökat med 4 procentenheter; på väg.',
          'Målet "Lägre sjukfrånvaro": uppnått.',
          '– Sjukfrånvaro: 12,25 dagar (2022) → 9,5 dagar (2024); uppnått.',
          'Målet "Jämställd service": inte bedömt.',
        ].join('\n'),
        periodStart: 2026,
        periodEnd: 2027,
      });
    });

    it('makes a summary of its own and leaves the sections empty when the report has no texts', () => {
      const draft = exampleDraftFromReport({ ...SOURCE, summary: '  ', whatWorked: null, goals: [], indicators: [] });
      expect(draft).toMatchObject({
        summary: 'Olofströms kommuns arbete i Omgång Blekinge 2026.',
        background: null,
        implementation: null,
        successFactors: null,
        results: null,
      });
    });

    it('shortens a long summary at a sentence, or at a word with an ellipsis', () => {
      const sentence = 'Kommunen har arbetat länge med frågan och nått långt. ';
      const long = sentence.repeat(20);
      const bySentence = exampleDraftFromReport({ ...SOURCE, summary: long }).summary;
      expect(bySentence.length).toBeLessThanOrEqual(400);
      expect(bySentence.endsWith('långt.')).toBe(true);
      expect(long.startsWith(bySentence)).toBe(true);

      const words = 'ord '.repeat(200);
      const byWord = exampleDraftFromReport({ ...SOURCE, summary: words }).summary;
      expect(byWord).toMatch(/^(ord )+…$/);
      expect(byWord.length).toBeLessThanOrEqual(402);
      // The whole summary still becomes the background.
      expect(exampleDraftFromReport({ ...SOURCE, summary: words }).background).toBe(words.trim());
    });

    it('keeps the results within an example section (20 000 characters), cutting long comments', () => {
      const goals = SOURCE.goals.map((g) => ({ ...g, comment: 'lång kommentar '.repeat(1000) }));
      const results = exampleDraftFromReport({ ...SOURCE, goals }).results ?? '';
      expect(results).toHaveLength(20_000);
      expect(results.startsWith(`Målet "${SOURCE.goals[0].title}"`)).toBe(true);
    });

    it('keeps the title within 300 characters', () => {
      expect(exampleDraftFromReport({ ...SOURCE, cohortName: 'x'.repeat(400) }).title).toHaveLength(300);
    });

    it('puts each indicator under its own goal only', () => {
      const results = exampleDraftFromReport({ ...SOURCE, goals: [SOURCE.goals[1]] }).results;
      expect(results).toBe('Målet "Lägre sjukfrånvaro": uppnått.\n– Sjukfrånvaro: 12,25 dagar (2022) → 9,5 dagar (2024); uppnått.');
    });
  });
});
