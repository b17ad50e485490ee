#!/usr/bin/env node
// The reminders delivery benchmark: 10,000 reminders due at once for accounts in the 290 kommuner, delivered
// by the built worker as its own OS process to an SMTP sink in this process, with its own Redis.
//   1. normal: time until every mail is accepted, mails per second, the worker's peak memory, duplicates, lost;
//   2. redis: the same with Redis killed half-way and started again empty (the jobs in it are lost; the
//      worker's reconcile queues again what is still waiting REMINDER_OVERDUE_GRACE_MS after it fell due);
//   3. kill (with --kill): the worker killed with SIGKILL half-way and started again at once.
// Each round is a fresh batch of reminders in the same scratch database and a fresh Redis prefix.
//
// npm run bench:reminders [-- --n 10000] [--rounds normal,redis,kill] [--concurrency 20] [--grace-ms 30000]
//                         [--smtp-query maxConnections=10] [--no-build] [--build-dir DIR] [--keep] [--out FILE]
// --build-dir: use (or build into) another directory, e.g. a build of an earlier commit for before/after figures.
// Needs PostgreSQL and `redis-server` (it starts its own on a free port). Figures go to stdout as Markdown.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath } from 'node:url';
import { insertPeople, insertRound } from './data.mjs';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
process.chdir(root);
const pg = require('pg');
const Redis = require('ioredis');
const { SMTPServer } = require('smtp-server');

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const N = Number(option('n', 10_000));
const ROUNDS = option('rounds', flag('kill') ? 'normal,redis,kill' : 'normal,redis').split(',');
const CONCURRENCY = option('concurrency', null);
const GRACE_MS = option('grace-ms', null);
const TIMEOUT_MS = Number(option('timeout-s', 600)) * 1000;
const log = (...args) => console.error(...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const freePort = () =>
  new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

// ---------------------------------------------------------------------------------------------------
// The build: as `npm run build:api` (swc), into a directory of its own, so that nobody's dist/api is touched.
const build = resolve(option('build-dir', join(root, 'tmp', 'bench-reminders-build')));
if (!flag('no-build')) {
  log('building the API and worker (swc)…');
  rmSync(build, { recursive: true, force: true });
  execFileSync(
    join(root, 'node_modules', '.bin', 'swc'),
    [
      'apps/api/src',
      'libs/shared/src',
      'libs/reference-data/src',
      'migrations',
      '-d',
      build,
      '--quiet',
      '--ignore',
      '**/*.spec.ts,**/*.int-spec.ts,**/__tests__/**',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
const dist = (path) => join(build, 'apps', 'api', 'src', path);
const { ensureDatabase, dropDatabase } = require(dist('infrastructure/database/create-database.js'));

// ---------------------------------------------------------------------------------------------------
// Redis of its own, which round 2 kills and starts again empty on the same port.
const redisPort = await freePort();
const REDIS_URL = `redis://127.0.0.1:${redisPort}`;
let redisProcess;
async function startRedis() {
  redisProcess = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 200; i += 1) {
    const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return;
    } catch {
      probe.disconnect();
      await sleep(50);
    }
  }
  throw new Error('redis-server did not start');
}
async function killRedis() {
  if (redisProcess.exitCode !== null || redisProcess.signalCode !== null) return;
  const gone = new Promise((r) => redisProcess.once('exit', r));
  redisProcess.kill('SIGKILL');
  await gone;
}
await startRedis();
// Whatever happens, leave no redis-server or worker of this run behind.
const children = new Set();
process.on('exit', () => {
  for (const child of [redisProcess, ...children]) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

// ---------------------------------------------------------------------------------------------------
// The SMTP sink: accepts every mail, reads only its headers, counts each (recipient, subject).
const received = new Map();
/** The Message-IDs each (recipient, subject) came with: a copy sent again should carry the same one. */
const messageIds = new Map();
let accepted = 0;
let lastAcceptedAt = 0;
let firstAcceptedAt = 0;
const connections = { opened: 0 };
const header = (head, name) => {
  const m = new RegExp(`^${name}:\\s*(.*(?:\\r\\n[ \\t].*)*)`, 'mi').exec(head);
  return m ? m[1].replace(/\r\n[ \t]/g, ' ').trim() : '';
};
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  maxClients: 10_000,
  onConnect(_session, callback) {
    connections.opened += 1;
    callback();
  },
  onData(stream, _session, callback) {
    let head = '';
    let done = false;
    stream.on('data', (chunk) => {
      if (done) return;
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end >= 0) {
        head = head.slice(0, end);
        done = true;
      }
    });
    stream.on('end', () => {
      const to = /<?([^<>\s]+@[^<>\s]+)>?/.exec(header(head, 'To'))?.[1] ?? '';
      const key = `${to}|${header(head, 'Subject')}`;
      received.set(key, (received.get(key) ?? 0) + 1);
      const ids = messageIds.get(key) ?? new Set();
      ids.add(header(head, 'Message-ID'));
      messageIds.set(key, ids);
      accepted += 1;
      lastAcceptedAt = performance.now();
      if (!firstAcceptedAt) firstAcceptedAt = lastAcceptedAt;
      callback();
    });
  },
});
// A sender killed in the middle of a mail resets its connection: not an error of the sink's.
sink.on('error', () => undefined);
const smtpPort = await freePort();
await new Promise((r) => sink.listen(smtpPort, '127.0.0.1', r));

// ---------------------------------------------------------------------------------------------------
const dbUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/modellkommuner');
dbUrl.pathname = `/modellkommuner_bench_reminders_${Date.now().toString(36)}`;
const DATABASE_URL = dbUrl.toString();
const LEADER = { email: 'bench-reminders-processledare@example.se', password: 'bench-reminders-losenord-2026' };
const baseEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production',
  DATABASE_URL,
  REDIS_URL,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}${option('smtp-query', null) ? `?${option('smtp-query')}` : ''}`,
  PUBLIC_WEB_URL: 'https://modellkommuner.example.se',
  JWT_SECRET: `bench-reminders-${Date.now()}-0123456789abcdef0123456789abcdef`,
  SEED_PROCESS_LEADER_EMAIL: LEADER.email,
  SEED_PROCESS_LEADER_PASSWORD: LEADER.password,
  ...(CONCURRENCY ? { REMINDER_CONCURRENCY: CONCURRENCY } : {}),
  ...(GRACE_MS ? { REMINDER_OVERDUE_GRACE_MS: GRACE_MS } : {}),
};
log(`creating ${dbUrl.pathname.slice(1)} (migrations + reference seed)…`);
await ensureDatabase(DATABASE_URL);
execFileSync('node', [dist('cli/migrate.js')], { env: baseEnv, stdio: 'ignore' });
execFileSync('node', [dist('cli/seed.js')], { env: baseEnv, stdio: 'ignore' });
const client = new pg.Client({ connectionString: DATABASE_URL, application_name: 'bench-reminders' });
await client.connect();
const people = await insertPeople(client);
log(`${people.organizations} kommuner with an account each, ${people.cohorts.length} cohorts`);

// ---------------------------------------------------------------------------------------------------
// The worker: `node worker.js` with production settings; memory sampled from /proc.
function startWorker(prefix) {
  const workerPort = 0;
  const child = spawn('node', [dist('worker.js')], {
    env: { ...baseEnv, REDIS_PREFIX: prefix, WORKER_PORT: String(workerPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const lines = [];
  let ready = false;
  const onLine = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.includes('Arbetaren lyssnar på köerna')) ready = true;
      if (/WARN|ERROR/.test(line)) lines.push(stripVTControlCharacters(line).trim());
    }
  };
  child.stdout.on('data', onLine);
  child.stderr.on('data', onLine);
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return {
    child,
    lines,
    exited,
    async ready() {
      for (let i = 0; i < 600 && !ready; i += 1) await sleep(50);
      if (!ready) throw new Error(`the worker did not start:\n${lines.join('\n')}`);
    },
  };
}
function memory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
// PostgreSQL's share: the CPU time of the backends serving the scratch database (the worker's pool and this
// script), sampled while they live — other sessions' databases on the shared server are not counted.
const backendCpu = new Map();
async function sampleBackends() {
  const { rows } = await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  for (const { pid } of rows) backendCpu.set(pid, Math.max(backendCpu.get(pid) ?? 0, cpuSeconds(pid)));
}
const pgCpuSeconds = () => [...backendCpu.values()].reduce((a, b) => a + b, 0);

async function dbState(round) {
  const { rows } = await client.query(
    `SELECT count(*) FILTER (WHERE r.status = 'SENT')::int AS sent, count(*)::int AS total,
            (SELECT count(*)::int FROM notifications n JOIN reminders x ON x.id = n.reminder_id WHERE x.due_at = $1) AS notifications,
            (SELECT count(*)::int FROM mail_log l WHERE l.sent_at >= $2) AS "mailLog"
       FROM reminders r WHERE r.due_at = $1`,
    [round.dueAt, round.startedAt],
  );
  return rows[0];
}

/** Mails the SMTP server accepted that the worker has not yet recorded in mail_log (the duplicate window). */
async function unrecorded(round) {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM mail_log WHERE sent_at >= $1`, [round.startedAt]);
  return accepted - rows[0].n;
}

async function runRound(name, index) {
  received.clear();
  messageIds.clear();
  accepted = 0;
  firstAcceptedAt = 0;
  lastAcceptedAt = 0;
  connections.opened = 0;
  const prefix = `mk-bench-reminders-${index}`;
  let worker = startWorker(prefix);
  await worker.ready();
  const workers = [worker];
  await sleep(1500); // its first relay and reconcile pass over an empty outbox
  const loadBefore = loadavg();
  const benchCpuBefore = process.cpuUsage();
  await sampleBackends();
  const pgCpuBefore = pgCpuSeconds();
  const startedAt = new Date();
  const dueAt = new Date(Math.floor(Date.now() / 1000) * 1000);
  const insertStarted = performance.now();
  const data = await insertRound(client, { round: `r${index}`, total: N, dueAt, cohorts: people.cohorts, leaderId: people.leaderId });
  const t0 = performance.now();
  log(
    `${name}: ${N} reminders (${data.custom} CUSTOM, ${data.meetings} MEETING_UPCOMING) committed in ${((t0 - insertStarted) / 1000).toFixed(1)} s; ${data.expected.length} mails expected`,
  );
  const expected = new Set(data.expected);
  let peakRss = 0;
  let disruptedAt = null;
  let restartedAt = null;
  const round = { dueAt, startedAt };
  const samples = [];
  let lastBackendSample = 0;
  let atKill = null;
  const window = [];
  for (;;) {
    const m = memory(worker.child.pid);
    peakRss = Math.max(peakRss, m.rss, m.hwm);
    const now = performance.now();
    if (!disruptedAt && accepted >= expected.size / 2) {
      if (name === 'redis') {
        disruptedAt = now;
        await killRedis();
        await startRedis();
        restartedAt = performance.now();
        log(`${name}: Redis killed and started again empty after ${accepted} mails (${((restartedAt - disruptedAt) / 1000).toFixed(2)} s)`);
      } else if (name === 'kill') {
        disruptedAt = now;
        worker.cpu = cpuSeconds(worker.child.pid);
        worker.child.kill('SIGKILL');
        await worker.exited;
        atKill = await unrecorded(round);
        peakRss = Math.max(peakRss, m.hwm);
        worker = startWorker(prefix);
        workers.push(worker);
        await worker.ready();
        restartedAt = performance.now();
        log(
          `${name}: worker killed (SIGKILL) after ${accepted} mails, a new one listening ${((restartedAt - disruptedAt) / 1000).toFixed(2)} s later`,
        );
      }
    }
    if (samples.length === 0 || now - samples[samples.length - 1].t >= 5000) samples.push({ t: now, accepted, rss: m.rss });
    if (now - lastBackendSample >= 1000) {
      lastBackendSample = now;
      await sampleBackends();
      if (accepted > 0 && accepted < expected.size && !disruptedAt) window.push(await unrecorded(round));
    }
    if (accepted >= expected.size) {
      const state = await dbState(round);
      if (state.sent === state.total) break;
    }
    if (now - t0 > TIMEOUT_MS) {
      log(`${name}: timed out after ${TIMEOUT_MS / 1000} s with ${accepted} of ${expected.size} mails`);
      break;
    }
    await sleep(100);
  }
  const allSentAt = performance.now();
  // Anything more to come (a duplicate delivered late)?
  await sleep(3000);
  const finalMem = memory(worker.child.pid);
  peakRss = Math.max(peakRss, finalMem.hwm);
  await sampleBackends();
  const workerCpu = workers.reduce((sum, w) => sum + (w.cpu ?? cpuSeconds(w.child.pid)), 0);
  const pgCpu = pgCpuSeconds() - pgCpuBefore;
  const loadAfter = loadavg();
  const benchCpuUsed = process.cpuUsage(benchCpuBefore);
  const benchCpu = (benchCpuUsed.user + benchCpuUsed.system) / 1e6;
  const state = await dbState(round);
  let duplicates = 0;
  let duplicatesWithOwnMessageId = 0;
  let unexpected = 0;
  for (const [key, n] of received) {
    if (expected.has(key)) {
      duplicates += n - 1;
      if (n > 1 && messageIds.get(key).size === 1) duplicatesWithOwnMessageId += n - 1;
    } else unexpected += n;
  }
  const lost = [...expected].filter((key) => !received.has(key)).length;
  worker.child.kill('SIGTERM');
  await worker.exited;
  const seconds = (lastAcceptedAt - t0) / 1000;
  return {
    name,
    reminders: N,
    mails: expected.size,
    accepted,
    duplicates,
    duplicatesWithOwnMessageId,
    unexpected,
    lost,
    seconds,
    allSentSeconds: (allSentAt - t0) / 1000,
    firstMailSeconds: (firstAcceptedAt - t0) / 1000,
    perSecond: accepted / seconds,
    peakRssMiB: peakRss / 1024,
    disruptedAtSeconds: disruptedAt ? (disruptedAt - t0) / 1000 : null,
    recoveredSeconds: restartedAt ? (lastAcceptedAt - restartedAt) / 1000 : null,
    smtpConnections: connections.opened,
    atKill,
    window: window.length ? { mean: window.reduce((a, b) => a + b, 0) / window.length, max: Math.max(...window), n: window.length } : null,
    workerCpu,
    pgCpu,
    benchCpu,
    state,
    load: [loadBefore[0], loadAfter[0]],
    warnings: workers.flatMap((w) => w.lines),
    curve: samples.map((s) => `${((s.t - t0) / 1000).toFixed(0)} s: ${s.accepted} (${(s.rss / 1024).toFixed(0)} MiB)`),
  };
}

const results = [];
try {
  for (const [i, name] of ROUNDS.entries()) {
    const r = await runRound(name, i + 1);
    results.push(r);
    log(
      `${name}: ${r.accepted}/${r.mails} mails in ${r.seconds.toFixed(1)} s (${r.perSecond.toFixed(0)}/s), peak RSS ${r.peakRssMiB.toFixed(0)} MiB, duplicates ${r.duplicates}, lost ${r.lost}, CPU worker ${r.workerCpu.toFixed(1)} s, PostgreSQL ${r.pgCpu.toFixed(1)} s, sink ${r.benchCpu.toFixed(1)} s, load ${r.load.map((l) => l.toFixed(2)).join(' → ')}, DB ${JSON.stringify(r.state)}`,
    );
  }
} finally {
  await client.end();
  sink.close();
  await killRedis().catch(() => undefined);
  if (!flag('keep')) await dropDatabase(DATABASE_URL);
}

// ---------------------------------------------------------------------------------------------------
const pgVersion = execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-tAc', 'SHOW server_version', 'postgres']).toString().trim();
const redisVersion = /v=(\S+)/.exec(execFileSync('redis-server', ['--version']).toString())?.[1];
const out = [];
out.push(
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${cpus().length} cores (${cpus()[0].model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, PostgreSQL ${pgVersion}, Redis ${redisVersion}.`,
  `Settings: REMINDER_CONCURRENCY ${CONCURRENCY ?? '20 (default)'}, REMINDER_OVERDUE_GRACE_MS ${GRACE_MS ?? '30000 (default)'}, NODE_ENV=production; ${people.organizations} accounts (one per kommun), ${people.cohorts.length} cohorts.`,
  '',
  '| round | reminders | mails | time to all delivered | mails/s | first mail | worker peak RSS | duplicates | lost | CPU: worker / PostgreSQL / sink | SMTP connections | load (1 min) before → after |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
);
for (const r of results)
  out.push(
    `| ${r.name}${r.disruptedAtSeconds !== null ? ` (at ${r.disruptedAtSeconds.toFixed(1)} s; rest in ${r.recoveredSeconds.toFixed(1)} s)` : ''} | ${r.reminders} | ${r.accepted}/${r.mails} | ${r.seconds.toFixed(1)} s | ${r.perSecond.toFixed(0)} | ${r.firstMailSeconds.toFixed(1)} s | ${r.peakRssMiB.toFixed(0)} MiB | ${r.duplicates} | ${r.lost} | ${r.workerCpu.toFixed(1)} / ${r.pgCpu.toFixed(1)} / ${r.benchCpu.toFixed(1)} s | ${r.smtpConnections} | ${r.load.map((l) => l.toFixed(2)).join(' → ')} |`,
  );
out.push('');
for (const r of results) {
  out.push(
    `- ${r.name}: database ${JSON.stringify(r.state)}; mails accepted over time (and the worker's resident memory) ${r.curve.join(', ')}; mails not expected ${r.unexpected}${r.duplicates ? `; duplicates with the same Message-ID as the first copy: ${r.duplicatesWithOwnMessageId} of ${r.duplicates}` : ''}.`,
  );
  if (r.window)
    out.push(
      `  accepted by the SMTP server but not yet in mail_log (sampled every second while sending, before any disruption): mean ${r.window.mean.toFixed(1)}, max ${r.window.max} (${r.window.n} samples)${r.atKill !== null ? `; at the SIGKILL ${r.atKill}` : ''}.`,
    );
  const warnings = [
    ...new Set(
      r.warnings.map((w) =>
        w
          .replace(/^.*?(WARN|ERROR)\s+/, '$1 ')
          .replace(/[0-9a-f-]{36}/g, '…')
          .slice(0, 160),
      ),
    ),
  ];
  if (warnings.length) out.push(`  worker warnings (${r.warnings.length}, distinct): ${warnings.slice(0, 6).join(' | ')}`);
}
const markdown = out.join('\n');
console.log(markdown);
if (option('out', null)) writeFileSync(option('out'), `${markdown}\n`);
process.exit(0);
