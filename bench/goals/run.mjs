#!/usr/bin/env node
// The cohort overview benchmark (goals): a cohort of 4 organisations and one of 40, each with 10 SHARED
// goals × 5 indicators × 10 periods × (up to) 3 genders of values. For each cohort:
//   - the SQL statements one overview request makes: counted and listed at the driver (pg's
//     Client.prototype.query wrapped) while the built API runs in this process (createApiApp from
//     dist, as apps/api/test/platform.ts does), for a cold and a warm request — the count must be the
//     same for 4 and for 40 organisations;
//   - p50/p95/max of the overview through GraphQL over HTTP (bearer token of the seeded process leader)
//     against the built API in its own process (NODE_ENV=production), after a warm-up;
//   - the same statements replayed with pg (one connection, in order; and as the API issued them, the
//     ones that overlapped in parallel);
//   - where the time goes: the API's fixed cost (`cohort(id) { id }`), the overview service in
//     process (its SQL + progress), the progress computation alone, the response size.
// Figures go to stdout as Markdown (and to --out FILE); bench/README.md holds the figures of a real run.
//
// npm run bench:goals [-- --runs 200] [--warmup 20] [--keep] [--reuse] [--no-build] [--out FILE]
//   --keep   keep the database modellkommuner_bench_goals   --reuse  use a kept one when its data is complete
import { execFileSync, execSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COHORTS, countRows, expected, findBenchData, insertBenchData } from './data.mjs';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
process.chdir(root);

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const RUNS = Number(option('runs', 200));
const WARMUP = Number(option('warmup', 20));
const log = (...args) => console.error(...args);

const OVERVIEW = `query($id: ID!) { cohort(id: $id) { goalOverview { indicators { id name unit } rows { organization { code name } role
  cells { indicatorId progress { status latest latestPeriod genderGap genderGapChange } } } } } }`;
const FIXED = `query($id: ID!) { cohort(id: $id) { id } }`;
// The whole overview is computed (the service does not look at the selection), but only 50 ids are sent.
const OVERVIEW_IDS = `query($id: ID!) { cohort(id: $id) { goalOverview { indicators { id } } } }`;

const freePort = () =>
  new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const summary = (times) => {
  const t = [...times].sort((a, b) => a - b);
  return { n: t.length, p50: percentile(t, 50), p95: percentile(t, 95), max: t[t.length - 1] };
};
async function measure(runs, warmup, fn) {
  for (let i = 0; i < warmup; i += 1) await fn();
  const load = [loadavg()[0]];
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  load.push(loadavg()[0]);
  return { ...summary(times), load };
}
async function measureInterleaved(runs, warmup, fns) {
  const names = Object.keys(fns);
  for (let i = 0; i < warmup; i += 1) for (const name of names) await fns[name]();
  const load = [loadavg()[0]];
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const name of names) {
      const t0 = performance.now();
      await fns[name]();
      times[name].push(performance.now() - t0);
    }
  }
  load.push(loadavg()[0]);
  return Object.fromEntries(names.map((name) => [name, { ...summary(times[name]), load }]));
}
const ms = (value) => value.toFixed(1);
const oneLine = (sql) => sql.replace(/\s+/g, ' ').trim();
const describe = (value) => {
  if (Array.isArray(value)) return `uuid[${value.length}]`;
  if (typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value)) return 'uuid';
  return JSON.stringify(value);
};
const describeAll = (values) => {
  const parts = values.map(describe);
  return parts.length > 3 && parts.every((p) => p === parts[0]) ? `${parts.length} × ${parts[0]}` : parts.join(', ');
};
/** The statement with its list of placeholders folded ("IN ($1, $2, $3)" → "IN ($…)"): its shape, whatever the list's length. */
const statementShape = (sql) => oneLine(sql).replace(/\$\d+(, \$\d+)+/g, '$…');
/** What else the machine is doing: the second frame of `top` (a 1-second sample), processes above 5 % CPU. */
function cpuSnapshot(exclude) {
  try {
    const text = execFileSync('top', ['-b', '-n', '2', '-d', '1', '-w', '400', '-c']).toString();
    const frame = text.split(/^(?=top - )/m).pop();
    const idle = Number(/([\d.]+)\s*id,/.exec(frame)?.[1] ?? NaN);
    const busy = frame
      .split('\n')
      .slice(7)
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f.length > 11 && Number(f[8]) >= 5 && !exclude.includes(Number(f[0])))
      .map(
        (f) =>
          `${Math.round(Number(f[8]))} % ${f
            .slice(11)
            .filter((w) => !w.startsWith('-'))
            .join(' ')
            .replace(/\/work\/main\//g, '')
            .slice(0, 110)}`,
      );
    return { idle, busy };
  } catch {
    return { idle: NaN, busy: [] };
  }
}

// ---------------------------------------------------------------------------------------------------
if (!flag('no-build')) {
  log('building the API…');
  execSync('npm run build:api', { stdio: ['ignore', 'ignore', 'inherit'] });
}
const pg = require('pg');
const dist = (path) => require(resolve(root, 'dist/api/apps/api/src', path));
const { ensureDatabase, dropDatabase } = dist('infrastructure/database/create-database.js');

const dbUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/modellkommuner');
dbUrl.pathname = '/modellkommuner_bench_goals';
const DATABASE_URL = dbUrl.toString();
// Production mode, as deployed. There the seed has no default process leader (app-config.ts: the
// processledare@skr.se / modell-demo-2026 defaults apply only outside production), so the bench names
// its own; it is fixed so that --reuse can log in to a kept database.
const LEADER = { email: 'bench-goals-processledare@example.se', password: 'bench-goals-losenord-2026' };
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: `mk-bench-goals-${Date.now()}`,
  JWT_SECRET: `bench-goals-${Date.now()}-0123456789abcdef0123456789abcdef`,
  SEED_PROCESS_LEADER_EMAIL: LEADER.email,
  SEED_PROCESS_LEADER_PASSWORD: LEADER.password,
};

const benchClient = (options = {}) => {
  const c = new pg.Client({ connectionString: DATABASE_URL, application_name: 'bench-goals-raw', ...options });
  c.bench = true;
  return c;
};
let ids = null;
let generation = null;
if (flag('reuse')) {
  await ensureDatabase(DATABASE_URL);
  execFileSync('node', ['dist/api/apps/api/src/cli/migrate.js'], { env, stdio: 'ignore' });
  const c = benchClient();
  await c.connect();
  ids = await findBenchData(c);
  await c.end();
  if (ids) log('reusing modellkommuner_bench_goals');
}
if (!ids) {
  log('creating modellkommuner_bench_goals (migrations + reference seed)…');
  await dropDatabase(DATABASE_URL);
  await ensureDatabase(DATABASE_URL);
  execFileSync('node', ['dist/api/apps/api/src/cli/migrate.js'], { env, stdio: 'ignore' });
  execFileSync('node', ['dist/api/apps/api/src/cli/seed.js'], { env, stdio: 'ignore' });
  const c = benchClient();
  await c.connect();
  generation = await insertBenchData(c, { leaderEmail: LEADER.email });
  ids = generation.ids;
  await c.end();
  log(`  inserted in ${(generation.insertMs / 1000).toFixed(1)} s, ANALYZE ${(generation.analyzeMs / 1000).toFixed(1)} s`);
}
const client = benchClient();
await client.connect();
const rows = await countRows(client, ids);
for (const c of COHORTS) {
  const want = expected(c.members);
  if (rows[c.key].measurements !== want.measurements || rows[c.key].targets !== want.targets)
    throw new Error(`cohort ${c.key}: ${JSON.stringify(rows[c.key])}, expected ${JSON.stringify(want)}`);
}
const tableSizes = (
  await client.query(
    `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes
     FROM pg_class c WHERE c.relname = ANY($1) ORDER BY c.relname`,
    [['measurements', 'indicator_targets', 'indicators', 'goals', 'cohort_members', 'organizations']],
  )
).rows;
const exactCounts = (
  await client.query(`SELECT (SELECT count(*)::int FROM measurements) AS measurements, (SELECT count(*)::int FROM indicator_targets) AS indicator_targets,
  (SELECT count(*)::int FROM indicators) AS indicators, (SELECT count(*)::int FROM goals) AS goals, (SELECT count(*)::int FROM cohort_members) AS cohort_members,
  (SELECT count(*)::int FROM organizations) AS organizations`)
).rows[0];

// ---------------------------------------------------------------------------------------------------
// 1. The statements: the built API in this process, every statement counted where it leaves for PostgreSQL.
let recording = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countingQuery(config, values) {
  const result = originalQuery.apply(this, arguments);
  if (recording && !this.bench) {
    const entry = {
      text: typeof config === 'string' ? config : config?.text,
      values: Array.isArray(values) ? values : (config?.values ?? []),
      start: performance.now(),
      end: null,
      rows: null,
    };
    recording.push(entry);
    if (result && typeof result.then === 'function') {
      result.then(
        (r) => {
          entry.end = performance.now();
          entry.rows = r?.rowCount ?? null;
        },
        () => {
          entry.end = performance.now();
        },
      );
    }
  }
  return result;
};
Object.assign(process.env, env);
const { createApiApp } = dist('bootstrap.js');
const { DataSource } = require('typeorm');
const { GoalOverviewService } = dist('modules/goals/goal-overview.service.js');
const { CohortMemberEntity } = dist('modules/cohorts/entities/cohort-member.entity.js');
const inProcess = await createApiApp({ logger: ['error'] });
await inProcess.listen(0, '127.0.0.1');
const inProcessUrl = `http://127.0.0.1:${inProcess.getHttpServer().address().port}`;

async function post(baseUrl, query, variables, token) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, bytes: Buffer.byteLength(text) };
}
const login = async (baseUrl) =>
  (
    await post(baseUrl, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: LEADER.email,
      p: LEADER.password,
    })
  ).data.login.token;

const inProcessToken = await login(inProcessUrl);
const captured = {};
for (const c of COHORTS) {
  const requests = [];
  for (let i = 0; i < 3; i += 1) {
    recording = [];
    const { data } = await post(inProcessUrl, OVERVIEW, { id: ids[c.key] }, inProcessToken);
    await new Promise((r) => setTimeout(r, 20)); // anything the request left running
    requests.push(recording);
    recording = null;
    if (data.cohort.goalOverview.rows.length !== c.members)
      throw new Error(`cohort ${c.key}: ${data.cohort.goalOverview.rows.length} rows`);
  }
  captured[c.key] = { cold: requests[0], warm: requests[2], counts: requests.map((r) => r.length) };
  log(`cohort ${c.key}: ${requests.map((r) => r.length).join(', ')} statements per request`);
}
const shape = (statements) => statements.map((s) => statementShape(s.text)).join('\n');
const sameStatements = shape(captured.A.warm) === shape(captured.B.warm);

// The overview service alone, in process: its three statements through TypeORM + progress in JS; then the
// JS alone (the same service over a DataSource that answers from memory).
const dataSource = inProcess.get(DataSource);
const service = inProcess.get(GoalOverviewService);
const inProcessFigures = {};
for (const c of COHORTS) {
  const members = await dataSource.getRepository(CohortMemberEntity).findBy({ cohortId: ids[c.key] });
  const viaService = await measure(RUNS, WARMUP, () => service.overview(ids[c.key], members));
  const answers = new Map();
  await new GoalOverviewService({
    query: async (sql, params) => {
      const r = await dataSource.query(sql, params);
      answers.set(sql, r);
      return r;
    },
  }).overview(ids[c.key], members);
  const fromMemory = new GoalOverviewService({ query: async (sql) => answers.get(sql) });
  const jsOnly = await measure(RUNS, WARMUP, () => fromMemory.overview(ids[c.key], members));
  const result = await fromMemory.overview(ids[c.key], members);
  const statuses = {};
  for (const row of result.rows) for (const cell of row.cells) statuses[cell.progress.status] = (statuses[cell.progress.status] ?? 0) + 1;
  inProcessFigures[c.key] = { viaService, jsOnly, statuses, cells: result.rows.length * result.indicators.length };
}
await inProcess.close();
pg.Client.prototype.query = originalQuery;

// ---------------------------------------------------------------------------------------------------
// 2. The built API in its own process: GraphQL over HTTP.
const port = await freePort();
const api = spawn('node', ['dist/api/apps/api/src/main.js'], {
  env: { ...env, PORT: String(port) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
let up = false;
for (let i = 0; i < 150 && !up; i += 1) {
  try {
    up = (await fetch(`${url}/health`)).ok;
  } catch {
    /* starting */
  }
  if (!up) await new Promise((r) => setTimeout(r, 200));
}
process.on('exit', () => api.kill('SIGTERM'));
if (!up) throw new Error('the API did not start');
const token = await login(url);
const cpuBefore = cpuSnapshot([process.pid, api.pid]);
const loadBefore = loadavg();

// Raw SQL: the warm request's statements, (a) in order on one connection, (b) as issued (overlapping
// ones in parallel, on as many connections).
const spare = [benchClient(), benchClient()];
for (const c of spare) await c.connect();
const waves = (statements) => {
  const out = [];
  for (const s of [...statements].sort((a, b) => a.start - b.start)) {
    const wave = out[out.length - 1];
    if (wave && s.start < Math.min(...wave.map((w) => w.end))) wave.push(s);
    else out.push([s]);
  }
  return out;
};
const runOne = (c, s) => c.query({ text: s.text, values: s.values });
const results = {};
for (const c of COHORTS) {
  const statements = captured[c.key].warm;
  const overviewOnly = statements.filter((s) => /FROM indicators i JOIN goals|FROM indicator_targets|FROM measurements/.test(s.text));
  const asIssued = waves(statements);
  const perStatement = statements.map(() => []);
  const response = await post(url, OVERVIEW, { id: ids[c.key] }, token);
  // PostgreSQL's own time for each statement (EXPLAIN ANALYZE, once, warm): the rest of "raw" is the
  // round trip and pg turning the rows into JavaScript objects.
  const server = [];
  for (const s of statements) {
    await runOne(client, s);
    const plan = (await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.text}`, values: s.values })).rows[0][
      'QUERY PLAN'
    ][0];
    server.push({
      ms: plan['Execution Time'],
      node: plan.Plan['Node Type'],
      index: plan.Plan['Index Name'] ?? plan.Plan.Plans?.[0]?.['Index Name'] ?? null,
    });
  }
  log(`cohort ${c.key}: measuring (${RUNS} runs after ${WARMUP} warm-up)…`);
  // Interleaved: each round runs every series once, so a change in the machine's load hits all alike
  // (the machine is shared; GraphQL and raw SQL must be compared under the same load).
  const { g, fixed, idsOnly, raw, parallel, overview3 } = await measureInterleaved(RUNS, WARMUP, {
    g: () => post(url, OVERVIEW, { id: ids[c.key] }, token),
    fixed: () => post(url, FIXED, { id: ids[c.key] }, token),
    idsOnly: () => post(url, OVERVIEW_IDS, { id: ids[c.key] }, token),
    raw: async () => {
      for (const [i, s] of statements.entries()) {
        const t0 = performance.now();
        await runOne(client, s);
        perStatement[i].push(performance.now() - t0);
      }
    },
    parallel: async () => {
      for (const wave of asIssued) await Promise.all(wave.map((s, i) => runOne(i === 0 ? client : spare[(i - 1) % spare.length], s)));
    },
    overview3: async () => {
      for (const s of overviewOnly) await runOne(client, s);
    },
  });
  results[c.key] = {
    g,
    fixed,
    idsOnly,
    server,
    raw,
    parallel,
    overview3,
    bytes: response.bytes,
    waves: asIssued.map((w) => w.length),
    perStatement: perStatement.map((t) => summary(t.slice(WARMUP))),
  };
  log(`  GraphQL ${ms(g.p50)}/${ms(g.p95)}  raw ${ms(raw.p50)}/${ms(raw.p95)}  as issued ${ms(parallel.p50)}/${ms(parallel.p95)} ms`);
}
const loadAfter = loadavg();
const cpuAfter = cpuSnapshot([process.pid, api.pid]);
const rssKb = Number(
  execFileSync('ps', ['-o', 'rss=', '-p', String(api.pid)])
    .toString()
    .trim(),
);
api.kill('SIGTERM');
for (const c of spare) await c.end();
await client.end();
if (!flag('keep')) await dropDatabase(DATABASE_URL);
// The queues' keys under this run's own Redis prefix (nothing else is touched).
{
  const Redis = require('ioredis');
  const redis = new Redis(env.REDIS_URL);
  const keys = [];
  for await (const batch of redis.scanStream({ match: `${env.REDIS_PREFIX}:*`, count: 500 })) keys.push(...batch);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}

// ---------------------------------------------------------------------------------------------------
const pgVersion = execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-tAc', 'SHOW server_version', 'postgres']).toString().trim();
const out = [];
out.push(
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${cpus().length} cores (${cpus()[0].model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, PostgreSQL ${pgVersion}.`,
);
out.push(
  `Load average (1/5/15 min) before the timed runs ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' / ')}.`,
);
out.push(
  `Other processes (a 1-s \`top\` sample, ≥ 5 % CPU) before: CPU ${cpuBefore.idle} % idle; ${cpuBefore.busy.join('; ') || 'none'}. After: ${cpuAfter.idle} % idle; ${cpuAfter.busy.join('; ') || 'none'}.`,
);
if (generation)
  out.push(
    `Data inserted in ${(generation.insertMs / 1000).toFixed(1)} s (one transaction, multi-row INSERT … SELECT FROM unnest), ANALYZE ${(generation.analyzeMs / 1000).toFixed(1)} s.`,
  );
out.push('', '| rows (counted) | cohort A | cohort B |', '| --- | ---: | ---: |');
for (const key of ['members', 'goals', 'indicators', 'by_gender', 'measurements', 'targets'])
  out.push(`| ${key === 'by_gender' ? 'indicators by gender' : key} | ${rows.A[key]} | ${rows.B[key]} |`);
out.push(
  '',
  `Whole database: ${Object.entries(exactCounts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; on disk (with indexes) ${tableSizes.map((t) => `${t.name} ${(t.bytes / 1024).toFixed(0)} KiB`).join(', ')}.`,
);
out.push(
  '',
  `Statements per overview request (counted at the driver; requests 1, 2, 3): cohort A ${captured.A.counts.join(', ')}; cohort B ${captured.B.counts.join(', ')}. The same statements for both cohorts (up to the length of an IN list): ${sameStatements ? 'yes' : 'NO'}.`,
  '',
);
out.push(
  '| # | statement (warm request, cohort B) | parameters B | rows A | rows B | server A ms | server B ms | raw p50 A ms | raw p50 B ms |',
  '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
);
captured.B.warm.forEach((s, i) => {
  const a = captured.A.warm[i];
  const text = oneLine(s.text);
  const server = (key) => {
    const e = results[key].server[i];
    return e ? `${e.ms.toFixed(2)}` : '';
  };
  out.push(
    `| ${i + 1} | \`${(text.length > 170 ? `${text.slice(0, 167)}…` : text).replace(/\|/g, '\\|')}\` | ${describeAll(s.values)} | ${a?.rows ?? ''} | ${s.rows ?? ''} | ${server('A')} | ${server('B')} | ${ms(results.A.perStatement[i]?.p50 ?? NaN)} | ${ms(results.B.perStatement[i].p50)} |`,
  );
});
out.push(
  '',
  `Plans (B): ${results.B.server.map((e, i) => `${i + 1} ${e.node}${e.index ? ` (${e.index})` : ''}`).join(', ')}. "server" is PostgreSQL's execution time (EXPLAIN ANALYZE, once); "raw" is the statement through pg from this process (round trip and rows parsed into objects).`,
);
out.push('', `As issued by the API (statements that overlapped run in parallel): ${results.B.waves.join(' → ')}.`);
out.push(
  '',
  `Runs: ${WARMUP} warm-up + ${RUNS}, sequential; the HTTP and raw series interleaved round by round (the in-process ones ran before the API was started). Times in ms.`,
  '',
);
out.push(`| measurement | A p50 | A p95 | A max | B p50 | B p95 | B max |`, '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
const line = (name, a, b) =>
  out.push(`| ${name} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.max)} | ${ms(b.p50)} | ${ms(b.p95)} | ${ms(b.max)} |`);
line('**GraphQL `cohort { goalOverview }`** (HTTP, bearer token)', results.A.g, results.B.g);
line('raw SQL: all its statements, in order, one connection', results.A.raw, results.B.raw);
line('raw SQL: all its statements as issued (overlapping in parallel)', results.A.parallel, results.B.parallel);
line('raw SQL: the three overview statements only', results.A.overview3, results.B.overview3);
line('GraphQL `cohort(id) { id }` (the fixed cost: HTTP, session, cohort, members)', results.A.fixed, results.B.fixed);
line('GraphQL `goalOverview { indicators { id } }` (the whole overview computed, 50 ids sent)', results.A.idsOnly, results.B.idsOnly);
line('overview service in process (its SQL via TypeORM + progress)', inProcessFigures.A.viaService, inProcessFigures.B.viaService);
line('overview service with its rows from memory (grouping + progress only)', inProcessFigures.A.jsOnly, inProcessFigures.B.jsOnly);
out.push(
  '',
  `Response: cohort A ${results.A.bytes} bytes (${inProcessFigures.A.cells} cells), cohort B ${results.B.bytes} bytes (${inProcessFigures.B.cells} cells). Statuses B: ${Object.entries(
    inProcessFigures.B.statuses,
  )
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.`,
);
const ratio = (key) => results[key].g.p95 / Math.min(results[key].raw.p95, results[key].parallel.p95);
const times = (r) => `${r.toFixed(Math.abs(r - 2) < 0.01 ? 3 : 2)}×`;
out.push('', 'Targets:', '');
for (const c of COHORTS) {
  const r = results[c.key];
  out.push(
    `- cohort ${c.key} (${c.members} organisations): GraphQL p95 ${ms(r.g.p95)} ms ${r.g.p95 <= 60 ? '≤' : '>'} 60 ms — ${r.g.p95 <= 60 ? '**met**' : '**missed**'}; GraphQL p95 ÷ raw SQL p95 (the faster raw replay) = ${times(ratio(c.key))} ${ratio(c.key) <= 2 ? '≤ 2 — **met**' : '> 2 — **missed**'} (p50: ${(r.g.p50 / Math.min(r.raw.p50, r.parallel.p50)).toFixed(2)}×).`,
  );
}
out.push(
  '',
  `Load average (1 min) at the start and end of the timed series: ${COHORTS.map((c) => `${c.key} in process ${inProcessFigures[c.key].viaService.load.map((l) => l.toFixed(2)).join('→')}, over HTTP and raw ${results[c.key].g.load.map((l) => l.toFixed(2)).join('→')}`).join('; ')}.`,
);
out.push('', `API resident memory after the run: ${(rssKb / 1024).toFixed(0)} MiB.`);
const markdown = out.join('\n');
console.log(markdown);
if (option('out', null)) writeFileSync(option('out'), `${markdown}\n`);
process.exit(0);
