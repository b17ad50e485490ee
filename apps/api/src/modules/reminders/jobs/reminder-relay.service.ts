import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  QUEUES,
  REMINDER_JOB_ATTEMPTS,
  REMINDER_JOB_BACKOFF_MS,
  REMINDER_JOBS,
  reminderJobId,
  ReminderSendJob,
} from '@modellkommuner/shared';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';

/** How far ahead the relay hands reminders to BullMQ; later ones wait in PostgreSQL. */
export const RELAY_HORIZON_MS = 60 * 60 * 1000;
/**
 * A reminder still waiting this long after it fell due is looked for in Redis and queued again: the default
 * of REMINDER_OVERDUE_GRACE_MS (`AppConfig.reminderOverdueGraceMs`).
 */
export const OVERDUE_GRACE_MS = 30_000;
/** The longest time between two reconcile passes (the relay runs one every twice the grace, at most this). */
const RECONCILE_EVERY_MS = 60_000;
const BATCH = 1_000;
const ENQUEUE_TIMEOUT_MS = 10_000;

export const REMINDER_JOB_OPTIONS = {
  attempts: REMINDER_JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: REMINDER_JOB_BACKOFF_MS },
  // Completed jobs are trimmed (PostgreSQL keeps the record); failed ones stay for inspection.
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;

interface OutboxRow {
  id: string;
  generation: number;
  dueAt: Date;
}

/**
 * The outbox relay (docs/domain.md, "Reminders"): PostgreSQL is the source of truth, Redis the mechanism.
 * - `relay()` hands each reminder that falls due within the hour and whose round has not been queued to
 *   BullMQ as a delayed job with a deterministic id (`reminder-<id>-<round>`), then records the round as
 *   queued. A crash between the two queues it again next time — the same id, so still one job.
 * - `reconcile()` (on start-up and every minute) queues again every reminder still waiting 30 s after it
 *   fell due (REMINDER_OVERDUE_GRACE_MS): those whose job Redis lost (restarted without its data) or that
 *   fell due while the worker was down go out late rather than never. A job that still exists is not
 *   duplicated (same id).
 */
@Injectable()
export class ReminderRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private lastReconcile = 0;
  /** For /health: when the relay last finished a pass without error. */
  lastPassAt: Date | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.REMINDERS) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.reminderRelayIntervalMs <= 0) return;
    const tick = () => {
      if (this.stopped) return;
      this.running = this.pass()
        .catch((error: unknown) =>
          this.logger.warn(`Påminnelser kunde inte köas: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.timer = setTimeout(tick, this.config.reminderRelayIntervalMs);
        });
    };
    tick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass: reconcile when its time has come (and on the first pass), then relay until the outbox is empty. */
  async pass(now = new Date()): Promise<void> {
    if (Date.now() - this.lastReconcile >= Math.min(RECONCILE_EVERY_MS, 2 * this.config.reminderOverdueGraceMs)) {
      await this.reconcile(now);
      this.lastReconcile = Date.now();
    }
    while ((await this.relay(now)) === BATCH && !this.stopped);
    this.lastPassAt = new Date();
  }

  /** Queues one batch of the outbox; returns how many it queued. */
  async relay(now = new Date(), hooks: { afterEnqueue?: () => void } = {}): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<OutboxRow[]>(
        `SELECT id, generation, due_at AS "dueAt" FROM reminders
          WHERE status = 'SCHEDULED' AND due_at <= $1 AND queued_generation IS DISTINCT FROM generation
          ORDER BY due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [new Date(now.getTime() + RELAY_HORIZON_MS)],
      );
      if (!rows.length) return 0;
      await this.enqueue(rows, now);
      // A test injects a crash here: queued, not yet recorded.
      hooks.afterEnqueue?.();
      await manager.query(
        `UPDATE reminders r SET queued_generation = v.generation
           FROM unnest($1::uuid[], $2::int[]) AS v(id, generation) WHERE r.id = v.id`,
        [rows.map((r) => r.id), rows.map((r) => r.generation)],
      );
      return rows.length;
    });
  }

  /** Queues again every reminder that is still waiting after it fell due (and was queued). Returns how many. */
  async reconcile(now = new Date()): Promise<number> {
    let total = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource.query<OutboxRow[]>(
        `SELECT id, generation, due_at AS "dueAt" FROM reminders
          WHERE status = 'SCHEDULED' AND due_at <= $1 AND queued_generation = generation AND id > $2
          ORDER BY id LIMIT ${BATCH}`,
        [new Date(now.getTime() - this.config.reminderOverdueGraceMs), after],
      );
      if (!rows.length) break;
      await this.clearFinishedJobs(rows);
      await this.enqueue(rows, now);
      total += rows.length;
      after = rows[rows.length - 1].id;
    }
    if (total) this.logger.log(`${total} påminnelser som borde ha skickats lades i kön igen.`);
    return total;
  }

  /**
   * A job that used up its attempts (kept among the failed ones for inspection) or completed while its
   * reminder still waits would keep its id, and adding it again would do nothing: remove it first, so the
   * reminder is tried again rather than stuck. A job still waiting or running is left alone.
   */
  private async clearFinishedJobs(rows: OutboxRow[]): Promise<void> {
    for (const row of rows) {
      const job = await this.queue.getJob(reminderJobId(row.id, row.generation));
      if (!job) continue;
      const state = await job.getState();
      if (state === 'failed' || state === 'completed') await job.remove();
    }
  }

  /** How far behind the relay is: reminders due that have not been queued, and the oldest of them. */
  async lag(now = new Date()): Promise<{ unqueued: number; oldestDueAt: Date | null; overdue: number }> {
    const [row] = await this.dataSource.query<{ unqueued: number; oldestDueAt: Date | null; overdue: number }[]>(
      `SELECT count(*) FILTER (WHERE queued_generation IS DISTINCT FROM generation)::int AS unqueued,
              min(due_at) FILTER (WHERE queued_generation IS DISTINCT FROM generation) AS "oldestDueAt",
              count(*) FILTER (WHERE due_at <= $2)::int AS overdue
         FROM reminders WHERE status = 'SCHEDULED' AND due_at <= $1`,
      [now, new Date(now.getTime() - 5 * 60_000)],
    );
    return row;
  }

  private async enqueue(rows: OutboxRow[], now: Date): Promise<void> {
    const jobs = rows.map((r) => {
      const data: ReminderSendJob = { reminderId: r.id, generation: r.generation };
      return {
        name: REMINDER_JOBS.SEND,
        data,
        opts: { ...REMINDER_JOB_OPTIONS, jobId: reminderJobId(r.id, r.generation), delay: Math.max(0, r.dueAt.getTime() - now.getTime()) },
      };
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queue.addBulk(jobs),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('Redis svarade inte')), ENQUEUE_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
