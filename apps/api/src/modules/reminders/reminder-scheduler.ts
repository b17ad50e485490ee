import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  CheckpointKind,
  CohortStatus,
  exampleReviewDueAt,
  measuredKey,
  MemberRole,
  nextOccurrence,
  occurrenceDueAt,
  PlannedReminder,
  ReminderKind,
  ReminderPlanInput,
  reminderPlan,
  ReminderStatus,
  ReportStatus,
} from '@modellkommuner/shared';
import { ReminderEntity } from './entities/reminder.entity';

/** The key of a learning example's editorial reminder. */
export function exampleReminderKey(exampleId: string): string {
  return `example:${exampleId}:review`;
}

/**
 * Keeps the stored reminders in line with what the platform's state calls for (docs/domain.md,
 * "Reminders"). Called inside the transaction of every change that affects them — a cohort created or
 * moved on, a meeting moved or cancelled, a member withdrawn, a report submitted or reviewed, values
 * recorded — so the reminders commit (or roll back) with the change. Writing a row is all it does: the
 * worker's relay hands due rows to BullMQ (the outbox), and the worker calls it again before sending.
 */
@Injectable()
export class ReminderScheduler {
  /** Plans a cohort's reminders from its state and stores the difference. Returns how many rows changed. */
  async syncCohort(manager: EntityManager, cohortId: string, now = new Date()): Promise<number> {
    // One sync per cohort at a time: two transactions must not both insert the same reminder.
    await this.lockCohort(manager, cohortId);
    const input = await this.planInput(manager, cohortId);
    const plan = input ? reminderPlan(input) : [];
    const existing = await manager
      .getRepository(ReminderEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.cohort_id = :cohortId', { cohortId })
      .andWhere('r.kind <> :custom', { custom: ReminderKind.CUSTOM })
      .getMany();
    return this.apply(manager, cohortId, plan, existing, now);
  }

  /** The cohort's reminders lock, held until the transaction ends (taken again by the same transaction at no cost). */
  async lockCohort(manager: EntityManager, cohortId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reminders:' || $1::text))`, [cohortId]);
  }

  /** A learning example went to the editors: its reminder to the process leaders falls due in 5 days. */
  async exampleSubmitted(manager: EntityManager, exampleId: string, now = new Date()): Promise<void> {
    const repo = manager.getRepository(ReminderEntity);
    const key = exampleReminderKey(exampleId);
    const row = await repo.findOne({ where: { key, occurrence: 1 }, lock: { mode: 'pessimistic_write' } });
    const dueAt = exampleReviewDueAt(now);
    if (!row) {
      await repo.insert({ kind: ReminderKind.EXAMPLE_IN_REVIEW, key, dueAt, subjectId: exampleId });
      return;
    }
    await this.reopen(manager, row, dueAt);
  }

  /** The example left the editorial queue (published, returned, archived, withdrawn): no reminder. */
  async exampleLeftReview(manager: EntityManager, exampleId: string, now = new Date()): Promise<void> {
    await manager
      .getRepository(ReminderEntity)
      .update(
        { key: exampleReminderKey(exampleId), status: ReminderStatus.SCHEDULED },
        { status: ReminderStatus.CANCELLED, cancelledAt: now },
      );
  }

  private async apply(
    manager: EntityManager,
    cohortId: string,
    plan: PlannedReminder[],
    existing: ReminderEntity[],
    now: Date,
  ): Promise<number> {
    const repo = manager.getRepository(ReminderEntity);
    const byKey = new Map<string, ReminderEntity[]>();
    for (const row of existing) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
    const planned = new Set<string>();
    const inserts: Partial<ReminderEntity>[] = [];
    let changed = 0;

    for (const p of plan) {
      planned.add(p.key);
      const rows = byKey.get(p.key) ?? [];
      const fresh = (occurrence: number, dueAt: Date): Partial<ReminderEntity> => ({
        kind: p.kind,
        key: p.key,
        occurrence,
        repeatDays: p.repeatDays,
        dueAt,
        cohortId,
        organizationId: p.organizationId,
        subjectId: p.subjectId,
        period: p.period,
      });
      if (p.repeatDays === null) {
        const row = rows[0];
        if (!row) {
          // A reminder whose time has passed before it was planned (a cohort entered after the fact) is not sent.
          if (p.dueAt > now) inserts.push(fresh(1, p.dueAt));
        } else if (row.status === ReminderStatus.SCHEDULED) {
          if (row.dueAt.getTime() === p.dueAt.getTime()) continue;
          // Moved from the future to a time that has passed (a meeting brought forward to three days from
          // now): it would go out at once and say "in 7 days"; like one planned too late, it is not sent.
          // One already due and still waiting (the worker was down) moves and still goes out, late.
          if (p.dueAt <= now && row.dueAt > now) changed += await this.cancel(manager, row, now);
          else changed += await this.move(manager, row, p.dueAt);
        } else if (p.dueAt > now && (row.status === ReminderStatus.CANCELLED || row.dueAt.getTime() !== p.dueAt.getTime())) {
          // Moved after it went out (the meeting moved), or its reason came back (changes requested): again.
          changed += await this.reopen(manager, row, p.dueAt);
        }
        continue;
      }
      // A series: one occurrence waits at a time; the worker plans the next when one has gone out.
      const waiting = rows.find((r) => r.status === ReminderStatus.SCHEDULED);
      if (waiting) {
        const dueAt = occurrenceDueAt(p.dueAt, p.repeatDays, waiting.occurrence);
        if (waiting.dueAt.getTime() !== dueAt.getTime()) changed += await this.move(manager, waiting, dueAt);
        continue;
      }
      let occurrence = nextOccurrence(p.dueAt, p.repeatDays, now);
      while (rows.some((r) => r.occurrence === occurrence && r.status === ReminderStatus.SENT)) occurrence++;
      const dueAt = occurrenceDueAt(p.dueAt, p.repeatDays, occurrence);
      const old = rows.find((r) => r.occurrence === occurrence);
      if (old) changed += await this.reopen(manager, old, dueAt);
      else inserts.push(fresh(occurrence, dueAt));
    }

    const gone = existing.filter((r) => r.status === ReminderStatus.SCHEDULED && !planned.has(r.key)).map((r) => r.id);
    if (gone.length) {
      await repo.update({ id: In(gone) }, { status: ReminderStatus.CANCELLED, cancelledAt: now });
      changed += gone.length;
    }
    if (inserts.length) {
      await repo.createQueryBuilder().insert().values(inserts).orIgnore().execute();
      changed += inserts.length;
    }
    return changed;
  }

  /** A waiting reminder moves: a new round, which the relay hands to BullMQ under a new job id. */
  private async move(manager: EntityManager, row: ReminderEntity, dueAt: Date): Promise<number> {
    await manager
      .getRepository(ReminderEntity)
      .createQueryBuilder()
      .update()
      .set({ dueAt, generation: () => 'generation + 1' })
      .where('id = :id', { id: row.id })
      .execute();
    return 1;
  }

  /** A waiting reminder whose new time has passed: cancelled (a job queued for it finds nothing to send). */
  private async cancel(manager: EntityManager, row: ReminderEntity, now: Date): Promise<number> {
    await manager.getRepository(ReminderEntity).update({ id: row.id }, { status: ReminderStatus.CANCELLED, cancelledAt: now });
    return 1;
  }

  /** A reminder that went out or was cancelled waits again, in a new round (its deliveries are per round). */
  private async reopen(manager: EntityManager, row: ReminderEntity, dueAt: Date): Promise<number> {
    await manager
      .getRepository(ReminderEntity)
      .createQueryBuilder()
      .update()
      .set({
        dueAt,
        status: ReminderStatus.SCHEDULED,
        sentAt: null,
        cancelledAt: null,
        recipientCount: null,
        generation: () => 'generation + 1',
      })
      .where('id = :id', { id: row.id })
      .execute();
    return 1;
  }

  /** The facts `reminderPlan` needs, in seven statements; null when the cohort does not exist. */
  private async planInput(manager: EntityManager, cohortId: string): Promise<ReminderPlanInput | null> {
    const [cohort] = await manager.query<
      {
        id: string;
        status: CohortStatus;
        startDate: string;
      }[]
    >(`SELECT id, status, to_char(start_date, 'YYYY-MM-DD') AS "startDate" FROM cohorts WHERE id = $1`, [cohortId]);
    if (!cohort) return null;
    const meetings = await manager.query<{ id: string; startsAt: Date; cancelled: boolean }[]>(
      `SELECT id, starts_at AS "startsAt", cancelled_at IS NOT NULL AS cancelled FROM meetings WHERE cohort_id = $1`,
      [cohortId],
    );
    const checkpoints = await manager.query<
      {
        id: string;
        kind: CheckpointKind;
        dueDate: string;
      }[]
    >(`SELECT id, kind, to_char(due_date, 'YYYY-MM-DD') AS "dueDate" FROM checkpoints WHERE cohort_id = $1`, [cohortId]);
    const members = await manager.query<{ organizationId: string; role: MemberRole }[]>(
      `SELECT organization_id AS "organizationId", role FROM cohort_members WHERE cohort_id = $1 AND withdrawn_at IS NULL`,
      [cohortId],
    );
    const reports = await manager.query<
      { id: string; checkpointId: string; organizationId: string; status: ReportStatus; submittedAt: Date | null }[]
    >(
      `SELECT r.id, r.checkpoint_id AS "checkpointId", r.organization_id AS "organizationId", r.status, r.submitted_at AS "submittedAt"
         FROM follow_up_reports r JOIN checkpoints c ON c.id = r.checkpoint_id WHERE c.cohort_id = $1`,
      [cohortId],
    );
    const indicators = await manager.query<{ id: string; organizationId: string | null; baselinePeriod: string | null; kolada: boolean }[]>(
      `SELECT i.id, CASE WHEN g.scope = 'OWN' THEN g.organization_id END AS "organizationId",
              i.baseline_period AS "baselinePeriod", i.kolada_kpi_id IS NOT NULL AS kolada
         FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.cohort_id = $1`,
      [cohortId],
    );
    const measured = indicators.length
      ? await manager.query<{ indicatorId: string; organizationId: string; period: string }[]>(
          `SELECT DISTINCT m.indicator_id AS "indicatorId", m.organization_id AS "organizationId", m.period
             FROM measurements m WHERE m.indicator_id = ANY($1::uuid[])`,
          [indicators.map((i) => i.id)],
        )
      : [];
    return {
      cohort: { id: cohort.id, status: cohort.status, startDate: cohort.startDate },
      meetings,
      checkpoints,
      members,
      reports,
      indicators,
      measured: new Set(measured.map((m) => measuredKey(m.indicatorId, m.organizationId, m.period))),
    };
  }
}
