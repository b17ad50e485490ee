import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { FollowUpPolicy } from './follow-up.policy';
import {
  CheckpointReportsResolver,
  CohortFollowUpResolver,
  CohortMemberReportsResolver,
  ExampleCohortResolver,
  FollowUpReportRowResolver,
  FollowUpResolver,
  GoalAssessmentResolver,
  ReviewResolver,
} from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';

/** Follow-up reports, their snapshot and review, checkpoints, and the example drafted from a report. */
@Module({
  imports: [AuditModule, CohortsModule],
  providers: [
    FollowUpPolicy,
    FollowUpService,
    FollowUpResolver,
    GoalAssessmentResolver,
    ReviewResolver,
    FollowUpReportRowResolver,
    CheckpointReportsResolver,
    CohortMemberReportsResolver,
    CohortFollowUpResolver,
    ExampleCohortResolver,
  ],
  exports: [FollowUpPolicy],
})
export class FollowUpModule {}
