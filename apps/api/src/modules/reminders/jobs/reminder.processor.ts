import { Processor } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { QUEUES, REMINDER_JOBS, ReminderJobName, ReminderSendJob } from '@modellkommuner/shared';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { ObservedWorkerHost } from '../../../infrastructure/queue/observed-worker-host';
import { ReminderDeliveryService } from './reminder-delivery.service';

/** The one processor of the reminders queue: each job delivers one round of one reminder. */
@Processor(QUEUES.REMINDERS, { concurrency: 20 })
export class ReminderProcessor extends ObservedWorkerHost implements OnModuleInit, OnApplicationBootstrap {
  protected readonly logger = new Logger(ReminderProcessor.name);
  private readonly handlers: Record<ReminderJobName, (data: unknown) => Promise<string>>;

  constructor(
    delivery: ReminderDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.handlers = {
      [REMINDER_JOBS.SEND]: (data) => {
        const job = data as ReminderSendJob;
        if (typeof job?.reminderId !== 'string' || !Number.isInteger(job.generation))
          throw new UnrecoverableError('Ogiltigt påminnelsejobb');
        return delivery.deliver(job.reminderId, job.generation);
      },
    };
  }

  /** Refuse to start when a job name has no handler, rather than failing jobs at run time. */
  onModuleInit(): void {
    const missing = Object.values(REMINDER_JOBS).filter((name) => typeof this.handlers[name] !== 'function');
    if (missing.length) throw new Error(`Kön ${QUEUES.REMINDERS} saknar hanterare för: ${missing.join(', ')}`);
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.reminderConcurrency;
  }

  async process(job: Job): Promise<string> {
    const handler = this.handlers[job.name as ReminderJobName];
    if (!handler) throw new UnrecoverableError(`Okänt jobb ${job.name} i kön ${QUEUES.REMINDERS}`);
    try {
      return await handler(job.data);
    } catch (error) {
      if (error instanceof UnrecoverableError) throw error;
      // BullMQ keeps a failed attempt's message and stack trace in Redis (the job and its events), and Redis
      // holds ids only: an SMTP refusal quotes the recipient's address, a database error the row. The whole
      // error goes to the worker's log; Redis gets its kind (the cause is not part of a stack trace's text).
      this.logger.warn(`Påminnelsejobbet ${job.id ?? '?'} (försök ${job.attemptsMade + 1}): ${describeError(error)}`);
      throw new Error(`Påminnelsen kunde inte levereras (${kindOf(error)}); orsaken står i arbetarens logg`, { cause: error });
    }
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What kind of failure, without its text: the error's class, nodemailer's code and the SMTP reply code. */
function kindOf(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const { code, responseCode } = error as Error & { code?: unknown; responseCode?: unknown };
  return [error.name, typeof code === 'string' ? code : null, typeof responseCode === 'number' ? responseCode : null]
    .filter(Boolean)
    .join(' ');
}
