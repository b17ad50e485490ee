import type { TFunction } from 'i18next';
import type { CohortStatus, MeetingKind, WorkingGroupRole } from '../../gql/graphql';

export const COHORT_STATUSES: readonly CohortStatus[] = ['PLANNED', 'ACTIVE', 'FOLLOW_UP', 'CONCLUDED', 'CANCELLED'];
export const MEETING_KINDS: readonly MeetingKind[] = ['STARTUP', 'EXCHANGE', 'GATHERING'];
export const WORKING_GROUP_ROLES: readonly WorkingGroupRole[] = ['POLITICIAN', 'MANAGER', 'EQUALITY_EXPERT', 'OTHER'];

export function isCohortStatus(value: string): value is CohortStatus {
  return (COHORT_STATUSES as readonly string[]).includes(value);
}

export function isMeetingKind(value: string): value is MeetingKind {
  return (MEETING_KINDS as readonly string[]).includes(value);
}

export function isWorkingGroupRole(value: string): value is WorkingGroupRole {
  return (WORKING_GROUP_ROLES as readonly string[]).includes(value);
}

/** "Planerad", "Pågående", "Uppföljning", "Avslutad", "Avbruten". */
export function cohortStatusLabel(status: CohortStatus, t: TFunction): string {
  return t(`cohortStatus.${status}`);
}

/** Moving to these needs a reason (the API asks for one; for CONCLUDED until every report is approved). */
export function transitionNeedsReason(to: CohortStatus): boolean {
  return to === 'CANCELLED' || to === 'CONCLUDED';
}

/** Name, dates and the follow-up can change until the cohort has ended. */
export function cohortEditable(status: CohortStatus): boolean {
  return status === 'PLANNED' || status === 'ACTIVE' || status === 'FOLLOW_UP';
}

/** Mentees may join or leave while the cohort is PLANNED or ACTIVE. */
export function membershipOpen(status: CohortStatus): boolean {
  return status === 'PLANNED' || status === 'ACTIVE';
}

/** Meetings can be planned, moved and cancelled until the cohort is concluded or cancelled. */
export function meetingsOpen(status: CohortStatus): boolean {
  return status !== 'CONCLUDED' && status !== 'CANCELLED';
}
