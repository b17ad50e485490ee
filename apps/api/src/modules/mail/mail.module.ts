import { Module } from '@nestjs/common';
import { QueueModule } from '../../infrastructure/queue/queue.module';
import { MailQueue } from './mail.queue';

/** The API's side: enqueueing only. */
@Module({ imports: [QueueModule], providers: [MailQueue], exports: [MailQueue] })
export class MailModule {}
