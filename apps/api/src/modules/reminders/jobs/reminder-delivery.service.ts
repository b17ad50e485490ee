import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { REMINDER_EMAIL_DEFAULT, ReminderKind, ReminderStatus } from '@modellkommuner/shared';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { MailDeliveryService } from '../../mail/mail-delivery.service';
import { reminderMail } from '../../mail/templates/reminder.mail';
import { NotificationEntity } from '../entities/notification.entity';
import { ReminderEntity } from '../entities/reminder.entity';
import { messageOf } from '../reminder-message';
import { recipientsOf } from '../reminder-recipients';
import { ReminderScheduler } from '../reminder-scheduler';

export type DeliveryOutcome = 'sent' | 'stale' | 'cancelled' | 'early';

/** Mail to this account for this round of this reminder: at most once (the mail log's unique key). */
export function reminderMailKey(reminderId: string, generation: number, userId: string): string {
  return `reminder:${reminderId}:${generation}:${userId}`;
}

/**
 * The Message-ID of that mail, the same however often it is sent. A worker that dies after the SMTP server
 * accepted a mail and before the mail log recorded it sends it again on the retry (no SMTP client can close
 * that moment; bench/README.md, "reminders/"): the copy then carries the same Message-ID, by which mail
 * services and clients recognise it as the same message. Ids only, like everything that leaves for others.
 */
export function reminderMessageId(reminderId: string, generation: number, userId: string, publicWebUrl: string): string {
  return `<reminder.${reminderId}.${generation}.${userId}@${new URL(publicWebUrl).hostname}>`;
}

/**
 * Delivers one round of a reminder (docs/domain.md, "Reminders"), safe to run any number of times:
 * 1. In one transaction: the cohort's reminders are planned again (so one whose reason went away is
 *    cancelled here, even if the change that removed it forgot to say so), the recipients are resolved
 *    from the state now, and a notification per recipient is inserted under its unique key — the record
 *    of delivery; a re-run inserts none twice.
 * 2. Each recipient who wants e-mail gets one, keyed in the mail log: a retry mails only those not reached.
 * 3. The reminder is marked SENT (with the recipient count), and a series plans its next occurrence.
 */
@Injectable()
export class ReminderDeliveryService {
  private readonly logger = new Logger(ReminderDeliveryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: ReminderScheduler,
    private readonly mail: MailDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliver(reminderId: string, generation: number, now = new Date()): Promise<DeliveryOutcome> {
    const peek = await this.dataSource.getRepository(ReminderEntity).findOneBy({ id: reminderId });
    if (!peek || peek.generation !== generation || peek.status !== ReminderStatus.SCHEDULED) return 'stale';
    if (peek.dueAt.getTime() > now.getTime() + 1_000) return 'early';

    const prepared = await this.dataSource.transaction(async (manager) => {
      // The cohort's advisory lock first (the order the API keeps), then the row.
      if (peek.cohortId && peek.kind !== ReminderKind.CUSTOM) await this.scheduler.syncCohort(manager, peek.cohortId, now);
      const row = await manager.getRepository(ReminderEntity).findOne({ where: { id: reminderId }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.generation !== generation || row.status !== ReminderStatus.SCHEDULED) return null;
      if (row.kind === ReminderKind.EXAMPLE_IN_REVIEW && !(await this.stillInReview(manager, row.subjectId))) {
        await this.cancel(manager, row, now);
        return null;
      }
      const message = await messageOf(manager, row);
      if (!message) {
        await this.cancel(manager, row, now);
        return null;
      }
      const recipients = await recipientsOf(manager, row);
      if (recipients.length) {
        const preferences = await manager.query<{ userId: string; email: boolean }[]>(
          `SELECT user_id AS "userId", email FROM reminder_preferences WHERE kind = $1 AND user_id = ANY($2::uuid[])`,
          [row.kind, recipients.map((r) => r.id)],
        );
        const wants = new Map(preferences.map((p) => [p.userId, p.email]));
        await manager
          .getRepository(NotificationEntity)
          .createQueryBuilder()
          .insert()
          .values(
            recipients.map((r) => ({
              userId: r.id,
              reminderId: row.id,
              generation,
              kind: row.kind,
              title: message.title.slice(0, 300),
              body: message.body,
              link: message.link,
              emailWanted: wants.get(r.id) ?? REMINDER_EMAIL_DEFAULT,
            })),
          )
          .orIgnore()
          .execute();
      }
      return { row, message };
    });
    if (!prepared) return 'cancelled';

    // Everyone notified in this round (also by an earlier, interrupted run) who wants e-mail and has none yet.
    const pending = await this.dataSource.query<{ userId: string; email: string; name: string }[]>(
      `SELECT n.user_id AS "userId", u.email, u.name FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.reminder_id = $1 AND n.generation = $2 AND n.email_wanted AND u.active
          AND NOT EXISTS (SELECT 1 FROM mail_log l WHERE l.key = 'reminder:' || n.reminder_id || ':' || n.generation || ':' || n.user_id)
        ORDER BY n.user_id`,
      [reminderId, generation],
    );
    for (const person of pending) {
      await this.mail.send(reminderMailKey(reminderId, generation, person.userId), 'reminder', {
        ...reminderMail({
          to: person.email,
          name: person.name,
          kind: prepared.row.kind,
          title: prepared.message.title,
          body: prepared.message.body,
          link: `${this.config.publicWebUrl}${prepared.message.link}`,
        }),
        messageId: reminderMessageId(reminderId, generation, person.userId, this.config.publicWebUrl),
      });
    }

    // Marked SENT with its recipient count in one statement (three round trips fewer per reminder than a
    // transaction around a count and an update; bench/README.md, "reminders/"); a series plans its next
    // occurrence in the same transaction.
    const series = prepared.row.repeatDays && prepared.row.cohortId ? prepared.row.cohortId : null;
    const markSent = (manager: EntityManager) =>
      manager.query<[unknown[], number]>(
        `UPDATE reminders SET status = 'SENT', sent_at = $3, updated_at = now(),
                recipient_count = (SELECT count(*)::int FROM notifications WHERE reminder_id = $1 AND generation = $2)
          WHERE id = $1 AND generation = $2 AND status = 'SCHEDULED'`,
        [reminderId, generation, now],
      );
    if (!series) await markSent(this.dataSource.manager);
    else
      await this.dataSource.transaction(async (manager) => {
        // The cohort's advisory lock before the row's, the order the API keeps (no deadlock with a change).
        await this.scheduler.lockCohort(manager, series);
        const [, affected] = await markSent(manager);
        // The next occurrence of a series, while its reason holds.
        if (affected) await this.scheduler.syncCohort(manager, series, now);
      });
    this.logger.debug(`påminnelse ${reminderId}/${generation}: ${pending.length} e-post`);
    return 'sent';
  }

  private async stillInReview(manager: EntityManager, exampleId: string | null): Promise<boolean> {
    const [row] = await manager.query<{ status: string }[]>(`SELECT status FROM learning_examples WHERE id = $1`, [exampleId]);
    return row?.status === 'IN_REVIEW';
  }

  private async cancel(manager: EntityManager, row: ReminderEntity, now: Date): Promise<void> {
    await manager.getRepository(ReminderEntity).update({ id: row.id }, { status: ReminderStatus.CANCELLED, cancelledAt: now });
  }
}
