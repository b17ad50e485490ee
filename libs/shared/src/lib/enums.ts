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
