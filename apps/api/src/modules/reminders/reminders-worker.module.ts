import { Module } from '@nestjs/common';
import { QueueModule } from '../../infrastructure/queue/queue.module';
import { MailWorkerModule } from '../mail/mail-worker.module';
import { ReminderDeliveryService } from './jobs/reminder-delivery.service';
import { ReminderProcessor } from './jobs/reminder.processor';
import { ReminderRelay } from './jobs/reminder-relay.service';
import { WorkerHealth } from './jobs/worker-health';

/** Loaded by the worker only: the outbox relay, delivery and the worker's /health. */
@Module({
  imports: [QueueModule, MailWorkerModule],
  providers: [ReminderDeliveryService, ReminderProcessor, ReminderRelay, WorkerHealth],
  exports: [ReminderRelay, ReminderDeliveryService],
})
export class RemindersWorkerModule {}
