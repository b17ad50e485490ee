import { Module } from '@nestjs/common';
import { QueueModule } from '../../infrastructure/queue/queue.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { GoalAccess } from './goal-access';
import { GoalOverviewService } from './goal-overview.service';
import { GoalPolicy } from './goal.policy';
import {
  CohortGoalsResolver,
  CohortMemberGoalsResolver,
  GoalsResolver,
  IndicatorsResolver,
  IndicatorTargetResolver,
  KoladaResolver,
  MeasurementResolver,
  OverviewRowResolver,
} from './goals.resolver';
import { GoalsService } from './goals.service';
import { KoladaComparisonService } from './kolada-comparison.service';
import { KoladaImportService } from './kolada-import.service';
import { KoladaSyncService } from './kolada-sync.service';
import { KoladaService } from './kolada.service';
import { MeasurementsExportController } from './measurements-export.controller';
import { MeasurementsService } from './measurements.service';

/** Goals, indicators, targets and values; the Kolada import and the asking for a sync; the CSV exports. */
@Module({
  imports: [AuditModule, AuthModule, CohortsModule, QueueModule],
  controllers: [MeasurementsExportController],
  providers: [
    GoalPolicy,
    GoalAccess,
    GoalsService,
    MeasurementsService,
    GoalOverviewService,
    KoladaService,
    KoladaImportService,
    // KoladaSyncService's dependency; only the worker's weekly run calls it.
    KoladaComparisonService,
    KoladaSyncService,
    GoalsResolver,
    IndicatorsResolver,
    MeasurementResolver,
    IndicatorTargetResolver,
    OverviewRowResolver,
    CohortGoalsResolver,
    CohortMemberGoalsResolver,
    KoladaResolver,
  ],
  exports: [GoalPolicy, KoladaImportService, KoladaSyncService],
})
export class GoalsModule {}
