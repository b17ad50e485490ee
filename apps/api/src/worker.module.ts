import { Module } from '@nestjs/common';
import { AppConfigModule } from './infrastructure/config/config.module';
import { DatabaseModule } from './infrastructure/database/database.module';
import { QueueModule } from './infrastructure/queue/queue.module';
import { CohortsWorkerModule } from './modules/cohorts/cohorts-worker.module';
import { GoalsWorkerModule } from './modules/goals/goals-worker.module';
import { RedisModule } from './infrastructure/queue/redis.module';
import { MailWorkerModule } from './modules/mail/mail-worker.module';
import { ReminderSchedulerModule } from './modules/reminders/reminders.module';
import { RemindersWorkerModule } from './modules/reminders/reminders-worker.module';

/** The worker process: BullMQ processors only, no HTTP. */
@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    RedisModule,
    QueueModule,
    ReminderSchedulerModule,
    MailWorkerModule,
    RemindersWorkerModule,
    CohortsWorkerModule,
    GoalsWorkerModule,
  ],
})
export class WorkerModule {}
