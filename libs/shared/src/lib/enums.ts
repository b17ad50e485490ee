// Enum values are part of the GraphQL contract (docs/api-conventions.md); web and api share them from here.
// Each is a plain `as const` object with a type of the same name: `CohortStatus.ACTIVE` is the string
// 'ACTIVE', so the web's codegen string unions and the API's values are the same type and the rules
// modules beside this file serve both. `enumValues(CohortStatus)` lists them in declaration order.
export const OrganizationKind = {
  MUNICIPALITY: 'MUNICIPALITY',
  REGION: 'REGION',
  SKR: 'SKR',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];

export const UserRole = {
  PROCESS_LEADER: 'PROCESS_LEADER',
  MEMBER: 'MEMBER',
} as const;
export type UserRole = (typeof UserRole)[keyof typeof UserRole];

export const VocabularyKind = {
  SUBJECT: 'SUBJECT',
  ACTIVITY_AREA: 'ACTIVITY_AREA',
  FOCUS_AREA: 'FOCUS_AREA',
} as const;
export type VocabularyKind = (typeof VocabularyKind)[keyof typeof VocabularyKind];

export const SKR_CODE = 'SKR';

export const CohortStatus = {
  PLANNED: 'PLANNED',
  ACTIVE: 'ACTIVE',
  FOLLOW_UP: 'FOLLOW_UP',
  CONCLUDED: 'CONCLUDED',
  CANCELLED: 'CANCELLED',
} as const;
export type CohortStatus = (typeof CohortStatus)[keyof typeof CohortStatus];

export const MemberRole = {
  MENTOR: 'MENTOR',
  MENTEE: 'MENTEE',
} as const;
export type MemberRole = (typeof MemberRole)[keyof typeof MemberRole];

export const MeetingKind = {
  STARTUP: 'STARTUP',
  EXCHANGE: 'EXCHANGE',
  GATHERING: 'GATHERING',
} as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];

export const WorkingGroupRole = {
  POLITICIAN: 'POLITICIAN',
  MANAGER: 'MANAGER',
  EQUALITY_EXPERT: 'EQUALITY_EXPERT',
  OTHER: 'OTHER',
} as const;
export type WorkingGroupRole = (typeof WorkingGroupRole)[keyof typeof WorkingGroupRole];

export const CheckpointKind = {
  MIDTERM: 'MIDTERM',
  ONE_YEAR: 'ONE_YEAR',
} as const;
export type CheckpointKind = (typeof CheckpointKind)[keyof typeof CheckpointKind];

export const ExampleStatus = {
  DRAFT: 'DRAFT',
  IN_REVIEW: 'IN_REVIEW',
  PUBLISHED: 'PUBLISHED',
  ARCHIVED: 'ARCHIVED',
} as const;
export type ExampleStatus = (typeof ExampleStatus)[keyof typeof ExampleStatus];

export const ExampleOrigin = {
  MUNICIPALITY: 'MUNICIPALITY',
  REGION: 'REGION',
  OTHER: 'OTHER',
} as const;
export type ExampleOrigin = (typeof ExampleOrigin)[keyof typeof ExampleOrigin];

export const GoalScope = {
  SHARED: 'SHARED',
  OWN: 'OWN',
} as const;
export type GoalScope = (typeof GoalScope)[keyof typeof GoalScope];

export const Direction = {
  HIGHER_IS_BETTER: 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER: 'LOWER_IS_BETTER',
} as const;
export type Direction = (typeof Direction)[keyof typeof Direction];

export const Gender = {
  TOTAL: 'TOTAL',
  WOMEN: 'WOMEN',
  MEN: 'MEN',
} as const;
export type Gender = (typeof Gender)[keyof typeof Gender];

export const MeasurementSource = {
  MANUAL: 'MANUAL',
  KOLADA: 'KOLADA',
  IMPORT: 'IMPORT',
} as const;
export type MeasurementSource = (typeof MeasurementSource)[keyof typeof MeasurementSource];

export const ProgressStatus = {
  NO_DATA: 'NO_DATA',
  OFF_TRACK: 'OFF_TRACK',
  AT_RISK: 'AT_RISK',
  ON_TRACK: 'ON_TRACK',
  ACHIEVED: 'ACHIEVED',
} as const;
export type ProgressStatus = (typeof ProgressStatus)[keyof typeof ProgressStatus];

export const KoladaSyncStatus = {
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  SUCCEEDED: 'SUCCEEDED',
  FAILED: 'FAILED',
} as const;
export type KoladaSyncStatus = (typeof KoladaSyncStatus)[keyof typeof KoladaSyncStatus];

/** The values of an `as const` enum object, in declaration order. */
export function enumValues<T extends Record<string, string>>(e: T): T[keyof T][] {
  return Object.values(e) as T[keyof T][];
}

export const ReportStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  APPROVED: 'APPROVED',
} as const;
export type ReportStatus = (typeof ReportStatus)[keyof typeof ReportStatus];

export const ReviewDecision = {
  APPROVE: 'APPROVE',
  REQUEST_CHANGES: 'REQUEST_CHANGES',
} as const;
export type ReviewDecision = (typeof ReviewDecision)[keyof typeof ReviewDecision];

export const GoalAssessmentStatus = {
  ACHIEVED: 'ACHIEVED',
  PARTLY_ACHIEVED: 'PARTLY_ACHIEVED',
  NOT_ACHIEVED: 'NOT_ACHIEVED',
  ONGOING: 'ONGOING',
} as const;
export type GoalAssessmentStatus = (typeof GoalAssessmentStatus)[keyof typeof GoalAssessmentStatus];

/** What a reminder is about (docs/domain.md, "Reminders"). */
export const ReminderKind = {
  MEETING_UPCOMING: 'MEETING_UPCOMING',
  FOLLOW_UP_DUE: 'FOLLOW_UP_DUE',
  FOLLOW_UP_OVERDUE: 'FOLLOW_UP_OVERDUE',
  REVIEW_PENDING: 'REVIEW_PENDING',
  MEASUREMENT_DUE: 'MEASUREMENT_DUE',
  EXAMPLE_IN_REVIEW: 'EXAMPLE_IN_REVIEW',
  CUSTOM: 'CUSTOM',
} as const;
export type ReminderKind = (typeof ReminderKind)[keyof typeof ReminderKind];

/** A scheduled reminder waits (SCHEDULED), went out (SENT) or lost its reason (CANCELLED). */
export const ReminderStatus = {
  SCHEDULED: 'SCHEDULED',
  SENT: 'SENT',
  CANCELLED: 'CANCELLED',
} as const;
export type ReminderStatus = (typeof ReminderStatus)[keyof typeof ReminderStatus];

/** How far the method has reached an organisation (docs/domain.md, "The network"). */
export const ReachStatus = {
  NOT_REACHED: 'NOT_REACHED',
  IN_COHORT: 'IN_COHORT',
  COMPLETED: 'COMPLETED',
  MENTOR: 'MENTOR',
} as const;
export type ReachStatus = (typeof ReachStatus)[keyof typeof ReachStatus];

/** What the impact view can say about one Kolada key figure (docs/domain.md, "Impact"). */
export const ImpactStatus = {
  /** Enough organisations on both sides: a difference-in-differences with its interval. */
  ESTIMATED: 'ESTIMATED',
  /** Fewer than the minimum group size on one side: nothing is drawn. */
  TOO_FEW: 'TOO_FEW',
  /** Kolada publishes the key figure only as a total: there is no gap between women and men. */
  NO_GENDER_SPLIT: 'NO_GENDER_SPLIT',
} as const;
export type ImpactStatus = (typeof ImpactStatus)[keyof typeof ImpactStatus];
