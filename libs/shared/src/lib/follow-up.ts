import {
  CheckpointKind,
  CohortStatus,
  Direction,
  Gender,
  GoalAssessmentStatus,
  MemberRole,
  ProgressStatus,
  ReportStatus,
  ReviewDecision,
} from './enums';
import { CohortMemberFacts, isCohortMentor, ownMembership } from './cohorts';
import { GENDER_SV, PROGRESS_STATUS_SV } from './goals';
import { isProcessLeader, RuleViewer } from './viewer';

// The follow-up's rules (docs/domain.md, "Follow-up and review"): the report's states, who writes,
// reviews and reads a report, when a cohort's follow-up is complete and who graduates to mentor, and
// the learning-example draft made from an approved report. Pure functions that the API's
// FollowUpPolicy and services and the web's pages both call.

// ---- words ----------------------------------------------------------------------------------------

export const REPORT_STATUS_SV: Record<ReportStatus, string> = {
  [ReportStatus.DRAFT]: 'Utkast',
  [ReportStatus.SUBMITTED]: 'Inlämnad',
  [ReportStatus.CHANGES_REQUESTED]: 'Ändringar begärda',
  [ReportStatus.APPROVED]: 'Godkänd',
};

/** The status of a report that nobody has begun. */
export const REPORT_NOT_STARTED_SV = 'Inte påbörjad';

export const REVIEW_DECISION_SV: Record<ReviewDecision, string> = {
  [ReviewDecision.APPROVE]: 'Godkänd',
  [ReviewDecision.REQUEST_CHANGES]: 'Ändringar begärda',
};

export const GOAL_ASSESSMENT_SV: Record<GoalAssessmentStatus, string> = {
  [GoalAssessmentStatus.ACHIEVED]: 'Uppnått',
  [GoalAssessmentStatus.PARTLY_ACHIEVED]: 'Delvis uppnått',
  [GoalAssessmentStatus.NOT_ACHIEVED]: 'Inte uppnått',
  [GoalAssessmentStatus.ONGOING]: 'Pågår',
};

export const CHECKPOINT_KIND_SV: Record<CheckpointKind, string> = {
  [CheckpointKind.MIDTERM]: 'Halvtidsuppföljning',
  [CheckpointKind.ONE_YEAR]: 'Uppföljning efter ett år',
};

/** How long a report's texts may be. */
export const REPORT_LIMITS = { text: 20_000, assessmentComment: 2_000, reviewComment: 5_000 } as const;

// ---- the report's states --------------------------------------------------------------------------

/**
 * DRAFT → SUBMITTED → APPROVED, or SUBMITTED → CHANGES_REQUESTED → SUBMITTED (resubmitted) → …
 * `null` is a report nobody has begun (the first save creates it as a DRAFT).
 */
export function reportEditable(status: ReportStatus | null): boolean {
  return status === null || status === ReportStatus.DRAFT || status === ReportStatus.CHANGES_REQUESTED;
}

/** A report is handed in from DRAFT, and handed in again after changes were requested. */
export function reportSubmittable(status: ReportStatus | null): boolean {
  return status === ReportStatus.DRAFT || status === ReportStatus.CHANGES_REQUESTED;
}

/** Only a submitted report waits for a review. */
export function reportReviewable(status: ReportStatus | null): boolean {
  return status === ReportStatus.SUBMITTED;
}

export function statusAfterReview(decision: ReviewDecision): ReportStatus {
  return decision === ReviewDecision.APPROVE ? ReportStatus.APPROVED : ReportStatus.CHANGES_REQUESTED;
}

/** A review that asks for changes must say which; an approval may stand without a word. */
export function reviewNeedsComment(decision: ReviewDecision): boolean {
  return decision === ReviewDecision.REQUEST_CHANGES;
}

/** Reports are written, submitted and reviewed while the cohort runs and during its follow-up. */
export function followUpOpen(status: CohortStatus): boolean {
  return status === CohortStatus.ACTIVE || status === CohortStatus.FOLLOW_UP;
}

/** A process leader adds a midterm checkpoint while the cohort has not ended. */
export function checkpointsOpen(status: CohortStatus): boolean {
  return status === CohortStatus.PLANNED || status === CohortStatus.ACTIVE || status === CohortStatus.FOLLOW_UP;
}

// ---- who may do what ------------------------------------------------------------------------------

function currentMember(members: readonly CohortMemberFacts[], organization: string): CohortMemberFacts | undefined {
  return members.find((m) => m.organization === organization && !m.withdrawn);
}

/**
 * A report is read by its own organisation, by the cohort's mentor (it reviews its mentees and writes
 * its own) and by process leaders. Other mentees of the cohort do not read it: what a cohort shares
 * with everyone is its goals and values, and in the end its learning examples.
 */
export function mayViewReport(viewer: RuleViewer | null, members: readonly CohortMemberFacts[], organization: string): boolean {
  if (isProcessLeader(viewer)) return true;
  const own = ownMembership(viewer, members);
  if (!own) return false;
  return own.organization === organization || own.role === MemberRole.MENTOR;
}

/** Only the organisation's own members write and submit its report (a reviewer never edits it). */
export function mayWriteReport(viewer: RuleViewer | null, members: readonly CohortMemberFacts[], organization: string): boolean {
  if (isProcessLeader(viewer)) return false;
  const own = ownMembership(viewer, members);
  return own !== undefined && own.organization === organization;
}

/** Who reviews an organisation's report: the mentor's members review a mentee's, process leaders the mentor's. */
export function reviewerOf(members: readonly CohortMemberFacts[], organization: string): 'MENTOR' | 'PROCESS_LEADER' | null {
  const member = currentMember(members, organization);
  if (!member) return null;
  return member.role === MemberRole.MENTOR ? 'PROCESS_LEADER' : 'MENTOR';
}

/** The mentor reviews its mentees' reports; a process leader reviews the mentor's. A mentee never reviews. */
export function mayReviewReport(viewer: RuleViewer | null, members: readonly CohortMemberFacts[], organization: string): boolean {
  const reviewer = reviewerOf(members, organization);
  if (reviewer === 'PROCESS_LEADER') return isProcessLeader(viewer);
  if (reviewer === 'MENTOR') return isCohortMentor(viewer, members);
  return false;
}

/** Process leaders add checkpoints (a MIDTERM). */
export function mayAddCheckpoint(viewer: RuleViewer | null): boolean {
  return isProcessLeader(viewer);
}

/** An approved report becomes a learning-example draft for its organisation, made by its members or a process leader. */
export function mayDraftExampleFromReport(
  viewer: RuleViewer | null,
  members: readonly CohortMemberFacts[],
  organization: string,
  status: ReportStatus,
): boolean {
  if (status !== ReportStatus.APPROVED) return false;
  if (isProcessLeader(viewer)) return true;
  const own = ownMembership(viewer, members);
  return own !== undefined && own.organization === organization;
}

// ---- submitting -----------------------------------------------------------------------------------

export interface ReportContent {
  summary: string | null;
  goalAssessments: readonly { goalId: string; status: GoalAssessmentStatus | null }[];
}

/** What is missing before a report can be submitted: a summary, and an assessment of every goal it concerns. */
export type SubmissionGap = { field: 'summary' } | { field: 'goalAssessments'; goalId: string };

export function submissionGaps(content: ReportContent, goalIds: readonly string[]): SubmissionGap[] {
  const gaps: SubmissionGap[] = [];
  if (!content.summary?.trim()) gaps.push({ field: 'summary' });
  for (const goalId of goalIds) {
    if (!content.goalAssessments.some((a) => a.goalId === goalId && a.status)) gaps.push({ field: 'goalAssessments', goalId });
  }
  return gaps;
}

// ---- due dates ------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/**
 * Days past the checkpoint's due date for a report not yet handed in (nothing, a draft, or changes
 * requested); null when it is handed in or not yet due. `today` is the Stockholm calendar date.
 */
export function daysOverdue(dueDate: string, today: string, status: ReportStatus | null): number | null {
  if (status === ReportStatus.SUBMITTED || status === ReportStatus.APPROVED) return null;
  const days = dayNumber(today) - dayNumber(dueDate);
  return days > 0 ? Math.round(days) : null;
}

// ---- conclusion and graduation --------------------------------------------------------------------

/** A report as the cohort-level rules see it. */
export interface ReportFacts {
  organization: string;
  kind: CheckpointKind;
  status: ReportStatus;
}

/**
 * The cohort's follow-up is complete when every current member (the mentor too) has an approved
 * ONE_YEAR report. Then the process leader concludes the cohort without a reason.
 */
export function followUpComplete(members: readonly CohortMemberFacts[], reports: readonly ReportFacts[]): boolean {
  const current = members.filter((m) => !m.withdrawn);
  return (
    current.length > 0 &&
    current.every((m) => reports.some((r) => r.organization === m.organization && r.kind === CheckpointKind.ONE_YEAR && r.status === ReportStatus.APPROVED))
  );
}

/**
 * The mentees who become mentor-eligible when the cohort concludes: those still in it with an approved
 * ONE_YEAR report (also when the cohort concludes with a reason because another's is not approved).
 */
export function graduates(members: readonly CohortMemberFacts[], reports: readonly ReportFacts[]): string[] {
  return members
    .filter((m) => !m.withdrawn && m.role === MemberRole.MENTEE)
    .filter((m) => reports.some((r) => r.organization === m.organization && r.kind === CheckpointKind.ONE_YEAR && r.status === ReportStatus.APPROVED))
    .map((m) => m.organization);
}

// ---- from report to learning example -----------------------------------------------------------------

/** One indicator as it stood when the report was submitted (the report's snapshot). */
export interface SnapshotIndicator {
  goalId: string;
  name: string;
  unit: string;
  direction: Direction;
  byGender: boolean;
  progress: {
    status: ProgressStatus;
    baseline: number | null;
    baselinePeriod: string | null;
    latest: number | null;
    latestPeriod: string | null;
    genderGap: number | null;
    genderGapBaseline: number | null;
    genderGapChange: number | null;
  };
  /** Per gender (WOMEN and MEN on a by-gender indicator): the baseline and the latest value. */
  byGenderProgress: { gender: Gender; baseline: number | null; latest: number | null; baselinePeriod: string | null; latestPeriod: string | null }[];
}

export interface ExampleDraftSource {
  organizationName: string;
  cohortName: string;
  cohortStartDate: string;
  cohortFollowUpDueDate: string;
  summary: string | null;
  whatWorked: string | null;
  goals: { id: string; title: string; assessment: GoalAssessmentStatus | null; comment: string | null }[];
  indicators: readonly SnapshotIndicator[];
}

export interface ExampleDraftContent {
  title: string;
  summary: string;
  background: string | null;
  implementation: string | null;
  successFactors: string | null;
  results: string | null;
  periodStart: number;
  periodEnd: number;
}

/** A number the Swedish way: decimal comma, at most two decimals, a minus sign. */
export function formatNumberSv(value: number): string {
  return new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(value).replace(/\u2212/g, '-');
}

const SUMMARY_MAX = 400;
/** The longest section a learning example takes (the API's EXAMPLE_LIMITS.section). */
const EXAMPLE_SECTION_MAX = 20_000;

/** The first sentences of a text, at most SUMMARY_MAX characters, cut at a word. */
function lead(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SUMMARY_MAX) return flat;
  const cut = flat.slice(0, SUMMARY_MAX);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > SUMMARY_MAX / 2) return cut.slice(0, sentence + 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** "Kvinnor 41,5 (2023) → 47 (2025)", or null when the gender has no values. */
function change(unit: string, p: { baseline: number | null; latest: number | null; baselinePeriod: string | null; latestPeriod: string | null }): string | null {
  if (p.latest === null) return null;
  const u = unit ? ` ${unit}` : '';
  if (p.baseline === null || p.baselinePeriod === p.latestPeriod) return `${formatNumberSv(p.latest)}${u} (${p.latestPeriod})`;
  return `${formatNumberSv(p.baseline)}${u} (${p.baselinePeriod}) → ${formatNumberSv(p.latest)}${u} (${p.latestPeriod})`;
}

const NO_VALUES = 'inga värden';

/** A difference in the indicator's unit: a change of a share in per cent is in percentage points. */
const gapUnit = (unit: string) => (unit === '%' ? ' procentenheter' : unit ? ` ${unit}` : '');

/** One line per indicator: each gender's change, the gap's change, the status. */
export function indicatorResultLine(indicator: SnapshotIndicator): string {
  const parts: string[] = [];
  if (indicator.byGender && indicator.byGenderProgress.length) {
    for (const g of indicator.byGenderProgress) {
      const text = change(indicator.unit, g);
      parts.push(`${GENDER_SV[g.gender]} ${text ?? 'saknas'}`);
    }
  } else {
    const text = change(indicator.unit, indicator.progress);
    parts.push(text ?? NO_VALUES);
  }
  const p = indicator.progress;
  // The gap's size, to the hundredth as it is written: a gap that changed sign but not size (−10 → 10)
  // has neither grown nor narrowed.
  const gapChange = p.genderGap !== null && p.genderGapBaseline !== null ? Math.round((Math.abs(p.genderGap) - Math.abs(p.genderGapBaseline)) * 100) / 100 : 0;
  if (gapChange !== 0) {
    parts.push(`skillnaden mellan kvinnor och män har ${gapChange < 0 ? 'minskat' : 'ökat'} med ${formatNumberSv(Math.abs(gapChange))}${gapUnit(indicator.unit)}`);
  }
  // "inga värden" once, not again as the status.
  if (!(p.status === ProgressStatus.NO_DATA && parts.length === 1 && parts[0] === NO_VALUES)) parts.push(PROGRESS_STATUS_SV[p.status].toLowerCase());
  return `${indicator.name}: ${parts.join('; ')}.`;
}

/**
 * The learning-example draft made from an approved report: Bakgrund from the summary, Genomförande and
 * Framgångsfaktorer from what worked, Resultat from the goal assessments and the indicators' changes by
 * gender (as submitted), Tidsperiod from the cohort. The organisation finishes it before submitting it.
 */
export function exampleDraftFromReport(source: ExampleDraftSource): ExampleDraftContent {
  const results: string[] = [];
  for (const goal of source.goals) {
    const assessed = goal.assessment ? GOAL_ASSESSMENT_SV[goal.assessment].toLowerCase() : 'inte bedömt';
    results.push(`Målet "${goal.title}": ${assessed}.${goal.comment?.trim() ? ` ${goal.comment.trim()}` : ''}`);
    for (const indicator of source.indicators.filter((i) => i.goalId === goal.id)) results.push(`– ${indicatorResultLine(indicator)}`);
  }
  const summary = source.summary?.trim() ? lead(source.summary) : `${source.organizationName}s arbete i ${source.cohortName}.`;
  return {
    title: `Jämställdhetsarbete i ${source.organizationName} (${source.cohortName})`.slice(0, 300),
    summary,
    background: source.summary?.trim() || null,
    implementation: source.whatWorked?.trim() || null,
    successFactors: source.whatWorked?.trim() || null,
    // Within an example section's length (20 000 characters): long assessment comments are cut, not refused.
    results: results.length ? results.join('\n').slice(0, EXAMPLE_SECTION_MAX) : null,
    periodStart: Number(source.cohortStartDate.slice(0, 4)),
    periodEnd: Number(source.cohortFollowUpDueDate.slice(0, 4)),
  };
}
