import type { TFunction } from 'i18next';
import {
  followUpOpen,
  Gender,
  GoalAssessmentStatus,
  enumValues,
  indicatorResultLine,
  isProcessLeader,
  mayDraftExampleFromReport,
  mayReviewReport,
  mayViewReport,
  mayWriteReport,
  REPORT_LIMITS,
  ReportStatus,
  reportEditable,
  reportReviewable,
  reportSubmittable,
  reviewerOf,
  submissionGaps,
  type CohortStatus,
  type SnapshotIndicator,
} from '@modellkommuner/shared';
import type {
  CurrentUserFragment,
  FollowUpReportDetailsFragment,
  IndicatorProgressFieldsFragment,
  MemberRole,
  ReportPageQuery,
  SaveFollowUpReportInput,
} from '../../gql/graphql';
import type { FieldProblem, UiError } from '../../shared/errors/error-message';
import { memberFacts, ruleViewer } from '../cohorts';
import { chartRows, goalsOf, tableGenders, type ChartTarget, type ChartValue } from '../goals';

// What the report page and its print view are made of, as plain data: who may do what (the shared
// follow-up rules, libs/shared follow-up.ts, with organisation codes as keys), the form's values and
// what is sent, the problems found before sending, and the indicator tables.

export type ReportCheckpoint = NonNullable<ReportPageQuery['checkpoint']>;
export type ReportCohort = ReportCheckpoint['cohort'];
export type ReportGoal = ReportCohort['goals'][number];
export type ReportDetails = FollowUpReportDetailsFragment;

export const ASSESSMENTS: readonly GoalAssessmentStatus[] = enumValues(GoalAssessmentStatus);

export function isAssessment(value: unknown): value is GoalAssessmentStatus {
  return typeof value === 'string' && (ASSESSMENTS as readonly string[]).includes(value);
}

interface MemberLike {
  role: MemberRole;
  withdrawnAt?: string | null;
  organization: { code: string; name: string };
}

// ---- who may do what ------------------------------------------------------------------------------

export interface ReportPermissions {
  /** The organisation itself, the cohort's mentor, process leaders (mayViewReport). */
  mayView: boolean;
  /** The organisation's own members, while the report is editable and the follow-up open (mayWriteReport). */
  mayWrite: boolean;
  /**
   * Handing it in: the authors, from DRAFT or CHANGES_REQUESTED. A report nobody has begun is offered it
   * too: the form saves first, which makes it a DRAFT (reportSubmittable).
   */
  maySubmit: boolean;
  /** The mentor for a mentee's report, a process leader for the mentor's, while it waits (mayReviewReport). */
  mayReview: boolean;
  /** Its members or a process leader, once it is APPROVED (mayDraftExampleFromReport). */
  mayDraftExample: boolean;
  /** Who reviews it: the mentor or the process leader (reviewerOf); null when the organisation is not in the cohort. */
  reviewer: 'MENTOR' | 'PROCESS_LEADER' | null;
  processLeader: boolean;
}

export function reportPermissions(
  user: Pick<CurrentUserFragment, 'role' | 'organization'>,
  members: readonly MemberLike[],
  cohortStatus: CohortStatus,
  organizationCode: string,
  status: ReportStatus | null,
): ReportPermissions {
  const viewer = ruleViewer(user);
  const facts = members.map(memberFacts);
  const open = followUpOpen(cohortStatus);
  const mayWrite = open && mayWriteReport(viewer, facts, organizationCode) && reportEditable(status);
  return {
    mayView: mayViewReport(viewer, facts, organizationCode),
    mayWrite,
    maySubmit: mayWrite && reportSubmittable(status ?? ReportStatus.DRAFT),
    mayReview: open && mayReviewReport(viewer, facts, organizationCode) && reportReviewable(status),
    mayDraftExample: status !== null && mayDraftExampleFromReport(viewer, facts, organizationCode, status),
    reviewer: reviewerOf(facts, organizationCode),
    processLeader: isProcessLeader(viewer),
  };
}

/** The goals a report covers: the cohort's shared goals and the organisation's own (as CohortMember.goals), shared first. */
export function reportGoals(cohort: Pick<ReportCohort, 'goals'>, organizationCode: string): ReportGoal[] {
  return goalsOf(cohort.goals, organizationCode);
}

// ---- the form -------------------------------------------------------------------------------------

export const TEXT_FIELDS = ['summary', 'whatWorked', 'challenges', 'nextSteps'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface AssessmentValue {
  status: GoalAssessmentStatus | '';
  comment: string;
}

export interface ReportFormValues {
  summary: string;
  whatWorked: string;
  challenges: string;
  nextSteps: string;
  /** By goal id, one for each goal the report covers. */
  assessments: Record<string, AssessmentValue>;
}

export const REPORT_FIELD_IDS: Record<TextField, string> = {
  summary: 'report-summary',
  whatWorked: 'report-what-worked',
  challenges: 'report-challenges',
  nextSteps: 'report-next-steps',
};

/** The radio group of a goal's assessment (an error summary's link focuses it). */
export function assessmentGroupId(goalId: string): string {
  return `report-goal-${goalId}-assessment`;
}

export function assessmentCommentId(goalId: string): string {
  return `report-goal-${goalId}-comment`;
}

/** The form field of a goal's assessment, as problems name it: `goalAssessments.<goal id>`. */
export function assessmentField(goalId: string): string {
  return `goalAssessments.${goalId}`;
}

export function assessmentCommentField(goalId: string): string {
  return `goalAssessments.${goalId}.comment`;
}

/**
 * Field → control, for the error summary's links: the texts, each goal's assessment and comment, and the
 * API's `goalAssessments` (a submission refused for a goal not assessed) to the first goal's group.
 */
export function reportFieldIds(goalIds: readonly string[]): Record<string, string> {
  const ids: Record<string, string> = { ...REPORT_FIELD_IDS };
  if (goalIds[0]) ids['goalAssessments'] = assessmentGroupId(goalIds[0]);
  for (const goalId of goalIds) {
    ids[assessmentField(goalId)] = assessmentGroupId(goalId);
    ids[assessmentCommentField(goalId)] = assessmentCommentId(goalId);
  }
  return ids;
}

/** The form's values for a report as saved (empty when nobody has begun it), one assessment per goal. */
export function formFromReport(
  report: Pick<ReportDetails, TextField | 'goalAssessments'> | null | undefined,
  goalIds: readonly string[],
): ReportFormValues {
  const assessments: Record<string, AssessmentValue> = {};
  for (const goalId of goalIds) {
    const saved = report?.goalAssessments.find((assessment) => assessment.goal.id === goalId);
    assessments[goalId] = { status: saved?.status ?? '', comment: saved?.comment ?? '' };
  }
  return {
    summary: report?.summary ?? '',
    whatWorked: report?.whatWorked ?? '',
    challenges: report?.challenges ?? '',
    nextSteps: report?.nextSteps ?? '',
    assessments,
  };
}

/** What decides whether anything is unsaved: the values in a fixed order, texts as typed. */
export function contentOf(values: ReportFormValues): string {
  const goalIds = Object.keys(values.assessments).sort();
  return JSON.stringify([
    TEXT_FIELDS.map((field) => values[field]),
    goalIds.map((goalId) => [goalId, values.assessments[goalId]?.status, values.assessments[goalId]?.comment]),
  ]);
}

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';

/** What the form keeps as its draft (shared/draft-store.ts): the values and the version they were written over. */
export interface ReportDraft {
  values: ReportFormValues;
  version: number;
}

/**
 * A draft's values over what is saved, field by field: a value of the wrong shape (an older version of
 * the app) keeps the saved one, and only the goals the report covers now are taken.
 */
export function fromDraft(draft: unknown, fallback: ReportFormValues): ReportFormValues {
  const values = isRecord(draft) ? draft['values'] : undefined;
  if (!isRecord(values)) return fallback;
  const text = (field: TextField) => (isText(values[field]) ? values[field] : fallback[field]);
  const saved = isRecord(values['assessments']) ? values['assessments'] : {};
  const assessments: Record<string, AssessmentValue> = {};
  for (const [goalId, fallbackValue] of Object.entries(fallback.assessments)) {
    const restored = saved[goalId];
    assessments[goalId] = isRecord(restored)
      ? {
          status: isAssessment(restored['status']) ? restored['status'] : '',
          comment: isText(restored['comment']) ? restored['comment'] : '',
        }
      : fallbackValue;
  }
  return {
    summary: text('summary'),
    whatWorked: text('whatWorked'),
    challenges: text('challenges'),
    nextSteps: text('nextSteps'),
    assessments,
  };
}

/** The version a draft was written over, when it says. */
export function draftVersion(draft: unknown): number | null {
  const version = isRecord(draft) ? draft['version'] : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/** The draft's key: one per checkpoint and organisation (and user, added by the store). */
export function reportDraftForm(checkpointId: string, organizationCode: string): string {
  return `report:${checkpointId}:${organizationCode}`;
}

const textOrNull = (value: string) => value.trim() || null;

/**
 * `saveFollowUpReport`'s input: every text (blank: null, which empties it) and the assessments of the goals
 * that have one, in the goals' order (they replace what is saved). Version 0 creates the report.
 */
export function toSaveInput(
  values: ReportFormValues,
  goalIds: readonly string[],
  { checkpointId, organizationCode, version }: { checkpointId: string; organizationCode: string; version: number },
): SaveFollowUpReportInput {
  return {
    checkpointId,
    organizationCode,
    version,
    summary: textOrNull(values.summary),
    whatWorked: textOrNull(values.whatWorked),
    challenges: textOrNull(values.challenges),
    nextSteps: textOrNull(values.nextSteps),
    goalAssessments: assessedGoalIds(values, goalIds).map((goalId) => {
      const assessment = values.assessments[goalId];
      return { goalId, status: assessment.status as GoalAssessmentStatus, comment: textOrNull(assessment.comment) };
    }),
  };
}

/** The goals with an assessment chosen, in the goals' order: what `goalAssessments` sends. */
export function assessedGoalIds(values: ReportFormValues, goalIds: readonly string[]): string[] {
  return goalIds.filter((goalId) => isAssessment(values.assessments[goalId]?.status));
}

/** Problems found before saving: texts too long, a comment without an assessment (it would not be saved). */
export function saveProblems(values: ReportFormValues, goals: readonly Pick<ReportGoal, 'id' | 'title'>[], t: TFunction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of TEXT_FIELDS) {
    if (values[field].trim().length > REPORT_LIMITS.text) {
      problems.push({ field, message: t('followUp.form.textTooLong', { label: t(`followUp.fields.${field}`), max: REPORT_LIMITS.text }) });
    }
  }
  for (const goal of goals) {
    const assessment = values.assessments[goal.id];
    if (!assessment) continue;
    if (assessment.comment.trim() && !assessment.status) {
      problems.push({ field: assessmentField(goal.id), message: t('followUp.form.commentWithoutAssessment', { title: goal.title }) });
    }
    if (assessment.comment.trim().length > REPORT_LIMITS.assessmentComment) {
      problems.push({
        field: assessmentCommentField(goal.id),
        message: t('followUp.form.commentTooLong', { title: goal.title, max: REPORT_LIMITS.assessmentComment }),
      });
    }
  }
  return problems;
}

/** What is missing before the report can be handed in (the shared submissionGaps): a summary, every goal assessed. */
export function submitProblems(values: ReportFormValues, goals: readonly Pick<ReportGoal, 'id' | 'title'>[], t: TFunction): FieldProblem[] {
  const goalIds = goals.map((goal) => goal.id);
  const gaps = submissionGaps(
    { summary: values.summary, goalAssessments: goalIds.map((goalId) => ({ goalId, status: values.assessments[goalId]?.status || null })) },
    goalIds,
  );
  return gaps.map((gap) =>
    gap.field === 'summary'
      ? { field: 'summary', message: t('followUp.form.summaryMissing') }
      : {
          field: assessmentField(gap.goalId),
          message: t('followUp.form.goalNotAssessed', { title: goals.find((goal) => goal.id === gap.goalId)?.title ?? '' }),
        },
  );
}

/**
 * The API names an assessment by its place in what was sent (`goalAssessments.2.comment`): renamed to the
 * goal's own field (`goalAssessments.<goal id>.comment`), so that the message lands at that goal.
 */
export function toFormError(error: UiError, sentGoalIds: readonly string[]): UiError {
  const fields = error.fields.map((problem) => {
    const match = /^(?:input\.)?goalAssessments\.(\d+)(?:\.(\w+))?$/.exec(problem.field);
    const goalId = match ? sentGoalIds[Number(match[1])] : undefined;
    if (!match || !goalId) return problem;
    return { ...problem, field: match[2] === 'comment' ? assessmentCommentField(goalId) : assessmentField(goalId) };
  });
  return { ...error, fields };
}

// ---- the indicator tables -------------------------------------------------------------------------

/** One indicator as the tables show it: as submitted (the snapshot) or as it stands now (a draft's). */
export interface TableIndicator {
  key: string;
  goalId: string;
  goalTitle: string;
  name: string;
  unit: string;
  byGender: boolean;
  baselinePeriod: string | null;
  progress: IndicatorProgressFieldsFragment;
  values: ChartValue[];
  targets: ChartTarget[];
  /** The shared `indicatorResultLine` (Swedish), for a snapshot: each gender's change, the gap's, the status. */
  resultLine: string | null;
}

type SnapshotIndicatorData = NonNullable<ReportDetails['snapshot']>['indicators'][number];

/** The snapshot's indicator as the shared rules take it (`indicatorResultLine`). */
export function snapshotForRules(indicator: SnapshotIndicatorData): SnapshotIndicator {
  const { progress } = indicator;
  return {
    goalId: indicator.goalId,
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    byGender: indicator.byGender,
    progress: {
      status: progress.status,
      baseline: progress.baseline,
      baselinePeriod: progress.baselinePeriod,
      latest: progress.latest,
      latestPeriod: progress.latestPeriod,
      genderGap: progress.genderGap,
      genderGapBaseline: progress.genderGapBaseline,
      genderGapChange: progress.genderGapChange,
    },
    byGenderProgress: indicator.progressByGender.map(({ gender, progress: own }) => ({
      gender,
      baseline: own.baseline,
      latest: own.latest,
      baselinePeriod: own.baselinePeriod,
      latestPeriod: own.latestPeriod,
    })),
  };
}

/** The snapshot's indicators, in its order. */
export function snapshotIndicators(snapshot: ReportDetails['snapshot']): TableIndicator[] {
  return (snapshot?.indicators ?? []).map((indicator, index) => ({
    key: `snapshot-${index}`,
    goalId: indicator.goalId,
    goalTitle: indicator.goalTitle,
    name: indicator.name,
    unit: indicator.unit,
    byGender: indicator.byGender,
    baselinePeriod: indicator.baselinePeriod,
    progress: indicator.progress,
    values: indicator.values.map(({ period, gender, value }) => ({ period, gender, value })),
    targets: indicator.targets.map(({ period, gender, value }) => ({ period, gender, value })),
    resultLine: indicatorResultLine(snapshotForRules(indicator)),
  }));
}

/** The report's goals' indicators as they stand now (a report not handed in), the total target from the progress. */
export function liveIndicators(goals: readonly ReportGoal[]): TableIndicator[] {
  return goals.flatMap((goal) =>
    goal.indicators.map((indicator) => ({
      key: `live-${indicator.id}`,
      goalId: goal.id,
      goalTitle: goal.title,
      name: indicator.name,
      unit: indicator.unit,
      byGender: indicator.byGender,
      baselinePeriod: indicator.baselinePeriod,
      progress: indicator.progress,
      values: indicator.measurements.map(({ period, gender, value }) => ({ period, gender, value })),
      targets:
        indicator.progress.target !== null && indicator.progress.targetPeriod
          ? [{ gender: Gender.TOTAL, period: indicator.progress.targetPeriod, value: indicator.progress.target }]
          : [],
      resultLine: null,
    })),
  );
}

/** A row of an indicator's table: a period's values by gender and the gap, or a target period's targets. */
export interface IndicatorTableRow {
  key: string;
  kind: 'period' | 'target';
  /** "2024", "2024 H1": the period as people write it. */
  label: string;
  WOMEN: number | null;
  MEN: number | null;
  TOTAL: number | null;
  /** Kvinnor − män, where both are there (a period row of an indicator by gender). */
  gap: number | null;
}

const gapOf = (women: number | null, men: number | null) => (women === null || men === null ? null : Math.round((women - men) * 1e6) / 1e6);

/** The table's columns: Kvinnor and Män by gender (Totalt when it has values or a target), else Totalt. */
export function indicatorGenders(indicator: Pick<TableIndicator, 'byGender' | 'values' | 'targets'>): Gender[] {
  return tableGenders(indicator.byGender, indicator.values, indicator.targets);
}

/**
 * Periods × genders with the gap between women and men, in time order (the baseline period too, when it
 * has no values yet), then one row per target period. A missing value stays null, never 0.
 */
export function indicatorTableRows(
  indicator: Pick<TableIndicator, 'byGender' | 'values' | 'targets' | 'baselinePeriod'>,
): IndicatorTableRow[] {
  const values = indicator.byGender ? indicator.values : indicator.values.filter((value) => value.gender === Gender.TOTAL);
  const periods = chartRows(values, indicator.baselinePeriod ? [indicator.baselinePeriod] : []).map((row) => ({
    key: `period-${row.period}`,
    kind: 'period' as const,
    label: row.label,
    WOMEN: indicator.byGender ? row.WOMEN : null,
    MEN: indicator.byGender ? row.MEN : null,
    TOTAL: row.TOTAL,
    gap: indicator.byGender ? gapOf(row.WOMEN, row.MEN) : null,
  }));
  const targetRows = chartRows(indicator.targets.filter((target) => indicator.byGender || target.gender === Gender.TOTAL)).map((row) => ({
    key: `target-${row.period}`,
    kind: 'target' as const,
    label: row.label,
    WOMEN: row.WOMEN,
    MEN: row.MEN,
    TOTAL: row.TOTAL,
    gap: null,
  }));
  return [...periods, ...targetRows];
}

// ---- reviews --------------------------------------------------------------------------------------

/** The reviews, oldest first: the report's history. */
export function reviewsInOrder<R extends { createdAt: string }>(reviews: readonly R[]): R[] {
  return [...reviews].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
