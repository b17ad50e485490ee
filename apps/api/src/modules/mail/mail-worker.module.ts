import { Module } from '@nestjs/common';
import { MailTransport } from '../../infrastructure/mail/mail-transport';
import { ExampleDecisionMailHandler } from './jobs/example-decision-mail.handler';
import { FailedLoginsMailHandler } from './jobs/failed-logins-mail.handler';
import { InvitationMailHandler } from './jobs/invitation-mail.handler';
import { MailProcessor } from './jobs/mail.processor';
import { PasswordResetMailHandler } from './jobs/password-reset-mail.handler';
import { MailDeliveryService } from './mail-delivery.service';

/** Loaded by the worker only. */
@Module({
  providers: [
    MailTransport,
    MailDeliveryService,
    InvitationMailHandler,
    PasswordResetMailHandler,
    FailedLoginsMailHandler,
    ExampleDecisionMailHandler,
    MailProcessor,
  ],
  exports: [MailTransport, MailDeliveryService],
})
export class MailWorkerModule {}
