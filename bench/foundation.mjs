#!/usr/bin/env node
// Foundation benchmark: latency of login (argon2id), organisation search, the full kommun list and
// /health through the real API, plus the API's memory. Needs PostgreSQL and Redis; uses a scratch
// database it creates, migrates, seeds and drops. Run: npm run build:api && node bench/foundation.mjs
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const N = Number(process.env.BENCH_N ?? 200);
const freePort = () => new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });
const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/modellkommuner');
base.pathname = `/modellkommuner_bench_${Date.now()}`;
const port = await freePort();
const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: base.toString(), PORT: String(port), REDIS_PREFIX: `mk-bench-${Date.now()}`, LOGIN_MAX_FAILURES_PER_ADDRESS: '100000' };
execFileSync('node', ['dist/api/apps/api/src/cli/migrate.js'], { env, stdio: 'ignore' });
execFileSync('node', ['dist/api/apps/api/src/cli/seed.js'], { env, stdio: 'ignore' });
const api = spawn('node', ['dist/api/apps/api/src/main.js'], { env, stdio: 'ignore' });
const url = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i += 1) { try { if ((await fetch(`${url}/health`)).ok) break; } catch { /* starting */ } await new Promise((r) => setTimeout(r, 200)); }

const gql = async (query, variables = {}, token) => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
async function measure(name, n, fn) {
  for (let i = 0; i < Math.min(10, n); i += 1) await fn(); // warm-up
  const times = [];
  for (let i = 0; i < n; i += 1) { const t0 = performance.now(); await fn(); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  return { name, n, p50: percentile(times, 50).toFixed(1), p95: percentile(times, 95).toFixed(1), max: times[times.length - 1].toFixed(1) };
}

const LOGIN = 'mutation { login(email: "processledare@skr.se", password: "modell-demo-2026") { token } }';
const token = (await gql(LOGIN)).login.token;
const rows = [
  await measure('login (argon2id verify + session)', Math.min(N, 50), () => gql(LOGIN)),
  await measure('organizations(search: "hed")', N, () => gql('{ organizations(search: "hed") { code name countyCode } }', {}, token)),
  await measure('organizations(kind: MUNICIPALITY) — 290 rows', N, () => gql('{ organizations(kind: MUNICIPALITY) { id code name shortName countyCode mentorEligible } }', {}, token)),
  await measure('me { organization } (session + DataLoader)', N, () => gql('{ me { name organization { name } } }', {}, token)),
  await measure('GET /health', N, () => fetch(`${url}/health`).then((r) => r.json())),
];
const rssKb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(api.pid)]).toString().trim());
api.kill('SIGTERM');
execFileSync('node', ['-e', `require('./dist/api/apps/api/src/infrastructure/database/create-database.js').dropDatabase(${JSON.stringify(base.toString())})`]);

console.log(`\n| operation | n | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |`);
for (const r of rows) console.log(`| ${r.name} | ${r.n} | ${r.p50} | ${r.p95} | ${r.max} |`);
console.log(`\nAPI resident memory after the run: ${(rssKb / 1024).toFixed(0)} MiB`);
