// Enum values are part of the GraphQL contract (API.md); web and api share them from here.
export enum OrganizationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
  SKR = 'SKR',
}

export enum UserRole {
  PROCESS_LEADER = 'PROCESS_LEADER',
  MEMBER = 'MEMBER',
}

export enum VocabularyKind {
  SUBJECT = 'SUBJECT',
  ACTIVITY_AREA = 'ACTIVITY_AREA',
  FOCUS_AREA = 'FOCUS_AREA',
}

export const SKR_CODE = 'SKR';

export enum CohortStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  FOLLOW_UP = 'FOLLOW_UP',
  CONCLUDED = 'CONCLUDED',
  CANCELLED = 'CANCELLED',
}

export enum MemberRole {
  MENTOR = 'MENTOR',
  MENTEE = 'MENTEE',
}

export enum MeetingKind {
  STARTUP = 'STARTUP',
  EXCHANGE = 'EXCHANGE',
  GATHERING = 'GATHERING',
}

export enum WorkingGroupRole {
  POLITICIAN = 'POLITICIAN',
  MANAGER = 'MANAGER',
  EQUALITY_EXPERT = 'EQUALITY_EXPERT',
  OTHER = 'OTHER',
}

export enum CheckpointKind {
  MIDTERM = 'MIDTERM',
  ONE_YEAR = 'ONE_YEAR',
}

export enum ExampleStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum ExampleOrigin {
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
  OTHER = 'OTHER',
}
