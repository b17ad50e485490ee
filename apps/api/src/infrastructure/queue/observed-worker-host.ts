import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';

/**
 * A BullMQ processor that reports its trouble: a failed attempt (it will be retried, or kept among the
 * failed jobs for inspection) and connection errors (BullMQ reconnects by itself). Every processor extends it.
 */
export abstract class ObservedWorkerHost extends WorkerHost {
  protected abstract readonly logger: Logger;

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`Jobbet ${job?.name ?? '?'} ${job?.id ?? '?'} misslyckades (försök ${job?.attemptsMade ?? '?'}): ${error.message}`);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Kön svarar inte: ${error.message}`);
  }
}
