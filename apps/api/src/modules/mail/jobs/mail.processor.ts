import { Processor } from '@nestjs/bullmq';
import { Logger, OnModuleInit } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { ExampleDecisionMailJob, FailedLoginsMailJob, InvitationMailJob, MAIL_JOBS, MailJobName, PasswordResetMailJob, QUEUES } from '@modellkommuner/shared';
import { ExampleDecisionMailHandler } from './example-decision-mail.handler';
import { FailedLoginsMailHandler } from './failed-logins-mail.handler';
import { InvitationMailHandler } from './invitation-mail.handler';
import { PasswordResetMailHandler } from './password-reset-mail.handler';
import { ObservedWorkerHost } from '../../../infrastructure/queue/observed-worker-host';

/** The one processor of the mail queue; handlers do the work. */
@Processor(QUEUES.MAIL, { concurrency: 4 })
export class MailProcessor extends ObservedWorkerHost implements OnModuleInit {
  protected readonly logger = new Logger(MailProcessor.name);
  private readonly handlers: Record<MailJobName, (data: unknown) => Promise<'sent' | 'skipped'>>;

  constructor(
    invitation: InvitationMailHandler,
    passwordReset: PasswordResetMailHandler,
    failedLogins: FailedLoginsMailHandler,
    exampleDecision: ExampleDecisionMailHandler,
  ) {
    super();
    this.handlers = {
      [MAIL_JOBS.INVITATION]: (data) => invitation.handle(data as InvitationMailJob),
      [MAIL_JOBS.PASSWORD_RESET]: (data) => passwordReset.handle(data as PasswordResetMailJob),
      [MAIL_JOBS.FAILED_LOGINS]: (data) => failedLogins.handle(data as FailedLoginsMailJob),
      [MAIL_JOBS.EXAMPLE_DECISION]: (data) => exampleDecision.handle(data as ExampleDecisionMailJob),
    };
  }

  /** Refuse to start when a job name has no handler, rather than failing jobs at run time. */
  onModuleInit(): void {
    const missing = Object.values(MAIL_JOBS).filter((name) => typeof this.handlers[name] !== 'function');
    if (missing.length) throw new Error(`Kön ${QUEUES.MAIL} saknar hanterare för: ${missing.join(', ')}`);
  }

  async process(job: Job): Promise<string> {
    const handler = this.handlers[job.name as MailJobName];
    if (!handler) throw new UnrecoverableError(`Okänt jobb ${job.name} i kön ${QUEUES.MAIL}`);
    const outcome = await handler(job.data);
    this.logger.debug(`${job.name} ${job.id}: ${outcome}`);
    return outcome;
  }
}
