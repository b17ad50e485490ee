import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import {
  ExampleDecisionMailJob,
  FailedLoginsMailJob,
  InvitationMailJob,
  MAIL_JOB_ATTEMPTS,
  MAIL_JOB_BACKOFF_MS,
  MAIL_JOBS,
  PasswordResetMailJob,
  QUEUES,
} from '@modellkommuner/shared';
import { AppError } from '../../infrastructure/errors/app-error';

/** How long a request waits for Redis to take a job before giving up (the connection retries forever). */
export const ENQUEUE_TIMEOUT_MS = 5_000;

const JOB_OPTIONS = {
  attempts: MAIL_JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: MAIL_JOB_BACKOFF_MS },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/**
 * The API's side of the mail queue. Callers enqueue as the last step inside their transaction: if
 * Redis refuses, the transaction rolls back and nothing is half-written; if the worker runs before
 * the commit lands, it does not find the row yet and retries after the backoff.
 */
@Injectable()
export class MailQueue {
  constructor(@InjectQueue(QUEUES.MAIL) private readonly queue: Queue) {}

  async invitation(invitationId: string, sendNo: number): Promise<void> {
    const data: InvitationMailJob = { invitationId, sendNo };
    await this.add(MAIL_JOBS.INVITATION, data, { ...JOB_OPTIONS, jobId: `invitation-${invitationId}-${sendNo}` });
  }

  async passwordReset(passwordResetId: string): Promise<void> {
    const data: PasswordResetMailJob = { passwordResetId };
    await this.add(MAIL_JOBS.PASSWORD_RESET, data, { ...JOB_OPTIONS, jobId: `password-reset-${passwordResetId}` });
  }

  /** Tells the owner of an account that someone keeps failing to log in with its address. */
  async failedLogins(userId: string): Promise<void> {
    const data: FailedLoginsMailJob = { userId, noticeId: randomUUID() };
    await this.add(MAIL_JOBS.FAILED_LOGINS, data, { ...JOB_OPTIONS, jobId: `failed-logins-${data.noticeId}` });
  }

  /**
   * Tells a learning example's authors (every active member account of its organisations) that a
   * process leader published it or returned it to draft. One job per step; the worker mails each author.
   */
  async exampleDecision(exampleId: string, step: ExampleDecisionMailJob['step'], version: number): Promise<void> {
    const data: ExampleDecisionMailJob = { exampleId, step, version };
    await this.add(MAIL_JOBS.EXAMPLE_DECISION, data, { ...JOB_OPTIONS, jobId: `example-decision-${exampleId}-${version}` });
  }

  /**
   * With Redis away, ioredis queues the command and retries for ever: the request (and its open
   * transaction) would hang. Give up after a few seconds instead, so the caller's transaction rolls
   * back and the user gets an answer. Should Redis take the job later anyway, the worker does not
   * find the rolled-back row and the job fails after its retries, sending nothing.
   */
  private async add(name: string, data: object, options: JobsOptions): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new AppError('INTERNAL_SERVER_ERROR', 'E-post kan inte skickas just nu eftersom kön inte svarar. Inget har sparats; försök igen om en stund.')),
        ENQUEUE_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([this.queue.add(name, data, options), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
