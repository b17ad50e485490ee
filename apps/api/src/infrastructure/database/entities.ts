import { CheckpointEntity } from '../../modules/cohorts/entities/checkpoint.entity';
import { CohortMemberEntity } from '../../modules/cohorts/entities/cohort-member.entity';
import { CohortEntity } from '../../modules/cohorts/entities/cohort.entity';
import { MeetingEntity } from '../../modules/cohorts/entities/meeting.entity';
import { WorkingGroupMemberEntity } from '../../modules/cohorts/entities/working-group-member.entity';
import { FollowUpReportEntity } from '../../modules/follow-up/entities/follow-up-report.entity';
import { GoalAssessmentEntity } from '../../modules/follow-up/entities/goal-assessment.entity';
import { MentorEdgeEntity } from '../../modules/follow-up/entities/mentor-edge.entity';
import { NotificationEntity } from '../../modules/reminders/entities/notification.entity';
import { ReminderPreferenceEntity } from '../../modules/reminders/entities/reminder-preference.entity';
import { ReminderEntity } from '../../modules/reminders/entities/reminder.entity';
import { ReviewEntity } from '../../modules/follow-up/entities/review.entity';
import { GoalEntity } from '../../modules/goals/entities/goal.entity';
import { IndicatorTargetEntity } from '../../modules/goals/entities/indicator-target.entity';
import { IndicatorEntity } from '../../modules/goals/entities/indicator.entity';
import { KoladaSyncEntity } from '../../modules/goals/entities/kolada-sync.entity';
import { KoladaValueEntity } from '../../modules/goals/entities/kolada-value.entity';
import { MeasurementEntity } from '../../modules/goals/entities/measurement.entity';
import { LearningExampleOrganizationEntity } from '../../modules/learning-examples/entities/learning-example-organization.entity';
import { LearningExampleEntity } from '../../modules/learning-examples/entities/learning-example.entity';
import { ProgrammeEntity } from '../../modules/programmes/entities/programme.entity';
import { AuditEntryEntity } from '../../modules/audit/entities/audit-entry.entity';
import { PasswordResetRequestEntity } from '../../modules/auth/entities/password-reset-request.entity';
import { PasswordResetEntity } from '../../modules/auth/entities/password-reset.entity';
import { SessionEntity } from '../../modules/auth/entities/session.entity';
import { InvitationEntity } from '../../modules/invitations/entities/invitation.entity';
import { MailLogEntity } from '../../modules/mail/entities/mail-log.entity';
import { OrganizationEntity } from '../../modules/organizations/entities/organization.entity';
import { UserEntity } from '../../modules/users/entities/user.entity';
import { VocabularyTermEntity } from '../../modules/vocabularies/entities/vocabulary-term.entity';

/** Every table the application maps; the data source, the Nest module and the drift check use this list. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  SessionEntity,
  PasswordResetEntity,
  PasswordResetRequestEntity,
  InvitationEntity,
  AuditEntryEntity,
  MailLogEntity,
  VocabularyTermEntity,
  ProgrammeEntity,
  CohortEntity,
  CohortMemberEntity,
  WorkingGroupMemberEntity,
  MeetingEntity,
  CheckpointEntity,
  LearningExampleEntity,
  LearningExampleOrganizationEntity,
  GoalEntity,
  IndicatorEntity,
  IndicatorTargetEntity,
  MeasurementEntity,
  KoladaSyncEntity,
  KoladaValueEntity,
  FollowUpReportEntity,
  GoalAssessmentEntity,
  ReviewEntity,
  MentorEdgeEntity,
  ReminderEntity,
  NotificationEntity,
  ReminderPreferenceEntity,
];
