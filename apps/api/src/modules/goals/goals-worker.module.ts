import { Module } from '@nestjs/common';
import { QueueModule } from '../../infrastructure/queue/queue.module';
import { AuditModule } from '../audit/audit.module';
import { CohortPolicy } from '../cohorts/cohort.policy';
import { CohortAccess } from '../cohorts/cohort-access';
import { GoalPolicy } from './goal.policy';
import { KoladaProcessor } from './jobs/kolada.processor';
import { KoladaImportService } from './kolada-import.service';
import { KoladaSyncService } from './kolada-sync.service';
import { KoladaService } from './kolada.service';

/** Loaded by the worker only: the Kolada fetches (asked for, and weekly). */
@Module({
  imports: [AuditModule, QueueModule],
  providers: [CohortPolicy, CohortAccess, GoalPolicy, KoladaService, KoladaImportService, KoladaSyncService, KoladaProcessor],
})
export class GoalsWorkerModule {}
