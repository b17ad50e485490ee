import { Module } from '@nestjs/common';
import { QueueModule } from '../../infrastructure/queue/queue.module';
import { AuditModule } from '../audit/audit.module';
import { CohortPolicy } from '../cohorts/cohort.policy';
import { CohortAccess } from '../cohorts/cohort-access';
import { GoalPolicy } from './goal.policy';
import { KoladaProcessor } from './jobs/kolada.processor';
import { KoladaComparisonService } from './kolada-comparison.service';
import { KoladaImportService } from './kolada-import.service';
import { KoladaSyncService } from './kolada-sync.service';
import { KoladaService } from './kolada.service';

/** Loaded by the worker only: the Kolada fetches (asked for, and weekly with every kommun's and region's comparison values). */
@Module({
  imports: [AuditModule, QueueModule],
  providers: [CohortPolicy, CohortAccess, GoalPolicy, KoladaService, KoladaImportService, KoladaComparisonService, KoladaSyncService, KoladaProcessor],
})
export class GoalsWorkerModule {}
