import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ReminderPolicy } from './reminder.policy';
import { ReminderScheduler } from './reminder-scheduler';
import { CohortRemindersResolver, NotificationsResolver, UserRemindersResolver } from './reminders.resolver';
import { RemindersService } from './reminders.service';

/**
 * ReminderScheduler for every feature whose changes plan reminders (global: cohorts, follow-up, goals and
 * learning examples call it inside their transactions), in the API and in the worker.
 */
@Global()
@Module({ providers: [ReminderScheduler], exports: [ReminderScheduler] })
export class ReminderSchedulerModule {}

/** The API's reminders: notifications, preferences, a cohort's schedule and custom reminders. */
@Module({
  imports: [AuditModule, CohortsModule],
  providers: [ReminderPolicy, RemindersService, NotificationsResolver, UserRemindersResolver, CohortRemindersResolver],
})
export class RemindersModule {}
