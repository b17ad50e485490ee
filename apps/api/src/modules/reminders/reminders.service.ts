import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import {
  CHECKPOINT_KIND_SV,
  CUSTOM_REMINDER_LIMITS,
  periodLabel,
  REMINDER_EMAIL_DEFAULT,
  REMINDER_KIND_SV,
  REMINDER_KINDS,
  ReminderKind,
  remindersOpen,
  ReminderStatus,
} from '@modellkommuner/shared';
import { BadInputs, Conflict, FieldProblem, Forbidden } from '../../infrastructure/errors/app-error';
import { isUuid } from '../../infrastructure/graphql/ids';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { CohortAccess } from '../cohorts/cohort-access';
import { NotificationEntity } from './entities/notification.entity';
import { ReminderPreferenceEntity } from './entities/reminder-preference.entity';
import { ReminderEntity } from './entities/reminder.entity';
import { ReminderErrors } from './reminder.errors';
import { ReminderPolicy } from './reminder.policy';
import { audienceOf, currentMembers } from './reminder-recipients';

export interface ScheduledReminderRow {
  id: string;
  kind: ReminderKind;
  dueAt: Date;
  sentAt: Date | null;
  recipients: number;
  about: string;
}

/** Sent reminders stay in a cohort's list this long, so a late one (and by how much) can be seen. */
const SENT_SHOWN_DAYS = 30;
export const MAX_NOTIFICATIONS = 100;

/**
 * The API's side of reminders: a user's notifications and e-mail choices, a cohort's schedule for process
 * leaders and their custom reminders. Planning lives in ReminderScheduler, delivery in the worker.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ReminderPolicy,
    private readonly cohorts: CohortAccess,
    private readonly audit: AuditService,
  ) {}

  // ---- a user's own -----------------------------------------------------------------------------

  notifications(viewer: Viewer, unreadOnly: boolean, first: number): Promise<NotificationEntity[]> {
    return this.dataSource.getRepository(NotificationEntity).find({
      where: { userId: viewer.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: Math.max(0, Math.min(first, MAX_NOTIFICATIONS)),
    });
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).countBy({ userId: viewer.userId, readAt: IsNull() });
  }

  /** Marks the viewer's own notifications among `ids` read; others' ids and unknown ones are passed over. */
  async markRead(viewer: Viewer, ids: string[]): Promise<number> {
    if (ids.length > 200) throw BadInputs([{ field: 'ids', message: ReminderErrors.tooManyIds }]);
    const valid = [...new Set(ids.filter(isUuid))];
    if (!valid.length) return 0;
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update({ id: In(valid), userId: viewer.userId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }

  async markAllRead(viewer: Viewer): Promise<number> {
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update({ userId: viewer.userId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }

  /** Every kind, with the user's choice or the default (e-mail on). */
  async preferences(userId: string): Promise<{ kind: ReminderKind; email: boolean }[]> {
    const rows = await this.dataSource.getRepository(ReminderPreferenceEntity).findBy({ userId });
    const chosen = new Map(rows.map((r) => [r.kind, r.email]));
    return REMINDER_KINDS.map((kind) => ({ kind, email: chosen.get(kind) ?? REMINDER_EMAIL_DEFAULT }));
  }

  async setPreference(viewer: Viewer, kind: ReminderKind, email: boolean): Promise<{ kind: ReminderKind; email: boolean }[]> {
    await this.dataSource
      .getRepository(ReminderPreferenceEntity)
      .createQueryBuilder()
      .insert()
      .values({ userId: viewer.userId, kind, email })
      .orUpdate(['email', 'updated_at'], ['user_id', 'kind'])
      .execute();
    return this.preferences(viewer.userId);
  }

  // ---- a cohort's, for process leaders ------------------------------------------------------------

  /**
   * The cohort's waiting reminders (soonest first) and those sent in the last 30 days (newest first), at
   * most 100: what they are about, when, and to how many (resolved now for those still waiting).
   */
  async upcoming(viewer: Viewer, cohortId: string): Promise<ScheduledReminderRow[]> {
    if (!this.policy.mayManage(viewer)) throw Forbidden(ReminderErrors.mayNotManage);
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `(SELECT * FROM reminders WHERE cohort_id = $1 AND status = 'SCHEDULED' ORDER BY due_at LIMIT 100)
       UNION ALL
       (SELECT * FROM reminders WHERE cohort_id = $1 AND status = 'SENT' AND sent_at > now() - interval '${SENT_SHOWN_DAYS} days' ORDER BY sent_at DESC LIMIT 100)`,
      [cohortId],
    );
    const reminders = rows.slice(0, 100).map((r) => this.dataSource.getRepository(ReminderEntity).create(this.fromRaw(r)));
    if (!reminders.length) return [];
    const names = await this.names(reminders);
    const counts = await this.recipientCounts(reminders);
    return reminders.map((r) => ({
      id: r.id,
      kind: r.kind,
      dueAt: r.dueAt,
      sentAt: r.sentAt,
      recipients: r.status === ReminderStatus.SENT ? (r.recipientCount ?? 0) : (counts.get(r.id) ?? 0),
      about: this.about(r, names),
    }));
  }

  /**
   * A process leader's own reminder to chosen member organisations of a cohort, sent now (through the
   * outbox like every reminder). Returns how many e-mails it will send: the active accounts of those
   * organisations that have not turned e-mail off for CUSTOM (everyone gets the notification).
   */
  async sendCustom(viewer: Viewer, cohortId: string, codesInput: string[], subjectInput: string, bodyInput: string): Promise<number> {
    if (!this.policy.mayManage(viewer)) throw Forbidden(ReminderErrors.mayNotManage);
    const subject = subjectInput.trim();
    const body = bodyInput.trim();
    const codes = [...new Set(codesInput.map((c) => c.trim()).filter(Boolean))];
    const problems: FieldProblem[] = [];
    if (!subject) problems.push({ field: 'subject', message: ReminderErrors.subjectMissing });
    else if (subject.length > CUSTOM_REMINDER_LIMITS.subject) problems.push({ field: 'subject', message: ReminderErrors.subjectTooLong });
    if (!body) problems.push({ field: 'body', message: ReminderErrors.bodyMissing });
    else if (body.length > CUSTOM_REMINDER_LIMITS.body) problems.push({ field: 'body', message: ReminderErrors.bodyTooLong });
    if (!codes.length) problems.push({ field: 'organizationCodes', message: ReminderErrors.noOrganizations });
    else if (codes.length > 20) problems.push({ field: 'organizationCodes', message: ReminderErrors.tooManyOrganizations });
    return this.dataSource.transaction(async (manager) => {
      const { cohort, members } = await this.cohorts.visibleCohort(manager, viewer, cohortId);
      const organizations =
        codes.length <= 20 && codes.length
          ? await manager.query<{ id: string; code: string }[]>(`SELECT id, code FROM organizations WHERE code = ANY($1)`, [codes])
          : [];
      const current = new Set(members.filter((m) => m.withdrawnAt === null).map((m) => m.organizationId));
      for (const code of codes.length <= 20 ? codes : []) {
        const found = organizations.find((o) => o.code === code);
        if (!found || !current.has(found.id)) problems.push({ field: 'organizationCodes', message: ReminderErrors.notAMember(code) });
      }
      if (problems.length) throw BadInputs(problems);
      if (!remindersOpen(cohort.status)) throw Conflict(ReminderErrors.cohortEnded(cohort.status));
      const organizationIds = organizations.map((o) => o.id);
      const row = await manager.getRepository(ReminderEntity).save(
        manager.getRepository(ReminderEntity).create({
          kind: ReminderKind.CUSTOM,
          // Each message is its own reminder: two sent in the same millisecond must not collide on the key.
          key: `custom:${cohort.id}:${randomUUID()}`,
          dueAt: new Date(),
          cohortId: cohort.id,
          subject,
          body,
          organizationIds,
          createdById: viewer.userId,
        }),
      );
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'reminder.custom',
        entity: 'Cohort',
        entityId: cohort.id,
        after: { reminderId: row.id, subject, organizationCodes: codes.join(', ') },
      });
      const [{ count }] = await manager.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM users u
          LEFT JOIN reminder_preferences p ON p.user_id = u.id AND p.kind = 'CUSTOM'
          WHERE u.active AND u.organization_id = ANY($1::uuid[]) AND coalesce(p.email, $2)`,
        [organizationIds, REMINDER_EMAIL_DEFAULT],
      );
      return count;
    });
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private fromRaw(r: Record<string, unknown>): Partial<ReminderEntity> {
    return {
      id: r.id as string,
      kind: r.kind as ReminderKind,
      status: r.status as ReminderStatus,
      dueAt: r.due_at as Date,
      sentAt: (r.sent_at as Date | null) ?? null,
      recipientCount: (r.recipient_count as number | null) ?? null,
      cohortId: r.cohort_id as string,
      organizationId: (r.organization_id as string | null) ?? null,
      organizationIds: (r.organization_ids as string[] | null) ?? null,
      subjectId: (r.subject_id as string | null) ?? null,
      period: (r.period as string | null) ?? null,
      subject: (r.subject as string | null) ?? null,
    };
  }

  /** Names of what the reminders are about, in four statements whatever their number. */
  private async names(reminders: ReminderEntity[]): Promise<Map<string, string>> {
    const ids = [...new Set(reminders.flatMap((r) => [r.subjectId, r.organizationId]).filter((id): id is string => Boolean(id)))];
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(
      `SELECT id::text, title AS name FROM meetings WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id::text, name FROM organizations WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id::text, name FROM indicators WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id::text, kind::text FROM checkpoints WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private about(r: ReminderEntity, names: Map<string, string>): string {
    const organization = r.organizationId ? (names.get(r.organizationId) ?? '') : '';
    switch (r.kind) {
      case ReminderKind.MEETING_UPCOMING:
        return `Möte: ${names.get(r.subjectId ?? '') ?? ''}`;
      case ReminderKind.FOLLOW_UP_DUE:
      case ReminderKind.FOLLOW_UP_OVERDUE: {
        const kind = names.get(r.subjectId ?? '') as keyof typeof CHECKPOINT_KIND_SV | undefined;
        return `${kind ? CHECKPOINT_KIND_SV[kind] : 'Uppföljning'}: ${organization}`;
      }
      case ReminderKind.REVIEW_PENDING:
        return `Granskning av ${organization}s uppföljning`;
      case ReminderKind.MEASUREMENT_DUE:
        return `Värden ${r.period ? periodLabel(r.period) : ''}: ${names.get(r.subjectId ?? '') ?? ''} (${organization})`;
      case ReminderKind.CUSTOM:
        return `Meddelande: ${r.subject ?? ''}`;
      case ReminderKind.EXAMPLE_IN_REVIEW:
        return REMINDER_KIND_SV[r.kind];
    }
  }

  /** How many active accounts each waiting reminder would reach if it went out now. */
  private async recipientCounts(reminders: ReminderEntity[]): Promise<Map<string, number>> {
    const waiting = reminders.filter((r) => r.status === ReminderStatus.SCHEDULED);
    if (!waiting.length) return new Map();
    // One cohort's reminders: its members once, not once per reminder (the overdue ones still read their checkpoint).
    const members = await currentMembers(this.dataSource.manager, waiting[0].cohortId as string);
    const users = await this.dataSource.query<{ organizationId: string; role: string; count: number }[]>(
      `SELECT organization_id AS "organizationId", role, count(*)::int AS count FROM users WHERE active GROUP BY organization_id, role`,
    );
    const byOrganization = new Map<string, number>();
    let processLeaders = 0;
    for (const u of users) {
      if (u.role === 'PROCESS_LEADER') processLeaders += u.count;
      else byOrganization.set(u.organizationId, (byOrganization.get(u.organizationId) ?? 0) + u.count);
    }
    const counts = new Map<string, number>();
    for (const r of waiting) {
      const { audience, organizationIds } = await audienceOf(this.dataSource.manager, r, members);
      counts.set(
        r.id,
        organizationIds.reduce((sum, id) => sum + (byOrganization.get(id) ?? 0), 0) + (audience.processLeaders ? processLeaders : 0),
      );
    }
    return counts;
  }
}
