#!/usr/bin/env node
// The network overview benchmark (issue 12): `networkOverview` over 290 kommuner + 21 regioner and about
// 2,000 cohorts in ten generations (data.mjs), anonymous as the public page asks it.
//   1. statements per request, counted at the driver (pg's Client.prototype.query wrapped) while the built
//      API runs in this process (createApiApp, as apps/api/test/platform.ts does), cold and warm, for all
//      programmes, for one, and for the web page's own document (apps/web/src/features/network/graphql, when
//      it exists); each answer checked against the database (organisations reached and lineage edges counted
//      in SQL, ten generations);
//   2. p50/p95/max through GraphQL over HTTP against the built API in its own process (api-process.mjs,
//      NODE_ENV=production), after a warm-up, interleaved round by round with the raw SQL of the same
//      statements (replayed with pg, in order and as the API issued them) and with cheaper selections that
//      show where the time goes; response bytes (raw, and gzip as nginx sends them); the API's resident memory;
//   3. where the time goes: the service in process (its SQL + rules) and its rules alone (rows from memory);
//      garbage collection per request and a CPU profile of the API process (self time by package, the
//      heaviest functions); what-if runs of the same API with one change made at run time (api-process.mjs:
//      without Apollo's cache-control plugin; Cohort.programme synchronous; a larger young generation);
//   4. the network page's first load (first-load.mjs): the web app built into a directory of its own,
//      served as ops/nginx/web.conf serves it, loaded by Debian's Chromium with an empty cache, desktop and
//      phone; every response with its bytes on the wire and its body raw / gzip / brotli; what the loaded
//      JavaScript is made of (source maps).
// Figures go to stdout as Markdown (and to --out FILE); bench/README.md holds the figures of a real run.
//
// npm run bench:network [-- --runs 300] [--warmup 30] [--profile-runs 100] [--keep] [--reuse] [--no-build]
//                       [--experiments] [--no-web] [--no-web-build] [--web-only] [--path /network] [--ready 'main h1']
//                       [--out FILE]
//   --keep   keep the database modellkommuner_bench_network   --reuse  use a kept one when its data is complete
//   --no-build  use the API build in tmp/bench-network-build as it is   --no-web-build  the web build in tmp/bench-network-web
//   --web-only  only the first load (the API still runs: the page asks it for its data)
import { execFileSync, fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describeData, EXPECTED_COHORTS, EXPECTED_GENERATIONS, findBenchData, insertBenchData } from './data.mjs';
import { composition, nginxSettings, startNginxLike, totals, visit } from './first-load.mjs';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
process.chdir(root);

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const RUNS = Number(option('runs', 300));
const WARMUP = Number(option('warmup', 30));
const PROFILE_RUNS = Number(option('profile-runs', 100));
const PAGE_PATH = option('path', '/network');
const READY = option('ready', null);
const WEB_ONLY = flag('web-only');
const log = (...args) => console.error(...args);
const TARGET_P95_MS = 50;
const TARGET_FIRST_LOAD_BYTES = 500 * 1000;

// ---- the queries ------------------------------------------------------------------------------------
// The page's shape (the brief of issue 12): every organisation with its status, generation and fields; the
// lineage with mentor and mentee code + name and the cohort's summary with its programme's name.
const COUNTS = 'municipalitiesTotal municipalitiesReached regionsTotal regionsReached mentorsEligible activeCohorts generations';
const FULL = `query NetworkOverview($programmeId: ID) { networkOverview(programmeId: $programmeId) { ${COUNTS}
  organizations { status generation organization { id code name shortName kind countyCode } }
  lineage { mentor { code name } mentee { code name } cohort { id name status startDate programme { name } } } } }`;
const VARIANTS = {
  noProgramme: `query($programmeId: ID) { networkOverview(programmeId: $programmeId) { ${COUNTS}
  organizations { status generation organization { id code name shortName kind countyCode } }
  lineage { mentor { code name } mentee { code name } cohort { id name status startDate } } } }`,
  // What a shape that does not repeat each organisation's fields on every edge would cost (the page finds
  // names by code in \`organizations\`); the cohort summary is still repeated per edge.
  compact: `query($programmeId: ID) { networkOverview(programmeId: $programmeId) { ${COUNTS}
  organizations { status generation organization { id code name shortName kind countyCode } }
  lineage { mentor { code } mentee { code } cohort { id name status startDate } } } }`,
  orgsOnly: `query($programmeId: ID) { networkOverview(programmeId: $programmeId) { ${COUNTS}
  organizations { status generation organization { id code name shortName kind countyCode } } } }`,
  counts: `query($programmeId: ID) { networkOverview(programmeId: $programmeId) { ${COUNTS} } }`,
  typename: '{ __typename }',
};

/**
 * The web page's own query, when the network feature exists: its graphql/ documents (.graphql files, or the
 * graphql(`…`) literals of .ts files as codegen reads them), the operation that asks networkOverview with the
 * fragments it may use.
 */
function webQuery() {
  const dir = join(root, 'apps/web/src/features/network/graphql');
  if (!existsSync(dir)) return null;
  const { parse, print, visit, Kind } = require('graphql');
  const sources = readdirSync(dir).flatMap((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    if (/\.(graphql|gql)$/.test(f)) return [text];
    if (/\.tsx?$/.test(f)) return [...text.matchAll(/graphql\(\s*`([^`]*)`/g)].map((m) => m[1]);
    return [];
  });
  if (!sources.length) return null;
  const definitions = parse(sources.join('\n')).definitions;
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && print(d).includes('networkOverview'));
  if (!operation) return null;
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  // Apollo Client asks for __typename in every selection set but the operation's own: send what it sends.
  const withTypename = (node, root) =>
    visit(node, {
      SelectionSet(set, _key, parent) {
        if (root && parent === node) return undefined;
        if (set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        return { ...set, selections: [...set.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
      },
    });
  return {
    name: operation.name?.value ?? 'anonymous',
    text: [withTypename(operation, true), ...fragments.map((f) => withTypename(f, false))].map((d) => print(d)).join('\n'),
    variables: (operation.variableDefinitions ?? []).map((v) => v.variable.name.value),
  };
}

// ---- helpers ------------------------------------------------------------------------------------------
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
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summary(times);
}
/**
 * Each round runs every series once, so a change in the machine's load hits all alike. A series is a
 * function, or `{ before, run }` where `before` (untimed) prepares each run — e.g. changes the network so
 * that the API builds its answer anew instead of answering again from its cache.
 */
async function measureInterleaved(runs, warmup, fns) {
  const names = Object.keys(fns);
  const once = async (name, timed) => {
    const f = fns[name];
    if (typeof f !== 'function') await f.before();
    const t0 = performance.now();
    await (typeof f === 'function' ? f() : f.run());
    timed?.push(performance.now() - t0);
  };
  for (let i = 0; i < warmup; i += 1) for (const name of names) await once(name);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const name of names) await once(name, times[name]);
  }
  return Object.fromEntries(names.map((name) => [name, summary(times[name])]));
}
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const kb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1000).toFixed(1) : '–');
const oneLine = (sql) => sql.replace(/\s+/g, ' ').trim();
const describe = (value) => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.length}]`;
  if (typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value)) return 'uuid';
  return JSON.stringify(value);
};
const describeAll = (values) => {
  const parts = values.map(describe);
  return parts.length > 3 && parts.every((p) => p === parts[0]) ? `${parts.length} × ${parts[0]}` : parts.join(', ');
};
/** The statement with its list of placeholders folded ("IN ($1, $2, $3)" → "IN ($…)"). */
const statementShape = (sql) => oneLine(sql).replace(/\$\d+(, \$\d+)+/g, '$…');
const loadNow = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
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
            .slice(0, 90)}`,
      );
    return { idle, busy };
  } catch {
    return { idle: NaN, busy: [] };
  }
}

// ---------------------------------------------------------------------------------------------------
// The build: as `npm run build:api` (swc), into a directory of its own, so that nobody's dist/api is touched.
const build = join(root, 'tmp', 'bench-network-build');
if (!flag('no-build')) {
  log('building the API (swc)…');
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
const pg = require('pg');
const { ensureDatabase, dropDatabase } = require(dist('infrastructure/database/create-database.js'));

const dbUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/modellkommuner');
dbUrl.pathname = '/modellkommuner_bench_network';
const DATABASE_URL = dbUrl.toString();
// Production mode, as deployed; the seed then has no default process leader, so the bench names its own
// (the cohorts need one). Fixed, so that --reuse finds it.
const LEADER = { email: 'bench-network-processledare@example.se', password: 'bench-network-losenord-2026' };
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: `mk-bench-network-${Date.now()}`,
  JWT_SECRET: `bench-network-${Date.now()}-0123456789abcdef0123456789abcdef`,
  SEED_PROCESS_LEADER_EMAIL: LEADER.email,
  SEED_PROCESS_LEADER_PASSWORD: LEADER.password,
};
const benchClient = () => {
  const c = new pg.Client({ connectionString: DATABASE_URL, application_name: 'bench-network-raw' });
  c.bench = true;
  return c;
};

let generation = null;
let reused = false;
if (flag('reuse')) {
  await ensureDatabase(DATABASE_URL);
  execFileSync('node', [dist('cli/migrate.js')], { env, stdio: 'ignore' });
  const c = benchClient();
  await c.connect();
  reused = await findBenchData(c);
  await c.end();
  if (reused) log('reusing modellkommuner_bench_network');
}
if (!reused) {
  log('creating modellkommuner_bench_network (migrations + reference seed)…');
  await dropDatabase(DATABASE_URL);
  await ensureDatabase(DATABASE_URL);
  execFileSync('node', [dist('cli/migrate.js')], { env, stdio: 'ignore' });
  execFileSync('node', [dist('cli/seed.js')], { env, stdio: 'ignore' });
  const c = benchClient();
  await c.connect();
  generation = await insertBenchData(c, { leaderEmail: LEADER.email });
  await c.end();
  log(`  inserted in ${(generation.insertMs / 1000).toFixed(1)} s, ANALYZE ${(generation.analyzeMs / 1000).toFixed(1)} s`);
}
const client = benchClient();
/** A change of the network, as any change to cohorts or members makes it: the API's cached answers no longer apply. */
const bumpNetwork = () => client.query('UPDATE network_state SET version = version + 1');
await client.connect();
const data = await describeData(client);
const totalCohorts = data.byProgramme.reduce((s, p) => s + p.cohorts, 0);
if (totalCohorts !== EXPECTED_COHORTS) throw new Error(`${totalCohorts} bench cohorts, expected ${EXPECTED_COHORTS}`);
if (data.activeTwice !== 0) throw new Error(`${data.activeTwice} organisations are in two active cohorts of one programme`);
// The programme filter: the kommun programme with the most cohorts.
const filterProgramme = data.byProgramme.filter((p) => p.kind === 'MUNICIPALITY').sort((a, b) => b.cohorts - a.cohorts)[0];

/** What the answer must say, from the database by SQL (not by the API's rules). */
async function expectedAnswer(programmeId) {
  return (
    await client.query(
      `WITH counted AS (
         SELECT m.cohort_id, m.organization_id, m.role FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
          WHERE c.status <> 'CANCELLED' AND m.withdrawn_at IS NULL AND ($1::uuid IS NULL OR c.programme_id = $1))
       SELECT (SELECT count(*)::int FROM counted a JOIN counted b ON a.cohort_id = b.cohort_id AND a.role = 'MENTOR' AND b.role = 'MENTEE') AS edges,
              (SELECT count(DISTINCT organization_id)::int FROM counted) AS reached,
              (SELECT count(*)::int FROM organizations WHERE kind <> 'SKR') AS organizations`,
      [programmeId],
    )
  ).rows[0];
}
const expectedAll = await expectedAnswer(null);
const expectedFiltered = await expectedAnswer(filterProgramme.id);

// ---------------------------------------------------------------------------------------------------
// 1. The statements: the built API in this process, every statement counted where it leaves for PostgreSQL.
let recording = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countingQuery(config, values) {
  if (!recording || this.bench) return originalQuery.apply(this, arguments);
  const entry = {
    text: typeof config === 'string' ? config : config?.text,
    values: Array.isArray(values) ? values : (config?.values ?? []),
    start: performance.now(),
    end: null,
    rows: null,
  };
  recording.push(entry);
  const done = (r) => {
    entry.end = performance.now();
    entry.rows = r?.rowCount ?? null;
  };
  const args = [...arguments];
  const cbIndex = args.findIndex((a) => typeof a === 'function');
  if (cbIndex >= 0) {
    const cb = args[cbIndex];
    args[cbIndex] = (err, r) => {
      done(r);
      cb(err, r);
    };
  }
  const result = originalQuery.apply(this, args);
  if (result && typeof result.then === 'function') result.then(done, () => done(null));
  return result;
};
Object.assign(process.env, env);
const { createApiApp } = require(dist('bootstrap.js'));
const { DataSource } = require('typeorm');
const { NetworkService } = require(dist('modules/network/network.service.js'));
const { NetworkPolicy } = require(dist('modules/network/network.policy.js'));
const { CohortPolicy } = require(dist('modules/cohorts/cohort.policy.js'));
const inProcess = await createApiApp({ logger: ['error'] });
await inProcess.listen(0, '127.0.0.1');
const inProcessUrl = `http://127.0.0.1:${inProcess.getHttpServer().address().port}`;

async function post(baseUrl, query, variables = {}) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text);
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 2000));
  return { data: body.data, bytes: Buffer.byteLength(text), text };
}

const web = webQuery();
const webVariables = (programmeId) =>
  web ? Object.fromEntries(web.variables.map((v) => [v, v === 'programmeId' ? programmeId : null])) : {};
const captured = {};
const answers = {};
const checks = [];
for (const [key, programmeId, want, query] of [
  ['all', null, expectedAll, FULL],
  ['programme', filterProgramme.id, expectedFiltered, FULL],
  ...(web ? [['web', null, expectedAll, web.text]] : []),
]) {
  const requests = [];
  for (let i = 0; i < 3; i += 1) {
    // Requests 1 and 2 build the answer (2 after a change of the network, with warm pools); 3 answers again.
    if (i < 2) await bumpNetwork();
    recording = [];
    const response = await post(inProcessUrl, query, key === 'web' ? webVariables(programmeId) : { programmeId });
    await new Promise((r) => setTimeout(r, 20)); // anything the request left running
    requests.push(recording);
    recording = null;
    answers[key] = response;
  }
  captured[key] = { cold: requests[0], warm: requests[1], again: requests[2], counts: requests.map((r) => r.length) };
  const o = answers[key].data.networkOverview;
  const reached = o.organizations.filter((r) => r.status !== 'NOT_REACHED').length;
  const problems = [];
  if (o.organizations.length !== want.organizations) problems.push(`organizations ${o.organizations.length} ≠ ${want.organizations}`);
  if (o.lineage.length !== want.edges) problems.push(`lineage ${o.lineage.length} ≠ ${want.edges}`);
  if (reached !== want.reached) problems.push(`reached ${reached} ≠ ${want.reached}`);
  if (key !== 'programme' && o.generations !== EXPECTED_GENERATIONS)
    problems.push(`generations ${o.generations} ≠ ${EXPECTED_GENERATIONS}`);
  if (problems.length) throw new Error(`the ${key} answer disagrees with the database: ${problems.join('; ')}`);
  checks.push({ key, lineage: o.lineage.length, reached, generations: o.generations, counts: o });
  log(
    `${key}: ${requests.map((r) => r.length).join(', ')} statements per request; ${o.lineage.length} lineage edges, ${reached} reached, ${o.generations} generations`,
  );
}
const byGeneration = {};
for (const r of answers.all.data.networkOverview.organizations)
  if (r.generation !== null) byGeneration[r.generation] = (byGeneration[r.generation] ?? 0) + 1;
const byStatus = {};
for (const r of answers.all.data.networkOverview.organizations) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;

// 3. In process: the service (its SQL through TypeORM + the rules), and the rules alone over rows from memory.
const mainDataSource = inProcess.get(DataSource);
const service = inProcess.get(NetworkService);
const inProcessFigures = {};
if (!WEB_ONLY) {
  log('in process: the service, and its rules alone…');
  const remembered = new Map();
  const recordingSource = {
    getRepository: (entity) => ({
      find: async (options) => {
        const r = await mainDataSource.getRepository(entity).find(options);
        remembered.set(`${entity.name}.find`, r);
        return r;
      },
      findOneBy: async (where) => {
        const r = await mainDataSource.getRepository(entity).findOneBy(where);
        remembered.set(`${entity.name}.findOneBy`, r);
        return r;
      },
    }),
    query: async (sql, params) => {
      const r = await mainDataSource.query(sql, params);
      remembered.set(sql, r);
      return r;
    },
  };
  const fromMemory = {
    getRepository: (entity) => ({
      find: async () => remembered.get(`${entity.name}.find`),
      findOneBy: async () => remembered.get(`${entity.name}.findOneBy`),
    }),
    query: async (sql) => remembered.get(sql),
  };
  const policy = inProcess.get(NetworkPolicy);
  const cohortPolicy = inProcess.get(CohortPolicy);
  for (const [key, programmeId] of [
    ['all', null],
    ['programme', filterProgramme.id],
  ]) {
    const viaService = await measure(RUNS / 3, WARMUP / 3, () => service.overview(null, programmeId));
    await new NetworkService(recordingSource, policy, cohortPolicy, undefined).overview(null, programmeId);
    const memoryService = new NetworkService(fromMemory, policy, cohortPolicy, undefined);
    const check = await memoryService.overview(null, programmeId);
    if (check.lineage.length !== answers[key].data.networkOverview.lineage.length)
      throw new Error('the service from memory answers differently');
    const rulesOnly = await measure(RUNS / 3, WARMUP / 3, () => memoryService.overview(null, programmeId));
    inProcessFigures[key] = { viaService, rulesOnly };
  }
}
await inProcess.close();
pg.Client.prototype.query = originalQuery;

/** Self time by package, the heaviest functions by self time, and inclusive time of the service's and GraphQL's key steps. */
function summariseProfile(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const category = (frame) => {
    const url = frame.url ?? '';
    const name = frame.functionName;
    if (name === '(garbage collector)') return 'garbage collection';
    if (name === '(idle)') return 'idle (waiting: PostgreSQL, network)';
    if (name === '(program)') return '(program: V8/native, not attributed)';
    if (url.includes('/node_modules/graphql/')) return 'graphql-js (validation, execution, serialisation)';
    if (url.includes('/node_modules/@apollo/')) return '@apollo/server';
    if (url.includes('/node_modules/@nestjs/')) return '@nestjs (resolver wrappers, guards, interceptors)';
    if (url.includes('/node_modules/typeorm/')) return 'typeorm (building entities)';
    if (/\/node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+)\//.test(url)) return 'pg (protocol, parsing rows)';
    if (url.includes('/node_modules/dataloader/')) return 'dataloader';
    if (url.includes('/node_modules/@escape.tech/')) return 'graphql-armor';
    if (url.includes('/node_modules/')) return `other packages (${/node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(url)?.[1]})`;
    if (url.includes('/libs/shared/')) return 'libs/shared (network rules)';
    if (url.includes('/modules/network/')) return 'network.service';
    if (url.includes('/infrastructure/')) return 'api infrastructure (context, cost, scalars)';
    if (url.includes('/apps/api/')) return 'api other modules (models, resolvers)';
    if (url.includes('bench/network')) return 'bench harness (api-process.mjs)';
    if (url.startsWith('node:')) return 'node internals (http, streams, timers)';
    if (!url) return `native/builtin (${name || 'anonymous'})`;
    return 'other';
  };
  const deltas = profile.timeDeltas;
  const inclusive = new Map();
  const KEY =
    /^(overviewOn|overview|lineageEdges|generations|reachStatus|toReach|from|localeCompare|execute|executeOperation|completeValue|completeListValue|completeObjectValue|executeFields|validate|parse|stringify|prettyJSONStringify|serialize|programme|load|dispatchBatch|find|query|handleDataRow|parseRow)$/;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? deltas[i]) / 1000; // ms: a sample's time is the gap to the next one
    total += dt;
    const frame = nodes.get(id).callFrame;
    const cat = category(frame);
    self.set(cat, (self.get(cat) ?? 0) + dt);
    const fn = `${frame.functionName || '(anonymous)'} ${(frame.url || '').replace(/^.*\/(node_modules\/|apps\/|libs\/)/, '$1')}:${frame.lineNumber + 1}`;
    self.set(`fn:${fn}`, (self.get(`fn:${fn}`) ?? 0) + dt);
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = nodes.get(n).callFrame;
      if (!KEY.test(f.functionName)) continue;
      const k = `${f.functionName} ${(f.url || 'builtin').replace(/^.*\/(node_modules\/[^/]+|apps\/api\/src\/[^/]+\/[^/]+|libs\/[^/]+)\/.*$/, '$1')}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
  const sorted = (entries) => [...entries].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total,
    categories: sorted([...self].filter(([k]) => !k.startsWith('fn:'))),
    functions: sorted([...self].filter(([k]) => k.startsWith('fn:')).map(([k, v]) => [k.slice(3), v])).slice(0, 25),
    inclusive: sorted(inclusive).slice(0, 25),
  };
}

// ---------------------------------------------------------------------------------------------------
// 2. The built API in its own process: GraphQL over HTTP.
/** The built API in its own process (api-process.mjs), optionally with what-if experiments or node flags. */
async function startApi({ experiments = '', execArgv = [] } = {}) {
  const port = await freePort();
  const child = fork(join(root, 'bench/network/api-process.mjs'), [build], {
    env: { ...env, PORT: String(port), BENCH_NETWORK_EXPERIMENTS: experiments },
    execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const stopOnExit = () => child.kill('SIGTERM');
  process.on('exit', stopOnExit);
  const ask = (message, answered) =>
    new Promise((ok, fail) => {
      const onExit = (code) => fail(new Error(`the API exited (${code})`));
      const onMessage = (m) => {
        if (!answered(m)) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        ok(m);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      if (message) child.send(message);
    });
  await ask(null, (m) => m.ready);
  const base = `http://127.0.0.1:${port}`;
  if (!(await fetch(`${base}/health`)).ok) throw new Error('the API is not healthy');
  const stop = async () => {
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await gone;
    process.off('exit', stopOnExit);
  };
  return { api: child, url: base, ask, stop };
}
const main = await startApi();
const { api, url, ask } = main;

const results = {};
const cpuBefore = cpuSnapshot([process.pid, api.pid]);
let cpuAfter = cpuBefore;
const loadBefore = loadNow();
let loadAfter = loadBefore;
if (!WEB_ONLY) {
  const spare = [benchClient(), benchClient(), benchClient()];
  for (const c of spare) await c.connect();
  const runOne = (c, s) => c.query({ text: s.text, values: s.values });
  const waves = (statements) => {
    const out = [];
    for (const s of [...statements].sort((a, b) => a.start - b.start)) {
      const wave = out[out.length - 1];
      if (wave && s.start < Math.min(...wave.map((w) => w.end))) wave.push(s);
      else out.push([s]);
    }
    return out;
  };
  const server = {};
  for (const key of ['all', 'programme']) {
    server[key] = [];
    for (const s of captured[key].warm) {
      await runOne(client, s);
      const plan = (await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.text}`, values: s.values })).rows[0][
        'QUERY PLAN'
      ][0];
      server[key].push({ ms: plan['Execution Time'], node: plan.Plan['Node Type'] });
    }
  }
  const built = (run) => ({ before: bumpNetwork, run });
  const series = {
    fullBuilt: built(() => post(url, FULL, { programmeId: null })),
    fullProgrammeBuilt: built(() => post(url, FULL, { programmeId: filterProgramme.id })),
    ...(web ? { webBuilt: built(() => post(url, web.text, webVariables(null))) } : {}),
    full: () => post(url, FULL, { programmeId: null }),
    fullProgramme: () => post(url, FULL, { programmeId: filterProgramme.id }),
    ...(web ? { web: () => post(url, web.text, webVariables(null)) } : {}),
    noProgramme: built(() => post(url, VARIANTS.noProgramme, { programmeId: null })),
    compact: built(() => post(url, VARIANTS.compact, { programmeId: null })),
    orgsOnly: built(() => post(url, VARIANTS.orgsOnly, { programmeId: null })),
    counts: built(() => post(url, VARIANTS.counts, { programmeId: null })),
    typename: () => post(url, VARIANTS.typename),
    raw: async () => {
      for (const s of captured.all.warm) await runOne(client, s);
    },
    rawIssued: async () => {
      for (const wave of waves(captured.all.warm))
        await Promise.all(wave.map((s, i) => runOne(i === 0 ? client : spare[(i - 1) % spare.length], s)));
    },
    rawProgramme: async () => {
      for (const s of captured.programme.warm) await runOne(client, s);
    },
  };
  const sizes = {};
  for (const [name, fn] of Object.entries(series)) {
    const r = await (typeof fn === 'function' ? fn() : fn.run());
    if (r?.bytes)
      sizes[name] = { raw: r.bytes, gzip1: gzipSync(r.text, { level: 1 }).length, gzip9: gzipSync(r.text, { level: 9 }).length };
  }
  // Answers given again are measured apart: a built series in the same round changes the network, and the
  // next request would build again. Interleaved among themselves, after their warm-up has built each once.
  const again = ['full', 'fullProgramme', 'web', 'typename'].filter((name) => series[name]);
  const builtAndRaw = Object.fromEntries(Object.entries(series).filter(([name]) => !again.includes(name)));
  const answeredAgain = Object.fromEntries(again.map((name) => [name, series[name]]));
  log(`measuring over HTTP (${WARMUP} warm-up + ${RUNS} runs; ${Object.keys(builtAndRaw).length} series built anew or raw, interleaved)…`);
  Object.assign(results, await measureInterleaved(RUNS, WARMUP, builtAndRaw));
  log(`measuring over HTTP (${WARMUP} warm-up + ${RUNS} runs; ${again.length} series answered again, interleaved)…`);
  Object.assign(results, await measureInterleaved(RUNS, WARMUP, answeredAgain));
  results.sizes = sizes;
  results.server = server;
  results.waves = waves(captured.all.warm).map((w) => w.length);
  loadAfter = loadNow();
  cpuAfter = cpuSnapshot([process.pid, api.pid]);
  for (const c of spare) await c.end();
  log(
    `  GraphQL built anew ${ms(results.fullBuilt.p50)}/${ms(results.fullBuilt.p95)}, answered again ${ms(results.full.p50)}/${ms(results.full.p95)}  programme ${ms(results.fullProgramme.p50)}/${ms(results.fullProgramme.p95)}  raw ${ms(results.raw.p50)}/${ms(results.raw.p95)} ms`,
  );
}
const rssKb = Number(
  execFileSync('ps', ['-o', 'rss=', '-p', String(api.pid)])
    .toString()
    .trim(),
);

// Where the API's own time goes (after the timed series, the API alone in its process): garbage collection
// per request for three selections, then a CPU profile of the page's query.
const gcFigures = {};
let apiProfile = null;
if (!WEB_ONLY) {
  log(`garbage collection and CPU profile of the API process (${PROFILE_RUNS} requests each)…`);
  for (const [name, query] of [
    ['full', FULL],
    ...(web ? [['web', web.text]] : []),
    ['noProgramme', VARIANTS.noProgramme],
    ['counts', VARIANTS.counts],
  ]) {
    for (let i = 0; i < 5; i += 1) await post(url, query, { programmeId: null });
    // Each request builds its answer anew (the network changed), as the first visitor after a change meets it.
    await ask({ gc: 'reset' }, (m) => m.gc === 'reset');
    const t0 = performance.now();
    for (let i = 0; i < PROFILE_RUNS; i += 1) {
      await bumpNetwork();
      await post(url, query, { programmeId: null });
    }
    const wallMs = performance.now() - t0;
    const { gc, memory } = await ask({ gc: 'read' }, (m) => m.gc && m.gc !== 'reset');
    gcFigures[name] = { gc, memory, wallMs };
  }
  apiProfile = {};
  for (const [name, query, variables] of [['full', FULL, { programmeId: null }], ...(web ? [['web', web.text, webVariables(null)]] : [])]) {
    await ask({ profile: 'start' }, (m) => m.profile === 'started');
    const t0 = performance.now();
    for (let i = 0; i < PROFILE_RUNS; i += 1) {
      await bumpNetwork();
      await post(url, query, variables);
    }
    const wallMs = performance.now() - t0;
    const { profile } = await ask({ profile: 'stop' }, (m) => m.profile && typeof m.profile === 'object');
    apiProfile[name] = { ...summariseProfile(profile), wallMs, runs: PROFILE_RUNS };
  }
}

// What if: the same API with one change made at run time (api-process.mjs), each in a fresh process, the
// page's query (all programmes) measured the same way; the baseline is a fresh process without changes.
const EXPERIMENTS = [
  ['as built', {}],
  ["without Apollo's cache-control plugin", { experiments: 'no-cache-control' }],
  ['`Cohort.programme` synchronous (no async resolver)', { experiments: 'sync-programme' }],
  ['both', { experiments: 'no-cache-control,sync-programme' }],
  ['as built, node --max-semi-space-size=64 (young generation 4× the default)', { execArgv: ['--max-semi-space-size=64'] }],
];
const experimentFigures = [];
// Opt-in since the API disables the cache-control plugin itself and answers again from its cache.
if (!WEB_ONLY && flag('experiments')) {
  for (const [name, options] of EXPERIMENTS) {
    log(`what if: ${name}…`);
    const other = await startApi(options);
    const queries = {
      full: () => post(other.url, FULL, { programmeId: null }),
      ...(web ? { web: () => post(other.url, web.text, webVariables(null)) } : {}),
    };
    for (const [key, fn] of Object.entries(queries)) {
      if ((await fn()).text !== answers[key === 'full' ? 'all' : 'web'].text)
        throw new Error(`what if "${name}": the answer differs from the API's as built`);
    }
    for (let i = 0; i < 10; i += 1) for (const fn of Object.values(queries)) await fn();
    await other.ask({ gc: 'reset' }, (m) => m.gc === 'reset');
    const timing = await measureInterleaved(PROFILE_RUNS, 0, queries);
    const { gc } = await other.ask({ gc: 'read' }, (m) => m.gc && m.gc !== 'reset');
    const rss = Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(other.api.pid)])
        .toString()
        .trim(),
    );
    await other.stop();
    experimentFigures.push({
      name,
      timing,
      gcMs: Object.values(gc).reduce((t, g) => t + g.ms, 0) / (PROFILE_RUNS * Object.keys(queries).length),
      rssKb: rss,
    });
    log(
      `  ${Object.entries(timing)
        .map(([k, t]) => `${k} ${ms(t.p50)}/${ms(t.p95)}`)
        .join(', ')} ms`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// 4. The first load of the network page.
let firstLoad = null;
const networkFeature = existsSync(join(root, 'apps/web/src/features/network'));
if (!flag('no-web')) {
  const webDir = join(root, 'tmp', 'bench-network-web');
  if (!flag('no-web-build')) {
    log('building the web app (vite) into tmp/bench-network-web…');
    execFileSync(
      join(root, 'node_modules', '.bin', 'vite'),
      ['build', '--config', 'apps/web/vite.config.ts', '--outDir', webDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  const settings = nginxSettings(join(root, 'ops/nginx/web.conf'));
  const nginx = await startNginxLike({ webDir, apiUrl: url, settings });
  firstLoad = { settings, visits: {} };
  for (const [name, viewport] of [
    ['desktop 1280 × 800', { width: 1280, height: 800 }],
    ['phone 390 × 844', { width: 390, height: 844 }],
  ]) {
    log(`first load of ${PAGE_PATH} (${name})…`);
    const v = await visit({ baseUrl: nginx.url, path: PAGE_PATH, viewport, ready: READY });
    firstLoad.visits[name] = { ...v, totals: totals(v.files) };
  }
  await nginx.close();
  firstLoad.composition = composition(webDir, Object.values(firstLoad.visits)[0].files);
  firstLoad.assets = readdirSync(join(webDir, 'assets'))
    .filter((f) => !f.endsWith('.map'))
    .map((f) => ({ file: f, bytes: readFileSync(join(webDir, 'assets', f)).length }))
    .sort((a, b) => b.bytes - a.bytes);
}
await main.stop();
await client.end();
if (!flag('keep')) await dropDatabase(DATABASE_URL);
// The API's keys under this run's own Redis prefix (nothing else is touched).
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
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${cpus().length} cores (${cpus()[0].model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, PostgreSQL ${pgVersion}. Load average (1/5/15 min) before the HTTP series ${loadBefore}, after ${loadAfter}.`,
);
out.push(
  '',
  `Other processes (a 1-s \`top\` sample, ≥ 5 % CPU) before: ${cpuBefore.idle} % idle; ${cpuBefore.busy.join('; ') || 'none'}. After: ${cpuAfter.idle} % idle; ${cpuAfter.busy.join('; ') || 'none'}.`,
);
if (generation)
  out.push(
    '',
    `Data inserted in ${(generation.insertMs / 1000).toFixed(1)} s (one transaction), ANALYZE ${(generation.analyzeMs / 1000).toFixed(1)} s.`,
  );
out.push(
  '',
  '| programme | kind | cohorts | CONCLUDED | CANCELLED | FOLLOW_UP | ACTIVE | PLANNED | first start | last start |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
);
for (const p of data.byProgramme)
  out.push(
    `| ${p.name} | ${p.kind} | ${p.cohorts} | ${p.concluded} | ${p.cancelled} | ${p.follow_up} | ${p.active} | ${p.planned} | ${p.first} | ${p.last} |`,
  );
out.push(
  '',
  `${totalCohorts} cohorts, ${data.members.memberships} memberships (${data.members.mentors} mentors, ${data.members.withdrawn} withdrawn), ${data.members.organizations} organisations taking part (memberships per organisation: median ${data.members.median}, most ${data.members.most}); no organisation in two active cohorts of one programme. Mentor-eligible: ${data.organizations.map((o) => `${o.kind} ${o.eligible} of ${o.n}`).join(', ')}.`,
  `Answer (all programmes, checked against the database): ${checks[0].lineage} lineage edges, ${checks[0].reached} organisations reached, ${checks[0].generations} generations (organisations per generation ${Object.entries(
    byGeneration,
  )
    .map(([g, n]) => `${g}: ${n}`)
    .join(', ')}); statuses ${Object.entries(byStatus)
    .map(([s, n]) => `${s} ${n}`)
    .join(
      ', ',
    )}. Filtered to "${filterProgramme.name}" (${filterProgramme.cohorts} cohorts): ${checks[1].lineage} edges, ${checks[1].reached} reached, ${checks[1].generations} generations.`,
);
out.push(
  '',
  `Statements per request (counted at the driver; requests 1 and 2 build the answer — 1 on cold pools, 2 after a change of the network — and 3 answers again from the API's cache after reading the network's version): the page's shape, all programmes ${captured.all.counts.join(', ')}; one programme ${captured.programme.counts.join(', ')}${web ? `; the web page's own document ${captured.web.counts.join(', ')} (${checks[2].lineage} edges)` : ''}.`,
  '',
);
if (!WEB_ONLY) {
  for (const key of ['all', 'programme']) {
    out.push(
      `| # | statement (warm request, ${key === 'all' ? 'all programmes' : 'one programme'}) | parameters | rows | server ms | plan |`,
      '| ---: | --- | --- | ---: | ---: | --- |',
    );
    captured[key].warm.forEach((s, i) => {
      const text = statementShape(s.text);
      const e = results.server[key][i];
      out.push(
        `| ${i + 1} | \`${(text.length > 200 ? `${text.slice(0, 197)}…` : text).replace(/\|/g, '\\|')}\` | ${describeAll(s.values)} | ${s.rows ?? ''} | ${e ? e.ms.toFixed(2) : ''} | ${e?.node ?? ''} |`,
      );
    });
    out.push('');
  }
  out.push(
    `As issued (statements that overlapped, all programmes): ${results.waves.join(' → ')}. "server" is PostgreSQL's execution time (EXPLAIN ANALYZE, once).`,
    '',
  );
  out.push(`Runs: ${WARMUP} warm-up + ${RUNS}, sequential, all series interleaved round by round. Times in ms.`, '');
  out.push('| measurement | p50 | p95 | max | response bytes (raw / gzip -1 / gzip -9) |', '| --- | ---: | ---: | ---: | --- |');
  const row = (name, key) => {
    const r = results[key];
    const s = results.sizes[key];
    out.push(`| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${s ? `${s.raw} / ${s.gzip1} / ${s.gzip9}` : ''} |`);
  };
  row(
    "**GraphQL `networkOverview`, the page's shape, all programmes** (anonymous), answered again: the network unchanged since the answer was built",
    'full',
  );
  row(`**the same, \`programmeId\` = ${filterProgramme.name}**, answered again`, 'fullProgramme');
  if (web)
    row(`**the web page's own document** (\`${web.name}\`, apps/web/src/features/network/graphql), all programmes, answered again`, 'web');
  row("the page's shape, all programmes, **built anew** (the network changed before each request)", 'fullBuilt');
  row('the same, one programme, built anew', 'fullProgrammeBuilt');
  if (web) row("**the web page's own document, built anew**", 'webBuilt');
  row('built anew without `cohort { programme { name } }`', 'noProgramme');
  row('built anew, compact lineage: `mentor { code } mentee { code } cohort { id name status startDate }`', 'compact');
  row('built anew, counts + organisations (no lineage)', 'orgsOnly');
  row('built anew, counts only (the whole overview computed, nothing big sent)', 'counts');
  row("`{ __typename }` (an anonymous GraphQL request's fixed cost)", 'typename');
  row('raw SQL: the statements of the all-programmes request, in order, one connection', 'raw');
  row('raw SQL: the same as issued (overlapping ones in parallel)', 'rawIssued');
  row('raw SQL: the statements of the one-programme request, in order', 'rawProgramme');
  for (const key of ['all', 'programme']) {
    const f = inProcessFigures[key];
    const label = key === 'all' ? 'all programmes' : 'one programme';
    out.push(
      `| in process: \`NetworkService.overview\`, ${label} (its SQL via TypeORM + the rules; ${f.viaService.n} runs) | ${ms(f.viaService.p50)} | ${ms(f.viaService.p95)} | ${ms(f.viaService.max)} | |`,
    );
    out.push(
      `| in process: the same with its rows from memory (the rules and building the objects only) | ${ms(f.rulesOnly.p50)} | ${ms(f.rulesOnly.p95)} | ${ms(f.rulesOnly.max)} | |`,
    );
  }
  out.push(
    '',
    `Garbage collection in the API process, per request (${PROFILE_RUNS} sequential requests each, after the timed series):`,
    '',
    '| selection | wall ms per request | GC ms per request | minor (count, ms) | major | incremental | heap used after |',
    '| --- | ---: | ---: | --- | --- | --- | ---: |',
  );
  for (const [name, f] of Object.entries(gcFigures)) {
    const k = (kind) =>
      f.gc[kind] ? `${(f.gc[kind].count / PROFILE_RUNS).toFixed(1)}, ${(f.gc[kind].ms / PROFILE_RUNS).toFixed(1)}` : '0';
    const gcMs = Object.values(f.gc).reduce((t, g) => t + g.ms, 0);
    out.push(
      `| ${{ full: "the page's shape", web: "the web page's own document", noProgramme: "the page's shape without `programme { name }`", counts: 'counts only' }[name]} | ${ms(f.wallMs / PROFILE_RUNS)} | ${ms(gcMs / PROFILE_RUNS)} | ${k('minor')} | ${k('major')} | ${k('incremental')} | ${(f.memory.heapUsed / 2 ** 20).toFixed(0)} MiB |`,
    );
  }
  for (const [name, p] of Object.entries(apiProfile)) {
    const what = name === 'web' ? "the web page's own document" : "the page's shape";
    out.push(
      '',
      `CPU profile of the API process: ${p.runs} requests of ${what}, all programmes, one after the other (${ms(p.wallMs)} ms wall, ${ms(p.wallMs / p.runs)} ms per request with the profiler on; sampled every 0.2 ms). Self time per request:`,
      '',
      '| where | ms per request | share |',
      '| --- | ---: | ---: |',
    );
    for (const [k, v] of p.categories.slice(0, 14)) out.push(`| ${k} | ${ms(v / p.runs)} | ${((100 * v) / p.totalMs).toFixed(0)} % |`);
    out.push('', `Heaviest functions, ${what} (self time per request):`, '', '| function | ms |', '| --- | ---: |');
    for (const [k, v] of p.functions.slice(0, 12)) out.push(`| \`${k.replace(/\|/g, '\\|')}\` | ${(v / p.runs).toFixed(2)} |`);
    out.push('', `Inclusive time of key steps, ${what} (per request):`, '', '| step | ms |', '| --- | ---: |');
    for (const [k, v] of p.inclusive.slice(0, 14)) out.push(`| \`${k}\` | ${(v / p.runs).toFixed(2)} |`);
  }
  out.push('', `API resident memory after the HTTP series: ${(rssKb / 1024).toFixed(0)} MiB.`);
  if (experimentFigures.length) {
    out.push(
      '',
      `What if (each a fresh API process with one change made at run time by api-process.mjs, not in the API's code; all programmes, 10 warm-up + ${PROFILE_RUNS} sequential, ${web ? "the page's shape and the web page's own document interleaved" : "the page's shape"}; every answer checked byte for byte against the API's as built). Times in ms:`,
      '',
      `| API | shape p50 | shape p95 | shape max |${web ? ' web doc p50 | web doc p95 | web doc max |' : ''} GC ms per request | RSS after |`,
      `| --- | ---: | ---: | ---: |${web ? ' ---: | ---: | ---: |' : ''} ---: | ---: |`,
    );
    for (const e of experimentFigures) {
      const t = (r) => (r ? `${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} |` : '');
      out.push(`| ${e.name} | ${t(e.timing.full)}${web ? ` ${t(e.timing.web)}` : ''} ${ms(e.gcMs)} | ${(e.rssKb / 1024).toFixed(0)} MiB |`);
    }
  }
  const verdict = (r) => `${ms(r.p95)} ms (${r.p95 <= TARGET_P95_MS ? 'met' : 'missed'})`;
  out.push(
    '',
    `Target p95 ≤ ${TARGET_P95_MS} ms: the page's shape, all programmes ${verdict(results.full)}, one programme ${verdict(results.fullProgramme)}${web ? `; the web page's own document, all programmes ${verdict(results.web)}` : ''}.`,
  );
}
if (firstLoad) {
  out.push(
    '',
    `First load of \`${PAGE_PATH}\` (empty cache; served as ops/nginx/web.conf: gzip level ${firstLoad.settings.level} from ${firstLoad.settings.minLength} bytes on ${firstLoad.settings.types.length} types). The network feature ${networkFeature ? 'exists' : '**does not exist yet** (apps/web/src/features/network): the path shows whatever the router answers'}.`,
  );
  for (const [name, v] of Object.entries(firstLoad.visits)) {
    out.push(
      '',
      `**${name}**: title "${v.title}", first heading "${(v.heading ?? '').trim()}", loaded and idle in ${ms(v.loadedMs)} ms${v.errors.length ? `; page errors: ${v.errors.join('; ')}` : ''}.`,
      '',
      '| file | kind | type | sent as | on the wire | raw | gzip -1 | gzip -9 | brotli |',
      '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const f of v.files)
      out.push(`| ${f.path} | ${f.kind} | ${f.type} | ${f.encoding} | ${f.wire} | ${f.raw} | ${f.gzip1} | ${f.gzip9} | ${f.brotli} |`);
    const t = v.totals;
    for (const [label, s] of [
      ['**the page (HTML, JS, CSS, outlines, other)**', t.static],
      ["the API's answers", t.kinds.api],
      ['everything', t.all],
    ])
      out.push(`| ${label} (${s.n}) | | | | **${s.wire}** | ${s.raw} | ${s.gzip1} | ${s.gzip9} | ${s.brotli} |`);
    out.push(
      '',
      `By kind (on the wire, kB): ${Object.entries(t.kinds)
        .filter(([, s]) => s.n)
        .map(([k, s]) => `${k} ${kb(s.wire)} (raw ${kb(s.raw)})`)
        .join(
          ', ',
        )}. Target ≤ 500 KB compressed for the page: ${kb(t.static.wire)} kB on the wire (gzip -9 ${kb(t.static.gzip9)}, brotli ${kb(t.static.brotli)}) — **${t.static.wire <= TARGET_FIRST_LOAD_BYTES ? 'met' : 'missed'}**${networkFeature ? '' : ' (for the page as it is without the network feature)'}.`,
    );
  }
  const js = firstLoad.composition.reduce((t, [, b]) => t + b, 0);
  out.push(
    '',
    `What the first load's JavaScript is made of (${kb(js)} kB minified, from the source maps; "gzip -1" is each group's code compressed on its own, an estimate of its share of what is sent):`,
    '',
    '| package or folder | kB minified | share | kB gzip -1 |',
    '| --- | ---: | ---: | ---: |',
    ...firstLoad.composition.slice(0, 20).map(([g, b, z]) => `| ${g} | ${kb(b)} | ${((100 * b) / js).toFixed(1)} % | ${kb(z)} |`),
  );
  out.push(
    '',
    `Largest built assets (raw bytes): ${firstLoad.assets
      .slice(0, 8)
      .map((a) => `${a.file} ${a.bytes}`)
      .join(', ')}.`,
  );
}
const markdown = out.join('\n');
console.log(markdown);
if (option('out', null)) writeFileSync(option('out'), `${markdown}\n`);
process.exit(0);
