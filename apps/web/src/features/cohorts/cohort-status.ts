import type { TFunction } from 'i18next';
import { CohortStatus, enumValues, MeetingKind, WorkingGroupRole } from '@modellkommuner/shared';

// The lifecycle's rules live in `@modellkommuner/shared` (docs/domain.md, "Cohorts"), where the API finds them too.
export { cohortEditable, meetingsOpen, membershipOpen, transitionNeedsReason } from '@modellkommuner/shared';

export const COHORT_STATUSES: readonly CohortStatus[] = enumValues(CohortStatus);
export const MEETING_KINDS: readonly MeetingKind[] = enumValues(MeetingKind);
export const WORKING_GROUP_ROLES: readonly WorkingGroupRole[] = enumValues(WorkingGroupRole);

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
