import { Module } from '@nestjs/common';
import { QueueModule } from '../../infrastructure/queue/queue.module';
import { AuditModule } from '../audit/audit.module';
import { CohortPolicy } from './cohort.policy';
import { CohortsService } from './cohorts.service';
import { CohortProcessor } from './jobs/cohort.processor';

/** Loaded by the worker only: the scheduled cohort jobs. */
@Module({ imports: [AuditModule, QueueModule], providers: [CohortPolicy, CohortsService, CohortProcessor] })
export class CohortsWorkerModule {}
