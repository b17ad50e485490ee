import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { COHORT_JOBS, CohortJobName, QUEUES } from '@modellkommuner/shared';
import { CohortsService } from '../cohorts.service';
import { ObservedWorkerHost } from '../../../infrastructure/queue/observed-worker-host';

/** Every night at 01:00 Stockholm time, and once when the worker starts (a missed night catches up). */
export const ADVANCE_SCHEDULE = { pattern: '0 1 * * *', tz: 'Europe/Stockholm' } as const;

@Processor(QUEUES.COHORTS)
export class CohortProcessor extends ObservedWorkerHost implements OnModuleInit, OnApplicationBootstrap {
  protected readonly logger = new Logger(CohortProcessor.name);
  private readonly handlers: Record<CohortJobName, () => Promise<string>>;

  constructor(
    private readonly cohorts: CohortsService,
    @InjectQueue(QUEUES.COHORTS) private readonly queue: Queue,
  ) {
    super();
    this.handlers = {
      [COHORT_JOBS.ADVANCE_TO_FOLLOW_UP]: async () => {
        const moved = await this.cohorts.advanceDueCohorts();
        return `${moved.length} omgång(ar) till uppföljning`;
      },
    };
  }

  onModuleInit(): void {
    const missing = Object.values(COHORT_JOBS).filter((name) => typeof this.handlers[name] !== 'function');
    if (missing.length) throw new Error(`Kön ${QUEUES.COHORTS} saknar hanterare för: ${missing.join(', ')}`);
  }

  /** The scheduler is upserted (same id), so restarts and several workers keep exactly one schedule. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(COHORT_JOBS.ADVANCE_TO_FOLLOW_UP, ADVANCE_SCHEDULE, {
      name: COHORT_JOBS.ADVANCE_TO_FOLLOW_UP,
      opts: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: 100, removeOnFail: 500 },
    });
    await this.queue.add(COHORT_JOBS.ADVANCE_TO_FOLLOW_UP, {}, { jobId: `advance-at-start-${new Date().toISOString().slice(0, 10)}`, removeOnComplete: 100 });
  }

  async process(job: Job): Promise<string> {
    const handler = this.handlers[job.name as CohortJobName];
    if (!handler) throw new UnrecoverableError(`Okänt jobb ${job.name} i kön ${QUEUES.COHORTS}`);
    const outcome = await handler();
    this.logger.log(`${job.name}: ${outcome}`);
    return outcome;
  }
}
