#!/usr/bin/env node
// Learning-example search benchmark: 50,000 generated examples, 20 queries, three ways each:
//   (a) searchLearningExamples through GraphQL over HTTP against the built API,
//   (b) the very statements the service issues for that query, replayed with pg (captured by running
//       the built ExampleSearchService and the organisations DataLoader in this process with a
//       recording TypeORM logger),
//   (c) a naive implementation: ILIKE '%word%' over title, lead, organisation names and sections,
//       the same filters, facet counts computed the same naive way.
// Plus EXPLAIN (ANALYZE, BUFFERS) of representative statements. Figures go to stdout as Markdown
// (and to --out FILE); bench/README.md holds the figures of a real run. Never timed assertions in tests.
//
// npm run bench:examples [-- --keep] [--reuse] [--no-build] [--count 50000] [--runs 50] [--ilike-runs 10]
//                        [--only 1,2,8] [--out FILE] [--explain-out FILE] [--json-out FILE]
//                        [--pages-out FILE] [--compare-pages FILE]
//   --keep    keep the database modellkommuner_bench afterwards   --reuse  use it as it is when it has the data
//   --ilike-runs 0  skips the naive statements (scale.mjs, at 200,000 examples they take half a minute each)
//   --pages-out / --compare-pages  write the first page of each query (first-pages.mjs) / compare with such a file
import { execFileSync, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparePages, firstPages } from './first-pages.mjs';
import { generateExamples, sizes } from './generate.mjs';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
process.chdir(root);

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const COUNT = Number(option('count', 50_000));
const RUNS = Number(option('runs', 50));
const WARMUP = Number(option('warmup', 5));
const ILIKE_RUNS = Number(option('ilike-runs', 10));
const ONLY = option('only', '') ? option('only', '').split(',').map(Number) : null;
const log = (...args) => console.error(...args);

// The 20 queries: single words, two words, compound prefixes, misspellings (trigram fallback),
// facet-only, empty with filters, phrases, inflections, organisation names, newest first.
const QUERIES = [
  { name: 'single word: jämställdhet', q: 'jämställdhet' },
  { name: 'single word: föräldrastöd', q: 'föräldrastöd' },
  { name: 'single word, rare: kvinnojouren', q: 'kvinnojouren' },
  { name: 'two words: fritidsgårdar flickor', q: 'fritidsgårdar flickor' },
  { name: 'two words: hemtjänst biståndsbedömning', q: 'hemtjänst biståndsbedömning' },
  { name: 'compound prefix: jämställdhets', q: 'jämställdhets' },
  { name: 'compound prefix: fritid', q: 'fritid' },
  { name: 'misspelling: jämstäldhet', q: 'jämstäldhet', fuzzy: true },
  { name: 'misspelling: föräldrastöt', q: 'föräldrastöt', fuzzy: true },
  { name: 'misspelling: Hedemorra', q: 'Hedemorra', fuzzy: true },
  { name: 'facet only: subject Folkhälsa', f: { subjects: ['Folkhälsa'] } },
  { name: 'facet only: county 12 + area Kultur och fritid', f: { countyCodes: ['12'], activityAreas: ['Kultur och fritid'] } },
  { name: 'empty query, active 2020, REGION', f: { activeInYear: 2020, originKinds: ['REGION'] } },
  { name: 'empty query, no filter (newest)', s: 'NEWEST' },
  { name: 'phrase: "könsuppdelad statistik"', q: '"könsuppdelad statistik"' },
  { name: 'phrase: "våld i nära relationer"', q: '"våld i nära relationer"' },
  { name: 'inflection: kommunernas', q: 'kommunernas' },
  { name: 'inflection: fritidsgårdarnas', q: 'fritidsgårdarnas' },
  { name: 'text + filters: föräldrastöd, Jämställdhet, county 01', q: 'föräldrastöd', f: { subjects: ['Jämställdhet'], countyCodes: ['01'] } },
  { name: 'organisation + newest: Malmö', q: 'Malmö', s: 'NEWEST' },
].map((query, i) => ({ ...query, n: i + 1 }));

// `first` as a variable, as the web app sends it: graphql-armor's cost limit multiplies a literal
// `first: 20` into the cost (1956 > 1000 for this selection) and refuses the query.
const SEARCH = `query($q: String, $f: ExampleFilter, $s: ExampleSort, $first: Int) {
  searchLearningExamples(query: $q, filter: $f, sort: $s, first: $first) {
    totalCount
    edges { snippet node { slug title summary organizations { shortName } publishedAt } }
    facets { subjects { value count } activityAreas { value count } originKinds { value count } counties { value count } startYears { value count } }
  } }`;

const freePort = () => new Promise((ok) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); }); });
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
async function measure(runs, warmup, fn) {
  if (runs === 0) return null;
  for (let i = 0; i < warmup; i += 1) await fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) { const t0 = performance.now(); await fn(); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  return { n: runs, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (value) => (value === undefined ? '—' : value.toFixed(1));
const ratio = (a, b) => (a === undefined ? '—' : `${(a / b).toFixed(1)}×`);

// ---------------------------------------------------------------------------------------------------
if (!flag('no-build')) { log('building the API…'); execSync('npm run build:api', { stdio: ['ignore', 'ignore', 'inherit'] }); }
const { Client } = require('pg');
const { DataSource } = require('typeorm');
const { loadConfig } = require(resolve(root, 'dist/api/apps/api/src/infrastructure/config/app-config.js'));
const { dataSourceOptions } = require(resolve(root, 'dist/api/apps/api/src/infrastructure/database/data-source-options.js'));
const { ensureDatabase, dropDatabase } = require(resolve(root, 'dist/api/apps/api/src/infrastructure/database/create-database.js'));
const { ExampleSearchService } = require(resolve(root, 'dist/api/apps/api/src/modules/learning-examples/search/example-search.service.js'));
const { learningExampleLoaders } = require(resolve(root, 'dist/api/apps/api/src/modules/learning-examples/learning-examples.loaders.js'));
const { parseSearchQuery } = require(resolve(root, 'dist/api/apps/api/src/modules/learning-examples/search/search-query.js'));

const dbUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/modellkommuner');
dbUrl.pathname = '/modellkommuner_bench';
const DATABASE_URL = dbUrl.toString();
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: `mk-bench-examples-${Date.now()}`,
  JWT_SECRET: randomBytes(32).toString('hex'),
  SEED_PROCESS_LEADER_EMAIL: 'bench-processledare@example.se',
  SEED_PROCESS_LEADER_PASSWORD: randomBytes(16).toString('hex'),
};

let client = new Client({ connectionString: DATABASE_URL, application_name: 'bench-raw' });
let generation = null;
let reused = false;
if (flag('reuse')) {
  // Keep the data when it is there; new migrations still apply.
  await ensureDatabase(DATABASE_URL);
  execFileSync('node', ['dist/api/apps/api/src/cli/migrate.js'], { env, stdio: 'ignore' });
  await client.connect();
  const have = Number((await client.query(`SELECT count(*) FROM learning_examples`)).rows[0].count);
  reused = have === COUNT;
  await client.end();
  client = new Client({ connectionString: DATABASE_URL, application_name: 'bench-raw' });
}
if (!reused) {
  log(`creating ${dbUrl.pathname.slice(1)} (migrations + reference seed)…`);
  await dropDatabase(DATABASE_URL);
  execFileSync('node', ['dist/api/apps/api/src/cli/migrate.js'], { env, stdio: 'ignore' });
  execFileSync('node', ['dist/api/apps/api/src/cli/seed.js'], { env, stdio: 'ignore' });
}
await client.connect();
if (!reused) {
  log(`generating ${COUNT} examples…`);
  generation = await generateExamples(client, { count: COUNT, log });
  log(`  built in ${(generation.buildMs / 1000).toFixed(1)} s, inserted in ${(generation.insertMs / 1000).toFixed(1)} s, VACUUM FULL ANALYZE ${(generation.vacuumMs / 1000).toFixed(1)} s`);
}
const dataSizes = await sizes(client);
const stats = (await client.query(`SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'PUBLISHED')::int AS published,
  (SELECT count(*)::int FROM learning_example_organizations) AS links,
  round(avg(length(concat_ws(' ', title, summary, background, implementation, success_factors, results, array_to_string(key_conclusions, ' ')))))::int AS avg_chars
  FROM learning_examples`)).rows[0];

// The API, built, in production mode.
const port = await freePort();
const api = spawn('node', ['dist/api/apps/api/src/main.js'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
const url = `http://127.0.0.1:${port}`;
let up = false;
for (let i = 0; i < 150 && !up; i += 1) { try { up = (await fetch(`${url}/health`)).ok; } catch { /* starting */ } if (!up) await new Promise((r) => setTimeout(r, 200)); }
process.on('exit', () => api.kill('SIGTERM'));
if (!up) throw new Error('the API did not start');
const gql = async (variables) => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEARCH, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.searchLearningExamples;
};

// The service's own statements: run it here with a recording logger, then replay them with pg.
let recording = null;
const logger = {
  logQuery: (query, parameters) => recording?.push({ text: query, values: parameters ?? [] }),
  logQueryError: () => {}, logQuerySlow: () => {}, logSchemaBuild: () => {}, logMigration: () => {}, log: () => {},
};
const dataSource = await new DataSource({ ...dataSourceOptions(loadConfig(env), { poolSize: 2 }), logging: ['query'], logger }).initialize();
const service = new ExampleSearchService(dataSource);
async function capture(query) {
  // Once unrecorded first: the service's steady state (its in-memory facets loaded) is what is replayed.
  await service.search(null, { query: query.q ?? null, filter: query.f ?? null, sort: query.s ?? 'RELEVANCE', first: 20, after: null });
  recording = [];
  const args = { query: query.q ?? null, filter: query.f ?? null, sort: query.s ?? 'RELEVANCE', first: 20, after: null };
  const result = await service.search(null, args);
  await learningExampleLoaders(dataSource).organizationsByExampleId.loadMany(result.edges.map((edge) => edge.node.id));
  const statements = recording;
  recording = null;
  return { statements, result };
}
const replay = async (statements) => { for (const s of statements) await client.query({ text: s.text, values: s.values }); };

// The naive way: ILIKE per word (a quoted phrase as one pattern), the same filters, naive facets.
function naive(query) {
  const text = query.q ?? '';
  const patterns = [];
  text.split('"').forEach((part, i) => {
    const words = parseSearchQuery(part).words;
    if (i % 2 === 1 && words.length > 1) patterns.push(words.join(' '));
    else patterns.push(...words);
  });
  const f = query.f ?? {};
  const countiesOf = (distinct) => `ARRAY(SELECT ${distinct ? 'DISTINCT ' : ''}o.county_code FROM learning_example_organizations l
    JOIN organizations o ON o.id = l.organization_id WHERE l.example_id = e.id AND o.county_code IS NOT NULL)`;
  // One statement: its own parameters, every text pattern and every filter except `except`.
  const statement = (build, except, extra = {}) => {
    const values = [];
    const add = (v) => { values.push(v); return `$${values.length}`; };
    const conditions = [`e.status = 'PUBLISHED'`];
    for (const pattern of patterns) {
      const p = add(`%${pattern.replace(/[\\%_]/g, '\\$&')}%`);
      conditions.push(`(e.title ILIKE ${p} OR e.summary ILIKE ${p} OR e.organization_names ILIKE ${p} OR e.background ILIKE ${p}
        OR e.implementation ILIKE ${p} OR e.success_factors ILIKE ${p} OR e.results ILIKE ${p} OR array_to_string(e.key_conclusions, ' ') ILIKE ${p})`);
    }
    if (f.subjects && except !== 'subjects') conditions.push(`e.subjects && ${add(f.subjects)}::text[]`);
    if (f.activityAreas && except !== 'activityAreas') conditions.push(`e.activity_areas && ${add(f.activityAreas)}::text[]`);
    if (f.originKinds && except !== 'originKinds') conditions.push(`e.origin_kind::text = ANY(${add(f.originKinds)}::text[])`);
    if (f.countyCodes && except !== 'counties') conditions.push(`${countiesOf(false)} && ${add(f.countyCodes)}::varchar[]`);
    if (f.activeInYear) { // not a facet of its own: it narrows every facet, Startår included
      const y = add(f.activeInYear);
      conditions.push(`(e.period_start <= ${y}::int AND (e.period_end IS NULL OR e.period_end >= ${y}::int))`);
    }
    return { text: build(conditions.join(' AND ')), values, ...extra };
  };
  const facet = {
    subjects: 'unnest(e.subjects)', activityAreas: 'unnest(e.activity_areas)', originKinds: 'e.origin_kind::text',
    counties: `unnest(${countiesOf(true)})`, startYears: 'e.period_start::text',
  };
  return [
    statement((where) => `SELECT count(*) FROM learning_examples e WHERE ${where}`),
    statement((where) => `SELECT e.id, e.slug, e.title, e.summary, e.published_at FROM learning_examples e WHERE ${where}
      ORDER BY e.published_at DESC NULLS LAST, e.id LIMIT 20`, undefined, { page: true }),
    ...Object.entries(facet).map(([key, expr]) =>
      statement((where) => `SELECT v, count(*) FROM (SELECT ${expr} AS v FROM learning_examples e WHERE ${where}) x WHERE v IS NOT NULL GROUP BY v ORDER BY 2 DESC`, key)),
  ];
}
async function runNaive(statements) {
  let ids = [];
  for (const s of statements) {
    const res = await client.query({ text: s.text, values: s.values });
    if (s.page) ids = res.rows.map((row) => row.id);
  }
  await client.query(`SELECT l.example_id, o.short_name FROM learning_example_organizations l JOIN organizations o ON o.id = l.organization_id WHERE l.example_id = ANY($1::uuid[]) ORDER BY l.position`, [ids]);
}

// ---------------------------------------------------------------------------------------------------
const results = [];
for (const query of QUERIES.filter((q) => !ONLY || ONLY.includes(q.n))) {
  const variables = { q: query.q ?? null, f: query.f ?? null, s: query.s ?? 'RELEVANCE', first: 20 };
  const { statements, result } = await capture(query);
  const viaApi = await gql(variables);
  if (viaApi.totalCount !== result.totalCount) throw new Error(`${query.name}: GraphQL says ${viaApi.totalCount}, the service ${result.totalCount}`);
  const naiveStatements = naive(query);
  const naiveTotal = ILIKE_RUNS > 0 ? Number((await client.query(naiveStatements[0])).rows[0].count) : null;
  const g = await measure(RUNS, WARMUP, () => gql(variables));
  const r = await measure(RUNS, WARMUP, () => replay(statements));
  const i = await measure(ILIKE_RUNS, Math.min(2, WARMUP), () => runNaive(naiveStatements));
  const row = { ...query, total: result.totalCount, naiveTotal, statements: statements.length, g, r, i };
  results.push(row);
  log(`${String(query.n).padStart(2)} ${query.name.padEnd(52)} total ${String(result.totalCount).padStart(6)} (ILIKE ${String(naiveTotal).padStart(6)})  gql ${ms(g.p50)}/${ms(g.p95)}  raw ${ms(r.p50)}/${ms(r.p95)}  ilike ${ms(i?.p50)}/${ms(i?.p95)} ms`);
}

// EXPLAIN (ANALYZE, BUFFERS) of representative statements: the counts and the page.
const explainFor = [1, 6, 8, 11, 15].filter((n) => !ONLY || ONLY.includes(n));
const explains = [];
for (const n of explainFor) {
  const query = QUERIES[n - 1];
  const { statements } = await capture(query);
  // In order, as the service runs them (its transaction and settings included), explaining the big ones.
  for (const [k, s] of statements.entries()) {
    if (!/^\s*WITH (matched|m) AS/.test(s.text)) {
      await client.query({ text: s.text, values: s.values });
      continue;
    }
    const plan = (await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, values: s.values })).rows.map((row) => row['QUERY PLAN']).join('\n');
    const used = ['ix_learning_examples_search', 'ix_learning_example_search_vector', 'ix_learning_example_search_phrase', 'ix_learning_examples_status_published', 'ix_learning_example_words_word_trgm']
      .filter((index) => plan.includes(index));
    const seq = /Seq Scan on learning_examples/.test(plan);
    const time = /Execution Time: ([\d.]+)/.exec(plan)?.[1];
    explains.push({ query: query.name, statement: k + 1, used, seq, time, plan });
  }
}

// The first page of every query (all 20, whatever --only says), to show that ranking and results stayed.
const pages = flag('pages-out') || flag('compare-pages') ? await firstPages(service, QUERIES) : null;
if (option('pages-out', null)) writeFileSync(option('pages-out'), `${JSON.stringify(pages, null, 1)}\n`);

// ---------------------------------------------------------------------------------------------------
const rssKb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(api.pid)]).toString().trim());
api.kill('SIGTERM');
await dataSource.destroy();
await client.end();
if (!flag('keep')) await dropDatabase(DATABASE_URL);

const pgVersion = execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-tAc', 'SHOW server_version', 'postgres']).toString().trim();
const out = [];
out.push(`Machine: ${cpus().length} cores (${cpus()[0].model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, PostgreSQL ${pgVersion}.`);
out.push(`Data: ${stats.total} examples (${stats.published} PUBLISHED), ${stats.links} organisation links, on average ${stats.avg_chars} characters of text each.`);
if (generation) out.push(`Generation: rows built in ${(generation.buildMs / 1000).toFixed(1)} s, inserted (vectors computed in the statements, indexes live) in ${(generation.insertMs / 1000).toFixed(1)} s, VACUUM FULL ANALYZE ${(generation.vacuumMs / 1000).toFixed(1)} s.`);
out.push('', '| relation | kind | size | with TOAST + indexes |', '| --- | --- | ---: | ---: |');
for (const s of dataSizes) out.push(`| ${s.name} | ${s.kind} | ${mib(s.bytes)} | ${s.totalBytes ? mib(s.totalBytes) : ''} |`);
out.push('', `Runs per query: GraphQL and raw SQL ${WARMUP} warm-up + ${RUNS}; ILIKE ${ILIKE_RUNS ? `${Math.min(2, WARMUP)} warm-up + ${ILIKE_RUNS} (so its p95 is close to its max)` : 'not run'}. Times in ms.`, '');
out.push('| # | query | total | stmts | GraphQL p50 | GraphQL p95 | raw SQL p50 | raw SQL p95 | ILIKE p50 | ILIKE p95 | ILIKE ÷ raw (p50) | ILIKE ÷ GraphQL (p50) | GraphQL − raw (p95) |');
out.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of results) {
  out.push(`| ${row.n} | ${row.name.replace(/\|/g, '\\|')} | ${row.total}${row.q && row.naiveTotal !== null && row.naiveTotal !== row.total ? ` (ILIKE ${row.naiveTotal})` : ''} | ${row.statements} | ${ms(row.g.p50)} | ${ms(row.g.p95)} | ${ms(row.r.p50)} | ${ms(row.r.p95)} | ${ms(row.i?.p50)} | ${ms(row.i?.p95)} | ${ratio(row.i?.p50, row.r.p50)} | ${ratio(row.i?.p50, row.g.p50)} | ${ms(row.g.p95 - row.r.p95)} |`);
}
const text = results.filter((row) => row.q);
const t1 = results.filter((row) => row.g.p95 > 50);
const t2 = text.filter((row) => row.i && row.i.p50 / row.g.p50 < 10);
const t3 = results.filter((row) => row.g.p95 > Math.max(2 * row.r.p95, row.r.p95 + 5));
const verdict = (bad) => (bad.length ? `**missed** by ${bad.map((row) => `#${row.n}`).join(', ')}` : '**met**');
out.push('', 'Targets:', '');
out.push(`- GraphQL p95 ≤ 50 ms for every query: ${verdict(t1)} (worst ${ms(Math.max(...results.map((row) => row.g.p95)))} ms).`);
if (ILIKE_RUNS > 0) out.push(`- Text queries ≥ 10× faster than ILIKE (GraphQL p50 against the naive SQL's p50): ${verdict(t2)} (lowest ${Math.min(...text.map((row) => row.i.p50 / row.g.p50)).toFixed(1)}×; against raw SQL lowest ${Math.min(...text.map((row) => row.i.p50 / row.r.p50)).toFixed(1)}×).`);
out.push(`- GraphQL p95 ≤ max(2 × raw p95, raw p95 + 5 ms): ${verdict(t3)}.`);
const rare = results.find((row) => row.n === 3);
if (rare) {
  const slowest = results.reduce((a, b) => (b.g.p95 > a.g.p95 ? b : a));
  out.push(`- The slowest query within 2 × the p95 of the rarest word (#3 \`kvinnojouren\`, ${ms(rare.g.p95)} ms): ${slowest.g.p95 <= 2 * rare.g.p95 ? '**met**' : '**missed**'} (slowest #${slowest.n}, ${ms(slowest.g.p95)} ms = ${(slowest.g.p95 / rare.g.p95).toFixed(2)} ×).`);
}
out.push('', 'EXPLAIN (ANALYZE, BUFFERS), the statements starting `WITH m` (public text search: matches and page) or `WITH matched` (counts in SQL):', '');
out.push('| query | statement | execution ms | indexes used | seq scan on learning_examples |', '| --- | ---: | ---: | --- | --- |');
for (const e of explains) out.push(`| ${e.query} | ${e.statement} | ${e.time} | ${e.used.join(', ') || '—'} | ${e.seq ? 'yes' : 'no'} |`);
out.push('', `API resident memory after the run: ${(rssKb / 1024).toFixed(0)} MiB.`);
if (option('compare-pages', null)) {
  out.push('', `First pages against \`${option('compare-pages')}\`:`, '', ...comparePages(JSON.parse(readFileSync(option('compare-pages'), 'utf8')), pages));
}
const markdown = out.join('\n');
console.log(markdown);
if (option('out', null)) writeFileSync(option('out'), `${markdown}\n`);
if (option('json-out', null)) writeFileSync(option('json-out'), `${JSON.stringify({ count: stats.total, published: stats.published, rssMiB: rssKb / 1024, results: results.map(({ n, name, total, g, r }) => ({ n, name, total, g, r })) }, null, 1)}\n`);
if (option('explain-out', null)) writeFileSync(option('explain-out'), explains.map((e) => `### ${e.query} — statement ${e.statement}\n\n${e.plan}\n`).join('\n'));
