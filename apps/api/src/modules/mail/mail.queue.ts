import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import {
  InvitationMailJob,
  MAIL_JOB_ATTEMPTS,
  MAIL_JOB_BACKOFF_MS,
  MAIL_JOBS,
  PasswordResetMailJob,
  QUEUES,
} from '@modellkommuner/shared';

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
    await this.queue.add(MAIL_JOBS.INVITATION, data, { ...JOB_OPTIONS, jobId: `invitation-${invitationId}-${sendNo}` });
  }

  async passwordReset(passwordResetId: string): Promise<void> {
    const data: PasswordResetMailJob = { passwordResetId };
    await this.queue.add(MAIL_JOBS.PASSWORD_RESET, data, { ...JOB_OPTIONS, jobId: `password-reset-${passwordResetId}` });
  }
}
