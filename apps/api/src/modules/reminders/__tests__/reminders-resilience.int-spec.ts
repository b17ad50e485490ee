import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { QUEUES, REMINDER_JOBS, reminderJobId, ReminderSendJob } from '@modellkommuner/shared';
import { GatedMailCatcher } from '../../../../test/gated-mail-catcher';
import { TestPlatform } from '../../../../test/platform';
import { RedisServer } from '../../../../test/redis-server';
import { buildWorker, WorkerProcess } from '../../../../test/worker-process';
import { redisConnectionOptions } from '../../../infrastructure/queue/redis-connection';
import { reminderMessageId } from '../jobs/reminder-delivery.service';
import { ReminderProcessor } from '../jobs/reminder.processor';
import { REMINDER_JOB_OPTIONS, ReminderRelay } from '../jobs/reminder-relay.service';

// Reminder delivery when things break (docs/domain.md, "Reminders": PostgreSQL is the truth, Redis only the
// mechanism). Against Redis servers this file starts itself (one it kills and restarts empty), SMTP servers
// it controls (gated-mail-catcher.ts: a mail is delivered when the server answers 250 to it), and the built
// worker as separate OS processes (worker-process.ts) that it kills. Every reminder here is a CUSTOM one to a
// single organisation with a single account, so each must end as exactly one mail with its own subject.

/** The grace after which the worker's reconcile queues again a reminder Redis lost (production: 30 s). */
const GRACE_MS = 5_000;
const LEADER_EMAIL = 'processledare@skr.se';

interface Person {
  userId: string;
  email: string;
  name: string;
  organizationId: string;
  organizationName: string;
}

interface Fixture {
  tag: string;
  cohortId: string;
  people: Person[];
  reminders: { id: string; subject: string; to: string }[];
  body: string;
}

/**
 * `count` CUSTOM reminders due at `dueAt`, spread over `organizations` kommuner that have no account and are
 * in no cohort yet (so the account made here is the only recipient), each with one account; made by SQL.
 */
async function seedCustomReminders(
  dataSource: DataSource,
  tag: string,
  count: number,
  organizations: number,
  dueAt = new Date(),
): Promise<Fixture> {
  return dataSource.transaction(async (m) => {
    const [leader] = await m.query<{ id: string }[]>(`SELECT id FROM users WHERE email = $1`, [LEADER_EMAIL]);
    const orgs = await m.query<{ id: string; name: string }[]>(
      `SELECT o.id, o.name FROM organizations o
        WHERE o.kind = 'MUNICIPALITY'
          -- Kommuner in Jönköpings, Kronobergs and Västra Götalands län that nothing else in this file has
          -- given an account or a cohort (each file has its own database: apps/api/test/file-database.ts).
          AND (o.code LIKE '06%' OR o.code LIKE '07%' OR (o.code LIKE '14%' AND o.code NOT IN ('1440', '1480', '1490')))
          AND NOT EXISTS (SELECT 1 FROM users u WHERE u.organization_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM cohort_members c WHERE c.organization_id = o.id)
        ORDER BY o.code LIMIT $1`,
      [organizations],
    );
    if (orgs.length !== organizations) throw new Error(`only ${orgs.length} free kommuner for ${tag}`);
    const people: Person[] = [];
    for (const [i, org] of orgs.entries()) {
      const email = `resiliens-${tag}-${i}@example.se`;
      const name = `Resiliensperson ${tag} ${i}`;
      const [user] = await m.query<{ id: string }[]>(
        `INSERT INTO users (email, name, password_hash, role, organization_id) VALUES ($1, $2, 'inget-lösenord', 'MEMBER', $3) RETURNING id`,
        [email, name, org.id],
      );
      people.push({ userId: user.id, email, name, organizationId: org.id, organizationName: org.name });
    }
    const [programme] = await m.query<{ id: string }[]>(
      `INSERT INTO programmes (name, theme, organization_kind) VALUES ($1, 'Resiliens', 'MUNICIPALITY') RETURNING id`,
      [`Resiliensprogram ${tag} ${randomUUID().slice(0, 8)}`],
    );
    const [cohort] = await m.query<{ id: string }[]>(
      `INSERT INTO cohorts (programme_id, name, status, start_date, follow_up_due_date, process_leader_id)
       VALUES ($1, $2, 'ACTIVE', current_date, current_date + 365, $3) RETURNING id`,
      [programme.id, `Resiliensomgång ${tag}`, leader.id],
    );
    await m.query(
      `INSERT INTO cohort_members (cohort_id, organization_id, role)
       SELECT $1, o, CASE WHEN n = 1 THEN 'MENTOR'::member_role ELSE 'MENTEE'::member_role END FROM unnest($2::uuid[]) WITH ORDINALITY AS t(o, n)`,
      [cohort.id, orgs.map((o) => o.id)],
    );
    const body = `Hemligt meddelande ${tag} ${randomUUID().slice(0, 8)}: ta med er budgeten.`;
    const rows = await m.query<{ id: string; subject: string; n: number }[]>(
      `INSERT INTO reminders (kind, key, cohort_id, organization_ids, subject, body, due_at, created_by_id)
       SELECT 'CUSTOM', 'custom:' || gen_random_uuid(), $1, ARRAY[($2::uuid[])[1 + (g - 1) % $3]], $4 || g, $5, $6, $7
         FROM generate_series(1, $8::int) AS g
       RETURNING id, subject`,
      [cohort.id, orgs.map((o) => o.id), orgs.length, `Resiliens ${tag} nr `, body, dueAt, leader.id, count],
    );
    const reminders = rows.map((r) => {
      const n = Number(r.subject.slice(r.subject.lastIndexOf(' ') + 1));
      return { id: r.id, subject: r.subject, to: people[(n - 1) % people.length].email };
    });
    return { tag, cohortId: cohort.id, people, reminders, body };
  });
}

interface DeliveryState {
  sent: number;
  mailLog: number;
  notifications: number;
  recipients: number[];
}

async function deliveryState(dataSource: DataSource, fixture: Fixture): Promise<DeliveryState> {
  const ids = fixture.reminders.map((r) => r.id);
  const [row] = await dataSource.query<DeliveryState[]>(
    `SELECT (SELECT count(*)::int FROM reminders WHERE id = ANY($1) AND status = 'SENT') AS sent,
            (SELECT count(*)::int FROM mail_log WHERE key LIKE 'reminder:%' AND split_part(key, ':', 2)::uuid = ANY($1)) AS "mailLog",
            (SELECT count(*)::int FROM notifications WHERE reminder_id = ANY($1)) AS notifications,
            (SELECT array_agg(DISTINCT coalesce(recipient_count, -1)) FROM reminders WHERE id = ANY($1)) AS recipients`,
    [ids],
  );
  return row;
}

/** What the SMTP server accepted of the fixture's reminders: each subject once, to its one recipient. */
function mailReport(catcher: GatedMailCatcher, fixture: Fixture) {
  const ours = new Map(fixture.reminders.map((r) => [r.subject, r.to]));
  const counts = catcher.countBySubject();
  return {
    accepted: catcher.accepted.filter((mail) => ours.has(mail.subject)).length,
    missing: fixture.reminders.filter((r) => !counts.has(r.subject)).map((r) => r.subject),
    duplicates: [...counts.entries()].filter(([subject, n]) => ours.has(subject) && n > 1).map(([subject, n]) => `${subject} ×${n}`),
    misaddressed: catcher.accepted
      .filter((mail) => ours.has(mail.subject) && mail.to !== ours.get(mail.subject))
      .map((mail) => mail.subject),
  };
}

/** Accepted mails of the fixture whose Message-ID is not the reminder's own (reminderMessageId). */
function foreignMessageIds(catcher: GatedMailCatcher, fixture: Fixture): string[] {
  const userOf = new Map(fixture.people.map((p) => [p.email, p.userId]));
  const bySubject = new Map(fixture.reminders.map((r) => [r.subject, r]));
  return catcher.accepted
    .filter((mail) => bySubject.has(mail.subject))
    .filter(
      (mail) => mail.messageId !== reminderMessageId(bySubject.get(mail.subject)!.id, 1, userOf.get(mail.to) ?? '?', 'http://web.test'),
    )
    .map((mail) => `${mail.subject}: ${mail.messageId}`);
}

async function waitUntil(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number,
  detail?: () => Promise<string> | string,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await condition()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms${detail ? `\n${await detail()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A BullMQ queue handle on the reminders queue under a worker's prefix (as QueueModule makes it). */
function remindersQueue(redisUrl: string, prefix: string): Queue {
  const queue = new Queue(QUEUES.REMINDERS, { connection: redisConnectionOptions(redisUrl), prefix: `${prefix}:bull` });
  queue.on('error', () => undefined); // while Redis restarts
  return queue;
}

/** The jobs of a queue that deliver any of these reminders, in any state. */
async function jobsFor(queue: Queue, reminderIds: string[]): Promise<{ id: string; reminderId: string; state: string }[]> {
  const wanted = new Set(reminderIds);
  const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed', 'paused', 'waiting-children']);
  const ours = jobs.filter((job) => job && wanted.has((job.data as ReminderSendJob).reminderId));
  return Promise.all(
    ours.map(async (job) => ({ id: job.id ?? '', reminderId: (job.data as ReminderSendJob).reminderId, state: await job.getState() })),
  );
}

/** Until no job of the queue is waiting, delayed or running (so nothing more can arrive). */
async function drained(queue: Queue): Promise<boolean> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused');
  return Object.values(counts).every((n) => n === 0);
}

/** Every key under a prefix, with its value read whatever its type: for the "ids only" check. */
async function dumpKeys(redisUrl: string, prefix: string): Promise<{ keys: number; jobHashes: string[]; text: string }> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const parts: string[] = [];
  const jobHashes: string[] = [];
  let keys = 0;
  try {
    for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
      for (const key of batch) {
        keys += 1;
        parts.push(key);
        const type = await redis.type(key);
        if (type === 'string') parts.push((await redis.get(key)) ?? '');
        else if (type === 'hash') {
          const hash = await redis.hgetall(key);
          parts.push(...Object.entries(hash).flat());
          if (hash.data) jobHashes.push(hash.data);
        } else if (type === 'list') parts.push(...(await redis.lrange(key, 0, -1)));
        else if (type === 'set') parts.push(...(await redis.smembers(key)));
        else if (type === 'zset') parts.push(...(await redis.zrange(key, 0, -1)));
        else if (type === 'stream') for (const [id, fields] of await redis.xrange(key, '-', '+')) parts.push(id, ...fields);
        else parts.push(`<${type}>`);
      }
    }
  } finally {
    redis.disconnect();
  }
  return { keys, jobHashes, text: parts.join('\n') };
}

describe('reminders: resilience (Redis lost, worker killed, crash between commit and enqueue, ids only in Redis)', () => {
  // The in-process API and worker (relay driven by hand) use a Redis of their own; the worker processes use
  // another, the one that is killed.
  let stable: RedisServer;
  let killable: RedisServer;
  let platform: TestPlatform;
  let catcher: GatedMailCatcher;
  let workerJs: string;
  let removeBuild: () => void;
  const runPrefix = `mk-resilience-${Date.now().toString(36)}`;
  const prefixes: string[] = [];
  const fixtures: Fixture[] = [];
  const workers: WorkerProcess[] = [];
  const figures: string[] = [];
  // The in-process worker's relay, processor and queue (on the stable Redis).
  let relay: ReminderRelay;
  let processor: ReminderProcessor;
  let inProcessQueue: Queue;
  /** What SIGKILL part 1 leaves for part 2. */
  let killed:
    { fixture: Fixture; smtp: GatedMailCatcher; queue: Queue; second: WorkerProcess; restarted: number; inFlight: number } | undefined;
  const record = (line: string) => figures.push(line);

  const startWorker = async (prefix: string, smtpUrl: string, env: Record<string, string> = {}): Promise<WorkerProcess> => {
    prefixes.push(prefix);
    const worker = await WorkerProcess.start(workerJs, {
      DATABASE_URL: process.env.DATABASE_URL ?? '',
      REDIS_URL: killable.url,
      REDIS_PREFIX: prefix,
      SMTP_URL: smtpUrl,
      PUBLIC_WEB_URL: 'http://web.test',
      WORKER_PORT: '0',
      REMINDER_RELAY_INTERVAL_MS: '200',
      REMINDER_OVERDUE_GRACE_MS: String(GRACE_MS),
      ...env,
    });
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    const started = Date.now();
    ({ workerJs, remove: removeBuild } = buildWorker());
    record(`build of the worker: ${Date.now() - started} ms`);
    [stable, killable] = await Promise.all([RedisServer.start(), RedisServer.start()]);
    catcher = await new GatedMailCatcher().start();
    platform = await TestPlatform.start({
      worker: true,
      env: { REDIS_URL: stable.url, SMTP_URL: catcher.url, REMINDER_RELAY_INTERVAL_MS: '0', WORKER_PORT: '0' },
    });
    relay = platform.worker!.get(ReminderRelay);
    processor = platform.worker!.get(ReminderProcessor);
    inProcessQueue = platform.api.get<Queue>(getQueueToken(QUEUES.REMINDERS));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await killed?.queue.close();
    await killed?.smtp.stop();
    await platform?.close();
    await catcher?.stop();
    await Promise.all([stable?.stop(), killable?.stop()]);
    removeBuild?.();
    if (figures.length) process.stdout.write(`\nreminders-resilience figures:\n  ${figures.join('\n  ')}\n`);
  });

  it('Redis killed and restarted empty while 200 reminders are due: all 200 delivered, none twice', async () => {
    const smtp = await new GatedMailCatcher().start();
    const prefix = `${runPrefix}-redis`;
    const worker = await startWorker(prefix, smtp.url);
    const queue = remindersQueue(killable.url, prefix);
    try {
      // 60 mails go out, then the SMTP server holds its answers: the batch is in the middle, with deliveries
      // in flight and the rest waiting as jobs in Redis.
      smtp.holdAfter(60);
      const dueAt = new Date();
      const fixture = await seedCustomReminders(platform.dataSource, 'redis', 200, 10, dueAt);
      fixtures.push(fixture);
      await waitUntil(
        'sixty delivered and more in flight',
        async () => smtp.heldCount >= 5 && (await deliveryState(platform.dataSource, fixture)).mailLog === 60,
        30_000,
        () => `held ${smtp.heldCount}, accepted ${smtp.accepted.length}\n${worker.log()}`,
      );
      const inRedis = await jobsFor(
        queue,
        fixture.reminders.map((r) => r.id),
      );
      const waiting = inRedis.filter((j) => j.state === 'waiting' || j.state === 'prioritized').length;
      expect(waiting).toBeGreaterThan(0);

      await killable.restart();
      const restartedAfterMs = Date.now() - dueAt.getTime();
      expect((await dumpKeys(killable.url, prefix)).keys).toBe(0);
      smtp.release();
      // The reconcile must not yet have queued anything again while those deliveries were held (see the report).
      expect(restartedAfterMs).toBeLessThan(GRACE_MS);

      const recoveredIn = await waitUntil(
        'all 200 sent after the restart',
        async () => {
          const state = await deliveryState(platform.dataSource, fixture);
          return state.sent === 200 && state.mailLog === 200;
        },
        60_000,
        async () => `${JSON.stringify(await deliveryState(platform.dataSource, fixture))}\n${worker.log()}`,
      );
      await waitUntil('the queue drained', () => drained(queue), 20_000);
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(mailReport(smtp, fixture)).toEqual({ accepted: 200, missing: [], duplicates: [], misaddressed: [] });
      expect(await deliveryState(platform.dataSource, fixture)).toEqual({ sent: 200, mailLog: 200, notifications: 200, recipients: [1] });
      record(
        `Redis restart: ${waiting} jobs waiting and ${inRedis.filter((j) => j.state === 'active').length} active lost with Redis ` +
          `${restartedAfterMs} ms after due; all 200 sent ${recoveredIn} ms after the restart (grace ${GRACE_MS} ms); ${smtp.accepted.length} mails accepted`,
      );
      expect(worker.running).toBe(true);
    } finally {
      await worker.terminate();
      await queue.close();
      await smtp.stop();
    }
  }, 120_000);

  // The worker killed with SIGKILL: its running jobs stay locked in Redis for BullMQ's lock duration (30 s)
  // and the new worker's stalled-job check (every 30 s) moves them back to the queue only after that — one to
  // one and a half minutes. The recovery is awaited further down (part 2), so that the tests in between run
  // meanwhile and the file stays under two minutes.

  it('SIGKILL (1/2): the worker killed in the middle of a batch while deliveries are in flight, and started again', async () => {
    const smtp = await new GatedMailCatcher().start();
    const prefix = `${runPrefix}-kill`;
    const first = await startWorker(prefix, smtp.url);
    const queue = remindersQueue(killable.url, prefix);
    smtp.holdAfter(40);
    const fixture = await seedCustomReminders(platform.dataSource, 'kill', 100, 10);
    fixtures.push(fixture);
    // Killed while deliveries wait for the SMTP server's answer, after every accepted mail was recorded. The
    // moment between the server's acceptance and the record is left out on purpose: no SMTP client can close
    // it (the bench measures how often a kill at a random moment falls in it).
    await waitUntil(
      'forty delivered and more in flight',
      async () => smtp.heldCount >= 5 && (await deliveryState(platform.dataSource, fixture)).mailLog === 40,
      30_000,
      () => `held ${smtp.heldCount}, accepted ${smtp.accepted.length}\n${first.log()}`,
    );
    const inFlight = smtp.heldCount;
    const [{ queued }] = await platform.dataSource.query(
      `SELECT count(*)::int AS queued FROM reminders WHERE id = ANY($1) AND queued_generation = 1`,
      [fixture.reminders.map((r) => r.id)],
    );
    expect(queued).toBe(100);
    const exit = await first.kill();
    expect(exit.signal).toBe('SIGKILL');
    // The SMTP server sees the killed sender's connections close: the held mails were never delivered.
    await new Promise((resolve) => setTimeout(resolve, 300));
    smtp.release();
    expect(smtp.accepted).toHaveLength(40);
    const restarted = Date.now();
    // Its relay off: every reminder of this batch was queued by the first worker, the recovery is BullMQ's
    // (a reconcile would find the jobs still there), and the tests that run meanwhile queue their own rows.
    const second = await startWorker(prefix, smtp.url, { REMINDER_RELAY_INTERVAL_MS: '0' });
    killed = { fixture, smtp, queue, second, restarted, inFlight };
    // The jobs that were waiting go out at once (the ones that were running are still locked).
    await waitUntil(
      'the new worker sending',
      async () => (await deliveryState(platform.dataSource, fixture)).mailLog > 40,
      30_000,
      () => second.log(),
    );
  }, 60_000);

  it('SIGTERM while deliveries wait for a slow SMTP server and for a row: both finish, the rows SENT, the process exits cleanly', async () => {
    const smtp = await new GatedMailCatcher().start();
    smtp.delayMs = 3_000;
    const prefix = `${runPrefix}-term`;
    // No reconcile within the hour: the killed worker's reminders (still locked in the other prefix) are not its business.
    const worker = await startWorker(prefix, smtp.url, { REMINDER_OVERDUE_GRACE_MS: '3600000' });
    const queue = remindersQueue(killable.url, prefix);
    // The fourth reminder's row is locked here, so its delivery waits before it sends: it reaches the SMTP
    // pool only after the worker's mail transport was shut down (Nest shuts it down before BullMQ's workers).
    const lock = platform.dataSource.createQueryRunner();
    try {
      // Due in two seconds: queued by the relay (which skips locked rows) and then locked before it is delivered.
      const fixture = await seedCustomReminders(platform.dataSource, 'term', 4, 4, new Date(Date.now() + 2_000));
      fixtures.push(fixture);
      const late = fixture.reminders[3];
      await waitUntil(
        'the fourth queued',
        async () => (await platform.dataSource.query(`SELECT queued_generation AS q FROM reminders WHERE id = $1`, [late.id]))[0].q === 1,
        1_500,
      );
      await lock.startTransaction();
      await lock.query(`SELECT 1 FROM reminders WHERE id = $1 AND status = 'SCHEDULED' FOR UPDATE`, [late.id]);
      await waitUntil(
        'three mails waiting for their answer',
        () => smtp.pending === 3,
        20_000,
        () => worker.log(),
      );
      await waitUntil(
        'the fourth delivery waiting for its row',
        async () =>
          (
            await platform.dataSource.query(
              `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE NOT l.granted AND a.datname = current_database() AND a.application_name = 'modellkommuner'`,
            )
          )[0].n > 0,
        10_000,
        async () =>
          JSON.stringify(
            await platform.dataSource.query(
              `SELECT a.application_name, a.state, a.wait_event_type, a.wait_event, left(a.query, 120) AS q FROM pg_stat_activity a WHERE a.datname = current_database()`,
            ),
            null,
            1,
          ) + worker.log(),
      );

      const signalled = Date.now();
      const exited = worker.terminate(30_000);
      await waitUntil(
        'the three slow mails accepted',
        () => smtp.accepted.length === 3,
        20_000,
        () => worker.log(),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(worker.running).toBe(true);
      await lock.commitTransaction();
      const exit = await exited;
      const tookMs = Date.now() - signalled;

      // Nest's shutdown hooks ran (they end by raising the signal again, so the exit is "by SIGTERM"), and only
      // after the jobs in hand were finished, not dropped.
      expect(exit).toEqual({ code: null, signal: 'SIGTERM' });
      expect(tookMs).toBeGreaterThan(3_000);
      expect(mailReport(smtp, fixture)).toEqual({ accepted: 4, missing: [], duplicates: [], misaddressed: [] });
      expect(await deliveryState(platform.dataSource, fixture)).toEqual({ sent: 4, mailLog: 4, notifications: 4, recipients: [1] });
      const states = await Promise.all(fixture.reminders.map((r) => queue.getJobState(reminderJobId(r.id, 1))));
      expect(states).toEqual(['completed', 'completed', 'completed', 'completed']);
      expect(worker.errors()).toEqual([]);
      record(
        `SIGTERM: exited ${tookMs} ms after the signal, the three slow mails (3 s) and the one held by its row accepted and recorded first`,
      );
    } finally {
      if (lock.isTransactionActive) await lock.rollbackTransaction();
      await lock.release();
      await worker.kill();
      await queue.close();
      await smtp.stop();
    }
  }, 60_000);

  // The relay in process (its timer off: the tests call it), with processing paused while jobs are counted.
  afterEach(() => processor?.worker.resume());

  it('a crash between the enqueue and the commit: queued again under the same job id, delivered once', async () => {
    await processor.worker.pause();
    const fixture = await seedCustomReminders(platform.dataSource, 'crash', 5, 5);
    fixtures.push(fixture);
    const ids = fixture.reminders.map((r) => r.id);

    await expect(
      relay.relay(new Date(), {
        afterEnqueue: () => {
          throw new Error('krasch efter köandet');
        },
      }),
    ).rejects.toThrow('krasch efter köandet');
    // The jobs are in Redis, the rows not marked (the transaction rolled back).
    const unmarked = await platform.dataSource.query(
      `SELECT count(*)::int AS n FROM reminders WHERE id = ANY($1) AND queued_generation IS NULL`,
      [ids],
    );
    expect(unmarked[0].n).toBe(5);
    expect((await jobsFor(inProcessQueue, ids)).map((j) => j.state)).toEqual(Array(5).fill('waiting'));

    // The next pass finds them unqueued and queues them again: the same ids, so still five jobs.
    expect(await relay.relay()).toBeGreaterThanOrEqual(5);
    const marked = await platform.dataSource.query(
      `SELECT count(*)::int AS n FROM reminders WHERE id = ANY($1) AND queued_generation = 1`,
      [ids],
    );
    expect(marked[0].n).toBe(5);
    const jobs = await jobsFor(inProcessQueue, ids);
    expect(jobs.map((j) => j.id).sort()).toEqual(ids.map((id) => reminderJobId(id, 1)).sort());

    processor.worker.resume();
    await waitUntil('five sent', async () => (await deliveryState(platform.dataSource, fixture)).mailLog === 5, 20_000);
    await waitUntil('the queue drained', () => drained(inProcessQueue), 10_000);
    expect(mailReport(catcher, fixture)).toEqual({ accepted: 5, missing: [], duplicates: [], misaddressed: [] });
  }, 60_000);

  it('the same reminder enqueued ten times at once (ten relay passes, ten adds with its job id): one job, one mail', async () => {
    await processor.worker.pause();
    const fixture = await seedCustomReminders(platform.dataSource, 'ten', 1, 1);
    fixtures.push(fixture);
    const [reminder] = fixture.reminders;

    const passes = await Promise.all(Array.from({ length: 10 }, () => relay.relay()));
    expect(passes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const data: ReminderSendJob = { reminderId: reminder.id, generation: 1 };
    const added = await Promise.all(
      Array.from({ length: 10 }, () =>
        inProcessQueue.add(REMINDER_JOBS.SEND, data, { ...REMINDER_JOB_OPTIONS, jobId: reminderJobId(reminder.id, 1) }),
      ),
    );
    expect(new Set(added.map((job) => job.id))).toEqual(new Set([reminderJobId(reminder.id, 1)]));
    expect(await jobsFor(inProcessQueue, [reminder.id])).toEqual([
      { id: reminderJobId(reminder.id, 1), reminderId: reminder.id, state: 'waiting' },
    ]);

    processor.worker.resume();
    await waitUntil('sent', async () => (await deliveryState(platform.dataSource, fixture)).sent === 1, 20_000);
    await waitUntil('the queue drained', () => drained(inProcessQueue), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailReport(catcher, fixture)).toEqual({ accepted: 1, missing: [], duplicates: [], misaddressed: [] });
    expect(await deliveryState(platform.dataSource, fixture)).toEqual({ sent: 1, mailLog: 1, notifications: 1, recipients: [1] });
  }, 60_000);

  it('SIGKILL (2/2): none lost, none twice — the running jobs recovered by the new worker', async () => {
    if (!killed) throw new Error('part 1 did not get as far as the restart');
    const { fixture, smtp, queue, second, restarted, inFlight } = killed;
    try {
      const recoveredIn = await waitUntil(
        'all 100 sent by the second worker',
        async () => {
          const state = await deliveryState(platform.dataSource, fixture);
          return state.sent === 100 && state.mailLog === 100;
        },
        110_000,
        async () => `${JSON.stringify(await deliveryState(platform.dataSource, fixture))}\n${second.log()}`,
      );
      await waitUntil('the queue drained', () => drained(queue), 20_000);
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(mailReport(smtp, fixture)).toEqual({ accepted: 100, missing: [], duplicates: [], misaddressed: [] });
      // Each with its reminder's own Message-ID, the one a copy sent again after a crash would carry too.
      expect(foreignMessageIds(smtp, fixture)).toEqual([]);
      expect(await deliveryState(platform.dataSource, fixture)).toEqual({ sent: 100, mailLog: 100, notifications: 100, recipients: [1] });
      const jobs = await jobsFor(
        queue,
        fixture.reminders.map((r) => r.id),
      );
      expect(new Set(jobs.map((j) => j.id)).size).toBe(jobs.length);
      expect(jobs.every((j) => j.state === 'completed')).toBe(true);
      record(
        `SIGKILL: ${inFlight} deliveries in flight at the kill; all 100 sent ${Date.now() - restarted} ms after the restart (${recoveredIn} ms of waiting in part 2)`,
      );
      await second.terminate();
    } finally {
      killed = undefined;
      await queue.close();
      await smtp.stop();
    }
  }, 120_000);

  it('no personal data in Redis: after deliveries (one refused once by the SMTP server) only ids in any key', async () => {
    const fixture = await seedCustomReminders(platform.dataSource, 'pii', 4, 2);
    fixtures.push(fixture);
    // A real server's refusal quotes the address; BullMQ keeps a failed attempt's reason and stack trace.
    catcher.rejectOnce(fixture.people[0].email, `4.2.0 <${fixture.people[0].email}>: Recipient address rejected: greylisted`);
    await relay.relay();
    await waitUntil('four sent after a retry', async () => (await deliveryState(platform.dataSource, fixture)).mailLog === 4, 30_000);
    await waitUntil('the queue drained', () => drained(inProcessQueue), 10_000);
    expect(mailReport(catcher, fixture)).toEqual({ accepted: 4, missing: [], duplicates: [], misaddressed: [] });
    // One attempt failed on the refusal and was retried: its reason is in Redis, as its kind only.
    const jobs = await Promise.all(fixture.reminders.map((r) => inProcessQueue.getJob(reminderJobId(r.id, 1))));
    const retried = jobs.filter((job) => (job?.attemptsMade ?? 0) > 1);
    expect(retried).toHaveLength(1);
    expect(retried[0]?.failedReason).toBe('Påminnelsen kunde inte levereras (Error EENVELOPE 450); orsaken står i arbetarens logg');

    const dumps = [
      { where: 'in-process', ...(await dumpKeys(stable.url, process.env.REDIS_PREFIX ?? 'mk')) },
      ...(await Promise.all(prefixes.map(async (prefix) => ({ where: prefix, ...(await dumpKeys(killable.url, prefix)) })))),
    ];
    // The scan sees the jobs (and their data) of the deliveries above, so an address in them would be found.
    const allJobData = dumps.flatMap((d) => d.jobHashes).join('\n');
    for (const f of fixtures.filter((x) => x.tag !== 'redis')) for (const r of f.reminders) expect(allJobData).toContain(r.id);
    const personal = fixtures.flatMap((f) => [
      ...f.people.flatMap((p) => [p.email, p.name, p.organizationName]),
      ...f.reminders.map((r) => r.subject),
      f.body,
      f.body.slice(0, 20),
    ]);
    const found = dumps.flatMap((d) => personal.filter((needle) => d.text.includes(needle)).map((needle) => `${d.where}: ${needle}`));
    expect(found).toEqual([]);
    expect(
      dumps.flatMap((d) => (/[\w.-]+@[\w-]+\.[\w.]+/.test(d.text) ? [`${d.where}: ${/[\w.-]+@[\w-]+\.[\w.]+/.exec(d.text)?.[0]}`] : [])),
    ).toEqual([]);
    record(
      `ids only: ${dumps.reduce((n, d) => n + d.keys, 0)} keys scanned under ${dumps.length} prefixes, ${dumps.reduce((n, d) => n + d.jobHashes.length, 0)} job hashes`,
    );
  }, 60_000);
});
