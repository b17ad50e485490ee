import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortPolicy } from './cohort.policy';
import { CheckpointResolver, CohortMemberResolver, CohortsResolver, MeetingResolver, OrganizationMembershipsResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';

@Module({
  imports: [AuditModule],
  providers: [CohortPolicy, CohortsService, CohortsResolver, CohortMemberResolver, MeetingResolver, CheckpointResolver, OrganizationMembershipsResolver],
  exports: [CohortPolicy, CohortsService],
})
export class CohortsModule {}
