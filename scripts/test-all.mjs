#!/usr/bin/env node
// `npm test`: every tier, in order, stopping at the first failure. From a fresh clone it first installs
// the dependencies and starts a local PostgreSQL and Redis when they are installed but stopped
// (scripts/lib/prerequisites.mjs); what cannot be set up here stops it within seconds with one message.
//   1. static: type check (api + web + e2e), lint, lockfile complete, script tests, no import cycles
//   2. drift: the web's generated types match the committed schema.gql
//      (schema.gql itself is checked by the unit tier, the migrations by the integration tier)
//   3. unit: jest (api, libs) + vitest (web)
//   4. integration: the Nest app over HTTP against real PostgreSQL and Redis, a fresh database
//   5. fuzz: hostile values for every operation and argument in schema.gql, anonymous and logged in
//   6. fresh start: `npm start` from a copy of the repository without node_modules answers /health and /
//   7. e2e: the built web app and API in Chromium, with axe
// SKIP_E2E=1 leaves out the fresh start and e2e locally (CI never does). `--only unit,integration` runs just those
// tiers (CI runs them again on the newest Node LTS that way); `--only fuzz` runs the fuzz tier alone.
// Some steps leave a core idle, so they run side by side, one per core (two on the CI machines, at most
// four), each one's output printed whole when it ends: the static and drift checks (single-threaded), and
// the fuzz tier (one API process, ~70 % of two cores) with the fresh start (mostly npm ci and builds in a
// copy; it has its own ports, database and Redis prefix). Every other step runs alone, its output live.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { ensureChromium, ensureDependencies, ensureServices, orExit } from './lib/prerequisites.mjs';

const only = (() => {
  const index = process.argv.indexOf('--only');
  return index === -1 ? undefined : new Set(process.argv[index + 1]?.split(','));
})();
const skipBrowser = process.env.SKIP_E2E === '1';

// The fifth entry names a group: consecutive steps of one group run side by side (see above).
const steps = [
  // The two longest first.
  ['static', 'type check', 'npm', ['run', '--silent', 'typecheck'], 'checks'],
  ['static', 'lint', 'npm', ['run', '--silent', 'lint'], 'checks'],
  ['static', 'lockfile lists every platform binary', 'node', ['scripts/check-lockfile.mjs'], 'checks'],
  ['static', 'script tests (npm start / npm test set-up)', 'node', ['--test', 'scripts/lib/'], 'checks'],
  ['static', 'no import cycles', 'npm', ['run', '--silent', 'lint:cycles'], 'checks'],
  ['drift', 'generated web types up to date', 'node', ['scripts/check-codegen.mjs'], 'checks'],
  ['unit', 'unit tests (api, libs)', 'npx', ['jest', '--config', 'jest.unit.config.js']],
  ['unit', 'unit tests (web)', 'npx', ['vitest', 'run', '--config', 'apps/web/vite.config.ts']],
  ['integration', 'integration tests', 'npx', ['jest', '--config', 'jest.int.config.js']],
  ['fuzz', 'fuzz tests (schema.gql, hostile input)', 'npx', ['jest', '--config', 'jest.fuzz.config.js', '--runInBand'], 'fuzz + fresh start'],
  ['fresh-start', 'npm start from a fresh copy', 'node', ['scripts/check-fresh-start.mjs'], 'fuzz + fresh start'],
  ['e2e', 'browser tests (e2e)', 'node', ['e2e/run.mjs']],
].filter(([tier]) => (only ? only.has(tier) : !(skipBrowser && (tier === 'e2e' || tier === 'fresh-start'))));

await orExit(async () => {
  if (steps.some(([tier]) => tier === 'integration' || tier === 'fuzz' || tier === 'e2e' || tier === 'fresh-start')) await ensureServices();
  if (steps.some(([tier]) => tier === 'e2e')) ensureChromium();
  ensureDependencies();
});

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: process.env.CI ? '0' : '1' };
const lanes = Math.max(2, Math.min(4, availableParallelism()));
const timings = [];
const started = Date.now();
console.log(`npm test on Node ${process.version}`);

const fail = (name, status) => {
  console.error(`\n${timings.join('\n')}\n\nnpm test: "${name}" failed.`);
  process.exit(status ?? 1);
};
const record = (name, status, t0) => timings.push(`${status === 0 ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

/** One step with its output captured, printed whole when it ends; resolves to its exit status. */
function runCaptured(name, command, args) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      record(name, code ?? 1, t0);
      resolve(code ?? 1);
    });
  });
}

/** Steps side by side, `lanes` at a time; the statuses in the steps' order. */
async function runSideBySide(group) {
  const statuses = new Array(group.length);
  let next = 0;
  const lane = async () => {
    while (next < group.length) {
      const index = next++;
      const [, name, command, args] = group[index];
      statuses[index] = await runCaptured(name, command, args);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, group.length) }, lane));
  return statuses;
}

for (let i = 0; i < steps.length; ) {
  let end = i + 1;
  while (steps[i][4] && end < steps.length && steps[end][4] === steps[i][4]) end++;
  if (end - i > 1) {
    const group = steps.slice(i, end);
    const statuses = await runSideBySide(group);
    const failed = statuses.findIndex((status) => status !== 0);
    if (failed !== -1) fail(group[failed][1], statuses[failed]);
    i = end;
    continue;
  }
  const [, name, command, args] = steps[i++];
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  record(name, result.status, t0);
  if (result.status !== 0) fail(name, result.status);
}
console.log(`\n${timings.join('\n')}\n\nnpm test (Node ${process.version}): ${only ? [...only].join(', ') : 'all tiers'} passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
