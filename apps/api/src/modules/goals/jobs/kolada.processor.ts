import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { KOLADA_JOBS, KoladaSyncJob, QUEUES } from '@modellkommuner/shared';
import { KoladaSyncService } from '../kolada-sync.service';
import { ObservedWorkerHost } from '../../../infrastructure/queue/observed-worker-host';

/** Mondays at 04:00 Stockholm time: Kolada publishes during the week, and nobody waits on it at night. */
export const WEEKLY_KOLADA_SCHEDULE = { pattern: '0 4 * * 1', tz: 'Europe/Stockholm' } as const;

/**
 * The Kolada fetches: each asked-for sync, and the weekly one. Failures of Kolada are recorded on the
 * sync's row by the service (the client has already retried), so the job itself succeeds; only an
 * unexpected error fails the job.
 */
@Processor(QUEUES.KOLADA)
export class KoladaProcessor extends ObservedWorkerHost implements OnApplicationBootstrap {
  protected readonly logger = new Logger(KoladaProcessor.name);

  constructor(
    private readonly syncs: KoladaSyncService,
    @InjectQueue(QUEUES.KOLADA) private readonly queue: Queue,
  ) {
    super();
  }

  /** Upserted under the same id, so restarts and several workers keep exactly one schedule. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(KOLADA_JOBS.WEEKLY, WEEKLY_KOLADA_SCHEDULE, {
      name: KOLADA_JOBS.WEEKLY,
      opts: { removeOnComplete: 50, removeOnFail: 200 },
    });
  }

  async process(job: Job): Promise<string> {
    let sync;
    if (job.name === KOLADA_JOBS.SYNC) sync = await this.syncs.run((job.data as KoladaSyncJob).syncId);
    else if (job.name === KOLADA_JOBS.WEEKLY) sync = await this.syncs.runWeekly();
    else throw new UnrecoverableError(`Okänt jobb ${job.name} i kön ${QUEUES.KOLADA}`);
    const outcome = sync ? `${sync.status}: ${sync.created} nya, ${sync.updated} ändrade, ${sync.skipped} överhoppade${sync.comparisonValues ? `, ${sync.comparisonValues} jämförelsevärden` : ''}${sync.message ? ` — ${sync.message}` : ''}` : 'okänd hämtning';
    this.logger.log(`${job.name}: ${outcome}`);
    return outcome;
  }
}
