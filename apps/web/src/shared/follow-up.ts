import type { TFunction } from 'i18next';
import {
  CHECKPOINT_KIND_SV,
  GOAL_ASSESSMENT_SV,
  REPORT_NOT_STARTED_SV,
  REPORT_STATUS_SV,
  REVIEW_DECISION_SV,
  type CheckpointKind,
  type GoalAssessmentStatus,
  type ReportStatus,
  type ReviewDecision,
} from '@modellkommuner/shared';

// The follow-up's words and addresses, shared by the follow-up pages (features/follow-up) and the cohort
// page's follow-up section (features/cohorts), which may not import each other. In Swedish the shared
// rules' own words (libs/shared follow-up.ts, which the API's messages use too); in English the
// translations under `followUp.*` (follow-up-words.spec.ts checks that sv.json says the same).

function swedish(t: TFunction): boolean {
  return t('language.current') === 'sv';
}

/** "Utkast", "Inlämnad", "Ändringar begärda", "Godkänd"; null (nobody has begun the report): "Inte påbörjad". */
export function reportStatusLabel(status: ReportStatus | null | undefined, t: TFunction): string {
  if (!status) return swedish(t) ? REPORT_NOT_STARTED_SV : t('followUp.notStarted');
  return swedish(t) ? REPORT_STATUS_SV[status] : t(`followUp.status.${status}`);
}

/** "Uppnått", "Delvis uppnått", "Inte uppnått", "Pågår". */
export function assessmentLabel(status: GoalAssessmentStatus, t: TFunction): string {
  return swedish(t) ? GOAL_ASSESSMENT_SV[status] : t(`followUp.assessment.${status}`);
}

/** A review's decision in words: "Godkänd", "Ändringar begärda". */
export function decisionLabel(decision: ReviewDecision, t: TFunction): string {
  return swedish(t) ? REVIEW_DECISION_SV[decision] : t(`followUp.decision.${decision}`);
}

/** "Uppföljning efter ett år", "Halvtidsuppföljning". */
export function checkpointKindLabel(kind: CheckpointKind, t: TFunction): string {
  return swedish(t) ? CHECKPOINT_KIND_SV[kind] : t(`checkpointKind.${kind}`);
}

/** The class of a report's status tag (styles.css), "not-started" for a report nobody has begun. */
export function reportStatusClass(status: ReportStatus | null | undefined): string {
  return `report-status report-status--${status ? status.toLowerCase() : 'not-started'}`;
}

/** An organisation's report at a checkpoint: `/checkpoints/<id>/reports/<code>`. */
export function reportPath(checkpointId: string, organizationCode: string): string {
  return `/checkpoints/${encodeURIComponent(checkpointId)}/reports/${encodeURIComponent(organizationCode)}`;
}

/** The report's print view, for a kommunstyrelse meeting. */
export function reportPrintPath(checkpointId: string, organizationCode: string): string {
  return `${reportPath(checkpointId, organizationCode)}/print`;
}
