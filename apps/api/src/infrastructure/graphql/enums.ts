import { registerEnumType } from '@nestjs/graphql';
import {
  CheckpointKind,
  CohortStatus,
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
