import { Global, Module } from '@nestjs/common';
import { QueueModule } from '../../infrastructure/queue/queue.module';
import { MailQueue } from './mail.queue';

/**
 * The API's side: enqueueing only. Global, so that any feature's service can queue a mail inside its own
 * transaction (as LearningExamplesService does for the author mail) without each module importing this one.
 */
@Global()
@Module({ imports: [QueueModule], providers: [MailQueue], exports: [MailQueue] })
export class MailModule {}
