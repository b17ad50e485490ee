import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortAccess } from './cohort-access';
import { CohortMembersService } from './cohort-members.service';
import { CohortPolicy } from './cohort.policy';
import { CheckpointResolver, CohortMemberResolver, CohortsResolver, MeetingResolver, OrganizationMembershipsResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [AuditModule],
  providers: [
    CohortPolicy,
    CohortAccess,
    CohortsService,
    CohortMembersService,
    MeetingsService,
    CohortsResolver,
    CohortMemberResolver,
    MeetingResolver,
    CheckpointResolver,
    OrganizationMembershipsResolver,
  ],
  exports: [CohortPolicy, CohortAccess, CohortsService],
})
export class CohortsModule {}
