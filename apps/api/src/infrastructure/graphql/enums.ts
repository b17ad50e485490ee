import { registerEnumType } from '@nestjs/graphql';
import {
  CheckpointKind,
  CohortStatus,
  Direction,
  Gender,
  GoalAssessmentStatus,
  ReminderKind,
  ReachStatus,
  ImpactStatus,
  GoalScope,
  KoladaSyncStatus,
  MeasurementSource,
  ProgressStatus,
  ReportStatus,
  ReviewDecision,
  MeetingKind,
  MemberRole,
  OrganizationKind,
  UserRole,
  VocabularyKind,
  WorkingGroupRole,
} from '@modellkommuner/shared';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(VocabularyKind, { name: 'VocabularyKind' });
registerEnumType(CohortStatus, { name: 'CohortStatus' });
registerEnumType(MemberRole, { name: 'MemberRole' });
registerEnumType(MeetingKind, { name: 'MeetingKind' });
registerEnumType(WorkingGroupRole, { name: 'WorkingGroupRole' });
registerEnumType(CheckpointKind, { name: 'CheckpointKind' });
registerEnumType(GoalScope, { name: 'GoalScope' });
registerEnumType(Direction, { name: 'Direction' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(MeasurementSource, { name: 'MeasurementSource' });
registerEnumType(ProgressStatus, { name: 'ProgressStatus' });
registerEnumType(KoladaSyncStatus, { name: 'KoladaSyncStatus' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
registerEnumType(GoalAssessmentStatus, { name: 'GoalAssessmentStatus' });
registerEnumType(ReminderKind, { name: 'ReminderKind' });
registerEnumType(ReachStatus, { name: 'ReachStatus' });
registerEnumType(ImpactStatus, { name: 'ImpactStatus' });
