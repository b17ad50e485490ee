#!/usr/bin/env node
// The impact view benchmark (issue 17): `impactOverview` over Kolada values for 311 organisations × 20 key
// figures × 10 years (women, men, total) and about a hundred participants spread over five programmes and
// starts 2016–2025 (data.mjs), asked anonymously as the public page asks it.
//   1. statements per request, counted at the driver (pg's Client.prototype.query wrapped) while the built
//      API runs in this process (createApiApp, as apps/api/test/platform.ts does): built on cold pools,
//      built again after a change (impact_state.version raised), answered again; for all programmes and for
//      one; each answer checked against the database (participants, key figures, organisations that never
//      took part, organisations behind the goal outcomes, counted in SQL);
//   2. p50/p95/max through GraphQL over HTTP against the built API in its own process (api-process.mjs,
//      NODE_ENV=production), after a warm-up: answered again (the version unchanged, the API's cache); built
//      anew (`UPDATE impact_state SET version = version + 1` before each request, untimed: a change elsewhere,
//      the key figures' estimates kept by their inputs' digest); and built anew after one value of every key
//      figure changed (Kolada's weekly fetch at its worst: all 20 bootstraps run again) — interleaved round by
//      round with the raw SQL of the same statements replayed with pg (in order on one connection, and as the
//      API issued them: overlapping ones in parallel) and with two other ways to read the values (what-ifs,
//      checked to read the same gaps); the web page's own document too, when apps/web/src/features/impact/graphql
//      has one; response bytes; the API's resident memory;
//   3. where the time goes when built anew: the service in process (its SQL + the rules) and its rules alone
//      over rows from memory, with the estimates kept and with all 20 computed (estimateImpact's 1,000-replicate
//      bootstrap); garbage collection per request and CPU profiles of the API process (self time by package,
//      inclusive time of estimateImpact / bootstrapInterval / impactSeries beside pg and graphql-js).
// Figures go to stdout as Markdown (and to --out FILE); bench/README.md holds the figures of a real run.
//
// npm run bench:impact [-- --runs 100] [--warmup 10] [--profile-runs 60] [--keep] [--reuse] [--no-build] [--out FILE]
//   --keep  keep the database modellkommuner_bench_impact   --reuse  use a kept one when its data is complete
//   --no-build  use the API build in tmp/bench-impact-build as it is
import { execFileSync, fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BENCH_THEME, describeData, findBenchData, insertBenchData, KPIS } from './data.mjs';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
process.chdir(root);

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const RUNS = Number(option('runs', 100));
const WARMUP = Number(option('warmup', 10));
const PROFILE_RUNS = Number(option('profile-runs', 60));
const log = (...args) => console.error(...args);
const TARGET_P95_MS = 100;
const TARGET_RATIO = 2;

// ---- the queries ------------------------------------------------------------------------------------
// Every field of the overview (the brief's shape: key figures with their series, the goal outcomes).
const POINT = 'offset label participantGap participantCount comparisonGap comparisonCount';
const GROUP = 'key label organizations suppressed achieved partlyAchieved notAchieved ongoing total';
const SHAPE = `query ImpactBench($filter: ImpactFilter) { impactOverview(filter: $filter) {
  minGroupSize confidenceLevel bootstrapReplicates participantsTotal comparisonTotal generations dataUpdatedAt
  keyFigures { kpiId title status sentence participants comparison awaitingData missingData participantChange comparisonChange difference lower upper series { ${POINT} } }
  goalOutcomeTotal { ${GROUP} } goalOutcomesByFocusArea { ${GROUP} } goalOutcomesByProgramme { ${GROUP} } } }`;
const TYPENAME = '{ __typename }';

/**
 * The web page's own query, when the impact feature has one: its graphql/ documents (the graphql(`…`)
 * literals as codegen reads them), the operation that asks impactOverview with the fragments it uses, with
 * the __typename Apollo Client adds to every selection set but the operation's own.
 */
function webQuery() {
  const dir = join(root, 'apps/web/src/features/impact/graphql');
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
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && print(d).includes('impactOverview'));
  if (!operation) return null;
  const used = new Set();
  visit(operation, { FragmentSpread: (n) => void used.add(n.name.value) });
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION && used.has(d.name.value));
  const withTypename = (node, isOperation) =>
    visit(node, {
      SelectionSet(set, _key, parent) {
        if (isOperation && parent === node) return undefined;
        if (set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        return { ...set, selections: [...set.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
      },
    });
  return {
    name: operation.name?.value ?? 'anonymous',
    text: [withTypename(operation, true), ...fragments.map((f) => withTypename(f, false))].map((d) => print(d)).join('\n'),
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
async function measure(runs, warmup, fn, before) {
  for (let i = 0; i < warmup; i += 1) {
    if (before) await before();
    await fn();
  }
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    if (before) await before();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summary(times);
}
/**
 * Each round runs every series once, so a change in the machine's load hits all alike. A series is a
 * function, or `{ before, run }` where `before` (untimed) prepares each run — here: raises the impact
 * version so that the API builds its answer anew instead of answering again from its cache.
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
  for (let i = 0; i < runs; i += 1) for (const name of names) await once(name, times[name]);
  return Object.fromEntries(names.map((name) => [name, summary(times[name])]));
}
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const oneLine = (sql) => sql.replace(/\s+/g, ' ').trim();
const describe = (value) => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.length}]`;
  if (typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value)) return 'uuid';
  return JSON.stringify(value);
};
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
            .slice(0, 80)}`,
      );
    return { idle, busy };
  } catch {
    return { idle: NaN, busy: [] };
  }
}

// ---------------------------------------------------------------------------------------------------
// The build: as `npm run build:api` (swc), into a directory of its own, so that nobody's dist/api is touched.
const build = join(root, 'tmp', 'bench-impact-build');
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
dbUrl.pathname = '/modellkommuner_bench_impact';
const DATABASE_URL = dbUrl.toString();
// Production mode, as deployed; the seed then has no default process leader, so the bench names its own
// (the cohorts need one). Fixed, so that --reuse finds it.
const LEADER = { email: 'bench-impact-processledare@example.se', password: 'bench-impact-losenord-2026' };
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: `mk-bench-impact-${Date.now()}`,
  JWT_SECRET: `bench-impact-${Date.now()}-0123456789abcdef0123456789abcdef`,
  SEED_PROCESS_LEADER_EMAIL: LEADER.email,
  SEED_PROCESS_LEADER_PASSWORD: LEADER.password,
};
const benchClient = () => {
  const c = new pg.Client({ connectionString: DATABASE_URL, application_name: 'bench-impact-raw' });
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
  if (reused) log('reusing modellkommuner_bench_impact');
}
if (!reused) {
  log('creating modellkommuner_bench_impact (migrations + reference seed)…');
  await dropDatabase(DATABASE_URL);
  await ensureDatabase(DATABASE_URL);
  execFileSync('node', [dist('cli/migrate.js')], { env, stdio: 'ignore' });
  execFileSync('node', [dist('cli/seed.js')], { env, stdio: 'ignore' });
  const c = benchClient();
  await c.connect();
  generation = await insertBenchData(c, { leaderEmail: LEADER.email });
  await c.end();
  log(
    `  inserted in ${(generation.insertMs / 1000).toFixed(1)} s, ANALYZE ${(generation.analyzeMs / 1000).toFixed(1)} s: ${JSON.stringify(generation.rows)}`,
  );
}
const client = benchClient();
/** A change of what the impact view reads, as any write to it makes: the API's kept answers no longer apply. */
const bumpImpact = () => client.query('UPDATE impact_state SET version = version + 1');
/** A statement on kolada_values that changes no value: raises impact_state.kolada_version too (the values are read again). */
const bumpKolada = () => client.query('UPDATE kolada_values SET women = women WHERE false');
await client.connect();
/**
 * Kolada's weekly fetch as the worst case: one value of every key figure changed (a kommun that never took
 * part, its women's value in 2020 raised by 0.001 each time, so no two requests see the same values), so
 * that every key figure's inputs differ from any the API has seen and it cannot serve an estimate it kept:
 * all 20 are resampled. The trigger raises the version too.
 */
const changedKommun = (
  await client.query(
    `SELECT v.kolada_id FROM kolada_values v JOIN organizations o ON o.code = v.kolada_id AND o.kind = 'MUNICIPALITY'
      WHERE v.year = 2020 AND v.women IS NOT NULL AND v.men IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM cohort_members m WHERE m.organization_id = o.id)
      GROUP BY v.kolada_id HAVING count(*) = $1 ORDER BY v.kolada_id LIMIT 1`,
    [KPIS.length],
  )
).rows[0].kolada_id;
const changeValues = () =>
  client.query(`UPDATE kolada_values SET women = women + 0.001 WHERE kolada_id = $1 AND year = 2020`, [changedKommun]);
const data = await describeData(client);
if (data.byKpi.length !== KPIS.length) throw new Error(`${data.byKpi.length} key figures have participants, expected ${KPIS.length}`);
// The programme filter: the kommun programme with the most cohorts.
const filterProgramme = data.byProgramme.filter((p) => p.kind === 'MUNICIPALITY').sort((a, b) => b.cohorts - a.cohorts)[0];
const dataFiltered = await describeData(client, filterProgramme.id);

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
const { ImpactService } = require(dist('modules/impact/impact.service.js'));
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
const captured = {};
const answers = {};
for (const [key, programmeId, want, query] of [
  ['all', null, data, SHAPE],
  ['programme', filterProgramme.id, dataFiltered, SHAPE],
  ...(web ? [['web', null, data, web.text]] : []),
]) {
  const requests = [];
  for (let i = 0; i < 4; i += 1) {
    // Requests 1 and 2 build the answer after Kolada's values changed (2 with warm pools: the values are read
    // again); 3 answers again; 4 builds after a change elsewhere (the values read at this Kolada version kept).
    if (i < 2) await bumpKolada();
    if (i === 3) await bumpImpact();
    recording = [];
    const response = await post(inProcessUrl, query, { filter: programmeId ? { programmeId } : null });
    await new Promise((r) => setTimeout(r, 20)); // anything the request left running
    requests.push(recording);
    recording = null;
    answers[key] = response;
  }
  captured[key] = { cold: requests[0], warm: requests[1], again: requests[2], elsewhere: requests[3], counts: requests.map((r) => r.length) };
  const o = answers[key].data.impactOverview;
  const problems = [];
  if (o.participantsTotal !== want.participants) problems.push(`participantsTotal ${o.participantsTotal} ≠ ${want.participants}`);
  if (o.keyFigures.length !== want.byKpi.length) problems.push(`keyFigures ${o.keyFigures.length} ≠ ${want.byKpi.length}`);
  if (o.comparisonTotal !== want.comparison) problems.push(`comparisonTotal ${o.comparisonTotal} ≠ ${want.comparison}`);
  if (o.goalOutcomeTotal.organizations !== want.outcome_organizations)
    problems.push(`goal outcome organisations ${o.goalOutcomeTotal.organizations} ≠ ${want.outcome_organizations}`);
  if (problems.length) throw new Error(`the ${key} answer disagrees with the database: ${problems.join('; ')}`);
  log(
    `${key}: ${requests.map((r) => r.length).join(', ')} statements per request; ${o.keyFigures.length} key figures, ${o.participantsTotal} participants`,
  );
}
const statuses = {};
for (const k of answers.all.data.impactOverview.keyFigures) statuses[k.status] = (statuses[k.status] ?? 0) + 1;

// 3. In process: the service (its SQL + the rules) built anew, and its rules alone over rows from memory.
const service = inProcess.get(ImpactService);
const inProcessFigures = {};
{
  log('in process: the service, and its rules alone…');
  for (const [key, programmeId] of [
    ['all', null],
    ['programme', filterProgramme.id],
  ]) {
    const filter = programmeId ? { programmeId } : null;
    const viaService = await measure(Math.ceil(RUNS / 4), Math.ceil(WARMUP / 2), () => service.overview(true, filter), bumpImpact);
    const remembered = new Map();
    const recordingSource = {
      query: async (sql, params) => {
        const r = await inProcess.get(require('typeorm').DataSource).query(sql, params);
        remembered.set(sql, r);
        return r;
      },
    };
    const normalized = service.normalize(filter);
    await bumpImpact();
    await new ImpactService(recordingSource).overviewOn(recordingSource, normalized);
    let version = 0;
    const fromMemory = {
      // A new version each time: the service builds anew instead of answering from its cache.
      query: async (sql) => (/FROM impact_state/.test(sql) ? [{ version: String(++version) }] : remembered.get(sql)),
    };
    const memoryService = new ImpactService(fromMemory);
    const check = await memoryService.overviewOn(fromMemory, normalized);
    if (JSON.stringify(check.keyFigures) !== JSON.stringify((await service.overview(true, filter)).keyFigures))
      throw new Error('the service from memory answers differently');
    // The rules with the estimates the service keeps (a change elsewhere: the digests match), and with every
    // estimate computed (a fresh service each time: nothing kept, all 20 bootstraps run).
    const rulesOnly = await measure(Math.ceil(RUNS / 4), Math.ceil(WARMUP / 2), () => memoryService.overviewOn(fromMemory, normalized));
    const rulesFresh = await measure(Math.ceil(RUNS / 4), Math.ceil(WARMUP / 2), () =>
      new ImpactService(fromMemory).overviewOn(fromMemory, normalized),
    );
    // What if the values were kept while they have not changed (a version of kolada_values of its own): every
    // statement but the values read as the API reads them, the values from memory, the estimates kept.
    const mainSource = inProcess.get(require('typeorm').DataSource);
    const valuesKept = {
      query: (sql, params) => (/FROM kolada_values/.test(sql) ? Promise.resolve(remembered.get(sql)) : mainSource.query(sql, params)),
    };
    const valuesKeptService = new ImpactService(valuesKept);
    await valuesKeptService.overviewOn(valuesKept, normalized);
    const withoutValues = await measure(
      Math.ceil(RUNS / 4),
      Math.ceil(WARMUP / 2),
      () => valuesKeptService.overviewOn(valuesKept, normalized),
      bumpImpact,
    );
    inProcessFigures[key] = { viaService, rulesOnly, rulesFresh, withoutValues };
    log(
      `  ${key}: service ${ms(viaService.p50)}/${ms(viaService.p95)}, rules alone ${ms(rulesOnly.p50)}/${ms(rulesOnly.p95)} (estimates kept), ${ms(rulesFresh.p50)}/${ms(rulesFresh.p95)} (all computed) ms`,
    );
  }
}
await inProcess.close();
pg.Client.prototype.query = originalQuery;

/** Self time by package, the heaviest functions by self time, and inclusive time of the key steps. */
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
    if (url.includes('/libs/shared/src/lib/impact')) return 'libs/shared impact.ts (estimateImpact: bootstrap, series)';
    if (url.includes('/libs/shared/')) return 'libs/shared (other rules: lineage, generations)';
    if (url.includes('/node_modules/graphql/')) return 'graphql-js (validation, execution, serialisation)';
    if (url.includes('/node_modules/@apollo/')) return '@apollo/server';
    if (url.includes('/node_modules/@nestjs/')) return '@nestjs (resolver wrappers, guards, interceptors)';
    if (url.includes('/node_modules/typeorm/')) return 'typeorm';
    if (/\/node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+)\//.test(url)) return 'pg (protocol, parsing rows)';
    if (url.includes('/node_modules/')) return `other packages (${/node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(url)?.[1]})`;
    if (url.includes('/modules/impact/')) return 'impact.service (maps, grouping)';
    if (url.includes('/infrastructure/')) return 'api infrastructure (context, cost, scalars)';
    if (url.includes('/apps/api/')) return 'api other modules';
    if (url.startsWith('node:')) return 'node internals (http, streams, timers)';
    if (!url) return `native/builtin (${name || 'anonymous'})`;
    return 'other';
  };
  const deltas = profile.timeDeltas;
  const inclusive = new Map();
  const KEY =
    /^(overviewOn|build|estimateImpact|bootstrapInterval|impactSeries|windowOf|quantile|lineageEdges|generations|goalOutcomeGroups|countGoalOutcomes|impactSentence|execute|executeOperation|completeValue|completeListValue|completeObjectValue|executeFields|validate|parse|stringify|prettyJSONStringify|query|handleDataRow|parseRow|parseArray|parse|sort)$/;
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
async function startApi() {
  const port = await freePort();
  const child = fork(join(root, 'bench/impact/api-process.mjs'), [build], {
    env: { ...env, PORT: String(port) },
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
const loadBefore = loadNow();
const spare = [benchClient(), benchClient(), benchClient()];
for (const c of spare) await c.connect();
const runOne = (c, s) => c.query({ text: s.text, values: s.values });
/** The statements grouped as the API issued them: each group started before the previous ones had all ended. */
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
/**
 * Built anew after a change elsewhere: the same request once untimed (so that the API has computed this
 * filter's estimates for the values as they are now — a series before may have changed them), then the version
 * raised; the timed request builds with its estimates kept.
 */
const built = (run) => ({
  before: async () => {
    await run();
    await bumpImpact();
  },
  run,
});
const rawIssued = (statements) => async () => {
  for (const wave of waves(statements)) await Promise.all(wave.map((s, i) => runOne(i === 0 ? client : spare[(i - 1) % spare.length], s)));
};
const filterAll = { filter: null };
const filterOne = { filter: { programmeId: filterProgramme.id } };
const valuesStatement = captured.all.warm.find((st) => /FROM kolada_values/.test(st.text));
/** The gaps as the service reads them (kpi → organisation → year → gap), to check that a variant reads the same. */
const gapsOf = (rows) => {
  const out = new Map();
  for (const row of rows) {
    const series = new Map();
    row.years.forEach((year, i) => row.gaps[i] !== null && series.set(year, row.gaps[i]));
    const byOrganization = out.get(row.kpi_id) ?? new Map();
    if (series.size) byOrganization.set(row.kolada_id, series);
    out.set(row.kpi_id, byOrganization);
  }
  return out;
};
// What if the values were read another way (not the API's statements; for the reading below): one row per
// key figure with its gaps as JSON (pg parses json with JSON.parse, not its JS array parser; one sort instead
// of two small sorts per organisation) or as one text split in JS, and plain rows (no aggregation at all).
const VALUES_JSON = `SELECT kpi_id, bool_or(women IS NOT NULL OR men IS NOT NULL) AS split, max(year) AS latest, max(fetched_at) AS fetched,
        coalesce(json_agg(json_build_array(kolada_id, year, women - men) ORDER BY kolada_id, year) FILTER (WHERE women IS NOT NULL AND men IS NOT NULL), '[]') AS gaps
   FROM kolada_values WHERE kpi_id = ANY($1::varchar[]) AND (women IS NOT NULL OR men IS NOT NULL OR total IS NOT NULL) GROUP BY kpi_id`;
const VALUES_TEXT = `SELECT kpi_id, bool_or(women IS NOT NULL OR men IS NOT NULL) AS split, max(year) AS latest, max(fetched_at) AS fetched,
        string_agg(kolada_id || ':' || year || ':' || (women - men), ',' ORDER BY kolada_id, year) FILTER (WHERE women IS NOT NULL AND men IS NOT NULL) AS gaps
   FROM kolada_values WHERE kpi_id = ANY($1::varchar[]) AND (women IS NOT NULL OR men IS NOT NULL OR total IS NOT NULL) GROUP BY kpi_id`;
const VALUES_PLAIN = `SELECT kpi_id, kolada_id, year, women - men AS gap, (women IS NOT NULL OR men IS NOT NULL) AS split, fetched_at
   FROM kolada_values WHERE kpi_id = ANY($1::varchar[]) AND (women IS NOT NULL OR men IS NOT NULL OR total IS NOT NULL)`;
const readValues = {
  current: async () => gapsOf((await client.query({ text: valuesStatement.text, values: valuesStatement.values })).rows),
  json: async () => {
    const out = new Map();
    for (const row of (await client.query(VALUES_JSON, valuesStatement.values)).rows) {
      const byOrganization = new Map();
      for (const [organization, year, gap] of row.gaps) {
        const series = byOrganization.get(organization) ?? new Map();
        series.set(year, gap);
        byOrganization.set(organization, series);
      }
      out.set(row.kpi_id, byOrganization);
    }
    return out;
  },
  text: async () => {
    const out = new Map();
    for (const row of (await client.query(VALUES_TEXT, valuesStatement.values)).rows) {
      const byOrganization = new Map();
      for (const cell of row.gaps ? row.gaps.split(',') : []) {
        const [organization, year, gap] = cell.split(':');
        const series = byOrganization.get(organization) ?? new Map();
        series.set(Number(year), Number(gap));
        byOrganization.set(organization, series);
      }
      out.set(row.kpi_id, byOrganization);
    }
    return out;
  },
  plain: async () => {
    const out = new Map();
    for (const row of (await client.query(VALUES_PLAIN, valuesStatement.values)).rows) {
      const byOrganization = out.get(row.kpi_id) ?? new Map();
      out.set(row.kpi_id, byOrganization);
      if (row.gap === null) continue;
      const series = byOrganization.get(row.kolada_id) ?? new Map();
      series.set(row.year, row.gap);
      byOrganization.set(row.kolada_id, series);
    }
    return out;
  },
};
{
  const canonical = (gaps) =>
    JSON.stringify([...gaps].sort().map(([k, orgs]) => [k, [...orgs].sort().map(([o, y]) => [o, [...y].sort((a, b) => a[0] - b[0])])]));
  const want = canonical(await readValues.current());
  for (const [name, read] of Object.entries(readValues))
    if (canonical(await read()) !== want) throw new Error(`the values read as "${name}" differ`);
}
const series = {
  allBuilt: built(() => post(url, SHAPE, filterAll)),
  programmeBuilt: built(() => post(url, SHAPE, filterOne)),
  ...(web ? { webBuilt: built(() => post(url, web.text, filterAll)) } : {}),
  allChanged: { before: changeValues, run: () => post(url, SHAPE, filterAll) },
  programmeChanged: { before: changeValues, run: () => post(url, SHAPE, filterOne) },
  valuesCurrent: readValues.current,
  valuesJson: readValues.json,
  valuesText: readValues.text,
  valuesPlain: readValues.plain,
  raw: async () => {
    for (const s of captured.all.warm) await runOne(client, s);
  },
  rawIssued: rawIssued(captured.all.warm),
  rawProgramme: async () => {
    for (const s of captured.programme.warm) await runOne(client, s);
  },
  rawProgrammeIssued: rawIssued(captured.programme.warm),
  rawElsewhereIssued: rawIssued(captured.all.elsewhere),
  rawProgrammeElsewhereIssued: rawIssued(captured.programme.elsewhere),
  typename: () => post(url, TYPENAME),
};
const again = {
  all: () => post(url, SHAPE, filterAll),
  programme: () => post(url, SHAPE, filterOne),
  ...(web ? { web: () => post(url, web.text, filterAll) } : {}),
  rawVersion: async () => runOne(client, captured.all.again[0]),
};
const sizes = {};
for (const [name, fn] of Object.entries({ ...series, ...again })) {
  const r = await (typeof fn === 'function' ? fn() : fn.run());
  if (r?.bytes) sizes[name] = { raw: r.bytes, gzip1: gzipSync(r.text, { level: 1 }).length };
}
log(`measuring over HTTP (${WARMUP} warm-up + ${RUNS} runs; ${Object.keys(series).length} series built anew or raw, interleaved)…`);
Object.assign(results, await measureInterleaved(RUNS, WARMUP, series));
// Answers given again are measured apart: a built series in the same round changes the version, and the
// next request would build again. Interleaved among themselves, after their warm-up has built each once.
log(`measuring over HTTP (${WARMUP} warm-up + ${RUNS} runs; ${Object.keys(again).length} series answered again, interleaved)…`);
const againResults = await measureInterleaved(RUNS, WARMUP, again);
for (const [k, v] of Object.entries(againResults)) results[`${k}Again`] = v;
const loadAfter = loadNow();
const cpuAfter = cpuSnapshot([process.pid, api.pid]);
for (const c of spare) await c.end();
log(
  `  GraphQL built anew ${ms(results.allBuilt.p50)}/${ms(results.allBuilt.p95)}, answered again ${ms(results.allAgain.p50)}/${ms(results.allAgain.p95)}, raw SQL as issued ${ms(results.rawIssued.p50)}/${ms(results.rawIssued.p95)} ms`,
);
const rssKb = Number(
  execFileSync('ps', ['-o', 'rss=', '-p', String(api.pid)])
    .toString()
    .trim(),
);

// Where the API's own time goes when it builds: garbage collection per request, then a CPU profile.
log(`garbage collection and CPU profile of the API process (${PROFILE_RUNS} requests built anew each)…`);
for (let i = 0; i < 5; i += 1) await post(url, SHAPE, filterAll);
await ask({ gc: 'reset' }, (m) => m.gc === 'reset');
let t0 = performance.now();
for (let i = 0; i < PROFILE_RUNS; i += 1) {
  await bumpImpact();
  await post(url, SHAPE, filterAll);
}
const gcWallMs = performance.now() - t0;
const { gc, memory } = await ask({ gc: 'read' }, (m) => m.gc && m.gc !== 'reset');
const apiProfiles = {};
for (const [name, before] of [
  ['the version raised (estimates kept)', bumpImpact],
  ['every key figure changed (all 20 estimates computed)', changeValues],
]) {
  await ask({ profile: 'start' }, (m) => m.profile === 'started');
  t0 = performance.now();
  for (let i = 0; i < PROFILE_RUNS; i += 1) {
    await before();
    await post(url, SHAPE, filterAll);
  }
  const wallMs = performance.now() - t0;
  const { profile } = await ask({ profile: 'stop' }, (m) => m.profile && typeof m.profile === 'object');
  apiProfiles[name] = { ...summariseProfile(profile), wallMs, runs: PROFILE_RUNS };
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
  '',
  `Other processes (a 1-s \`top\` sample, ≥ 5 % CPU) before: ${cpuBefore.idle} % idle; ${cpuBefore.busy.join('; ') || 'none'}. After: ${cpuAfter.idle} % idle; ${cpuAfter.busy.join('; ') || 'none'}.`,
);
if (generation)
  out.push(
    '',
    `Data inserted in ${(generation.insertMs / 1000).toFixed(1)} s (one transaction), ANALYZE ${(generation.analyzeMs / 1000).toFixed(1)} s: ${Object.entries(
      generation.rows,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
  );
out.push(
  '',
  '| programme | kind | cohorts | CONCLUDED | CANCELLED | FOLLOW_UP | ACTIVE | first start | last start |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ...data.byProgramme.map(
    (p) =>
      `| ${p.name} | ${p.kind} | ${p.cohorts} | ${p.concluded} | ${p.cancelled} | ${p.follow_up} | ${p.active} | ${p.first} | ${p.last} |`,
  ),
);
const perKpi = data.byKpi.map((p) => p.n);
out.push(
  '',
  `${data.kolada_values} Kolada values (${KPIS.length} key figures); ${data.memberships} memberships, ${data.goals} goals, ${data.indicators} Kolada-linked indicators, ${data.assessments} goal assessments. Answer (all programmes, checked against the database): ${answers.all.data.impactOverview.keyFigures.length} key figures (${Object.entries(
    statuses,
  )
    .map(([s, n]) => `${s} ${n}`)
    .join(
      ', ',
    )}), ${data.participants} participants (per key figure ${Math.min(...perKpi)}–${Math.max(...perKpi)}), ${data.comparison} organisations that never took part, ${data.outcome_organizations} organisations behind the goal outcomes; generations ${answers.all.data.impactOverview.generations.join(', ')}. Filtered to "${filterProgramme.name}" (${filterProgramme.cohorts} cohorts): ${answers.programme.data.impactOverview.keyFigures.length} key figures, ${dataFiltered.participants} participants.`,
  '',
  `Statements per request (counted at the driver; 1 builds on cold pools after Kolada's values changed, 2 the same with warm pools, 3 answers again, 4 builds after a change elsewhere): all programmes ${captured.all.counts.join(', ')}; one programme ${captured.programme.counts.join(', ')}${web ? `; the web page's own document (\`${web.name}\`) ${captured.web.counts.join(', ')}` : ''}. As issued (statements that overlapped, all programmes): ${waves(
    captured.all.warm,
  )
    .map((w) => w.length)
    .join(' → ')}.`,
  '',
);
for (const key of ['all', 'programme']) {
  out.push(
    `| # | statement (built anew, ${key === 'all' ? 'all programmes' : 'one programme'}) | parameters | rows | server ms | plan |`,
    '| ---: | --- | --- | ---: | ---: | --- |',
  );
  captured[key].warm.forEach((s, i) => {
    const text = oneLine(s.text);
    const e = server[key][i];
    out.push(
      `| ${i + 1} | \`${(text.length > 160 ? `${text.slice(0, 157)}…` : text).replace(/\|/g, '\\|')}\` | ${s.values.map(describe).join(', ')} | ${s.rows ?? ''} | ${e ? e.ms.toFixed(2) : ''} | ${e?.node ?? ''} |`,
    );
  });
  out.push('');
}
out.push(
  `"server" is PostgreSQL's execution time (EXPLAIN ANALYZE, once). Runs: ${WARMUP} warm-up + ${RUNS}, sequential, series interleaved round by round. Times in ms.`,
  '',
);
out.push('| measurement | p50 | p95 | max | response bytes (raw / gzip -1) |', '| --- | ---: | ---: | ---: | --- |');
const row = (name, key, sizeKey = key) => {
  const r = results[key];
  const s = sizes[sizeKey];
  out.push(`| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${s ? `${s.raw} / ${s.gzip1}` : ''} |`);
};
row('**GraphQL `impactOverview`, every field, all programmes, answered again** (version unchanged)', 'allAgain', 'all');
row(`**the same, \`programmeId\` = ${filterProgramme.name}**, answered again`, 'programmeAgain', 'programme');
if (web) row(`**the web page's own document** (\`${web.name}\`), all programmes, answered again`, 'webAgain', 'web');
row('raw SQL: the version read alone (what answering again costs in SQL)', 'rawVersionAgain', 'rawVersion');
row('**GraphQL, all programmes, built anew** (version raised before each request)', 'allBuilt');
row('**GraphQL, one programme, built anew**', 'programmeBuilt');
row(
  `**GraphQL, all programmes, built anew after every key figure's values changed** (one value each, kommun ${changedKommun}: all 20 estimates resampled)`,
  'allChanged',
);
row('**GraphQL, one programme, built anew after every key figure changed**', 'programmeChanged');
if (web) row("**the web page's own document, built anew**", 'webBuilt');
row('raw SQL: the all-programmes statements in order, one connection', 'raw');
row('raw SQL: the same as issued (overlapping ones in parallel)', 'rawIssued');
row('raw SQL: the statements of a build after a change elsewhere, as issued (no values statement)', 'rawElsewhereIssued');
row('raw SQL: the same for one programme', 'rawProgrammeElsewhereIssued');
row('raw SQL: the one-programme statements in order', 'rawProgramme');
row('raw SQL: the one-programme statements as issued', 'rawProgrammeIssued');
row("`{ __typename }` (an anonymous GraphQL request's fixed cost)", 'typename');
row('the values statement alone (as the API sends it: per organisation `array_agg(… ORDER BY year)`), read into maps', 'valuesCurrent');
row('what if: the values as one row per key figure, gaps `json_agg` (one sort), read into the same maps', 'valuesJson');
row('what if: the values as one row per key figure, gaps as one `string_agg` text split in JS, read into the same maps', 'valuesText');
row('what if: the values as plain rows (no aggregation), read into the same maps', 'valuesPlain');
for (const key of ['all', 'programme']) {
  const f = inProcessFigures[key];
  const label = key === 'all' ? 'all programmes' : 'one programme';
  out.push(
    `| in process: \`ImpactService.overview\`, ${label}, built anew, version raised (its SQL + the rules, estimates kept; ${f.viaService.n} runs) | ${ms(f.viaService.p50)} | ${ms(f.viaService.p95)} | ${ms(f.viaService.max)} | |`,
  );
  out.push(
    `| in process: the same with its rows from memory, estimates kept (the rules alone; the 20 digests match) | ${ms(f.rulesOnly.p50)} | ${ms(f.rulesOnly.p95)} | ${ms(f.rulesOnly.max)} | |`,
  );
  out.push(
    `| in process: rows from memory, every estimate computed (a fresh service: 20 × estimateImpact with its bootstrap) | ${ms(f.rulesFresh.p50)} | ${ms(f.rulesFresh.p95)} | ${ms(f.rulesFresh.max)} | |`,
  );
  out.push(
    `| what if: built anew, version raised, the values kept in memory (every other statement run; estimates kept) | ${ms(f.withoutValues.p50)} | ${ms(f.withoutValues.p95)} | ${ms(f.withoutValues.max)} | |`,
  );
}
const gcMs = Object.values(gc).reduce((t, g) => t + g.ms, 0);
out.push(
  '',
  `Garbage collection in the API process, built anew (${PROFILE_RUNS} sequential requests, all programmes): ${ms(gcWallMs / PROFILE_RUNS)} ms wall per request, GC ${ms(gcMs / PROFILE_RUNS)} ms per request (${Object.entries(
    gc,
  )
    .map(([k, g]) => `${k} ${(g.count / PROFILE_RUNS).toFixed(1)} × ${(g.ms / Math.max(1, g.count)).toFixed(1)} ms`)
    .join(', ')}); heap used after ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB.`,
);
for (const [name, apiProfile] of Object.entries(apiProfiles)) {
  out.push(
    '',
    `CPU profile of the API process, built anew with ${name}: ${apiProfile.runs} requests, all programmes, one after the other (${ms(apiProfile.wallMs / apiProfile.runs)} ms per request with the profiler on; sampled every 0.2 ms). Self time per request:`,
    '',
    '| where | ms per request | share |',
    '| --- | ---: | ---: |',
  );
  for (const [k, v] of apiProfile.categories.slice(0, 12))
    out.push(`| ${k} | ${ms(v / apiProfile.runs)} | ${((100 * v) / apiProfile.totalMs).toFixed(0)} % |`);
  out.push('', 'Heaviest functions (self time per request):', '', '| function | ms |', '| --- | ---: |');
  for (const [k, v] of apiProfile.functions.slice(0, 10))
    out.push(`| \`${k.replace(/\|/g, '\\|')}\` | ${(v / apiProfile.runs).toFixed(2)} |`);
  out.push('', 'Inclusive time of key steps (per request):', '', '| step | ms |', '| --- | ---: |');
  for (const [k, v] of apiProfile.inclusive.slice(0, 14)) out.push(`| \`${k}\` | ${(v / apiProfile.runs).toFixed(2)} |`);
}
out.push('', `API resident memory after the HTTP series: ${(rssKb / 1024).toFixed(0)} MiB.`);
const ratio = (a, b) => (a / b).toFixed(1);
const verdict = (r) => `${ms(r.p95)} ms (${r.p95 <= TARGET_P95_MS ? 'met' : 'missed'})`;
out.push(
  '',
  `Target p95 ≤ ${TARGET_P95_MS} ms: answered again, all programmes ${verdict(results.allAgain)}, one programme ${verdict(results.programmeAgain)}; built anew, all programmes ${verdict(results.allBuilt)}, one programme ${verdict(results.programmeBuilt)}; after every key figure changed, all programmes ${verdict(results.allChanged)}, one programme ${verdict(results.programmeChanged)}.`,
  `Target GraphQL ≤ ${TARGET_RATIO} × raw SQL, each build against its own statements as issued: after a change elsewhere, all programmes p50 ${ratio(results.allBuilt.p50, results.rawElsewhereIssued.p50)} ×, p95 ${ratio(results.allBuilt.p95, results.rawElsewhereIssued.p95)} × (${results.allBuilt.p95 <= TARGET_RATIO * results.rawElsewhereIssued.p95 ? 'met' : 'missed'}), one programme p95 ${ratio(results.programmeBuilt.p95, results.rawProgrammeElsewhereIssued.p95)} × (${results.programmeBuilt.p95 <= TARGET_RATIO * results.rawProgrammeElsewhereIssued.p95 ? 'met' : 'missed'}); after every key figure changed, all programmes p50 ${ratio(results.allChanged.p50, results.rawIssued.p50)} ×, p95 ${ratio(results.allChanged.p95, results.rawIssued.p95)} × (${results.allChanged.p95 <= TARGET_RATIO * results.rawIssued.p95 ? 'met' : 'missed'}), one programme p95 ${ratio(results.programmeChanged.p95, results.rawProgrammeIssued.p95)} × (${results.programmeChanged.p95 <= TARGET_RATIO * results.rawProgrammeIssued.p95 ? 'met' : 'missed'}).`,
);
const markdown = out.join('\n');
console.log(markdown);
if (option('out', null)) writeFileSync(option('out'), `${markdown}\n`);
log(`theme of the bench programmes: ${BENCH_THEME}`);
process.exit(0);
