#!/usr/bin/env node
// `npm test`: every tier, in order, stopping at the first failure. From a fresh clone it first installs
// the dependencies and starts a local PostgreSQL and Redis when they are installed but stopped
// (scripts/lib/prerequisites.mjs); what cannot be set up here stops it within seconds with one message.
//   1. static: lockfile complete, type check (api + web), lint, no import cycles
//   2. drift: the web's generated types match the committed schema.gql
//      (schema.gql itself is checked by the unit tier, the migrations by the integration tier)
//   3. unit: jest (api, libs) + vitest (web)
//   4. integration: the Nest app over HTTP against real PostgreSQL and Redis, a fresh database
//   5. fuzz: hostile values for every operation and argument in schema.gql, anonymous and logged in
//   6. e2e: the built web app and API in Chromium, with axe
//   7. fresh start: `npm start` from a copy of the repository without node_modules answers /health and /
// SKIP_E2E=1 leaves out tiers 6 and 7 locally (CI never does). `--only unit,integration` runs just those
// tiers (CI runs them again on the newest Node LTS that way); `--only fuzz` runs the fuzz tier alone.
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureDependencies, ensureServices, orExit } from './lib/prerequisites.mjs';

const only = (() => {
  const index = process.argv.indexOf('--only');
  return index === -1 ? undefined : new Set(process.argv[index + 1]?.split(','));
})();
const skipBrowser = process.env.SKIP_E2E === '1';

const steps = [
  ['static', 'lockfile lists every platform binary', 'node', ['scripts/check-lockfile.mjs']],
  ['static', 'script tests (npm start / npm test set-up)', 'node', ['--test', 'scripts/lib/']],
  ['static', 'type check', 'npm', ['run', '--silent', 'typecheck']],
  ['static', 'lint', 'npm', ['run', '--silent', 'lint']],
  ['static', 'no import cycles', 'npm', ['run', '--silent', 'lint:cycles']],
  ['drift', 'generated web types up to date', 'node', ['scripts/check-codegen.mjs']],
  ['unit', 'unit tests (api, libs)', 'npx', ['jest', '--config', 'jest.unit.config.js']],
  ['unit', 'unit tests (web)', 'npx', ['vitest', 'run', '--config', 'apps/web/vite.config.ts']],
  ['integration', 'integration tests', 'npx', ['jest', '--config', 'jest.int.config.js']],
  ['fuzz', 'fuzz tests (schema.gql, hostile input)', 'npx', ['jest', '--config', 'jest.fuzz.config.js', '--runInBand']],
  ['e2e', 'browser tests (e2e)', 'node', ['e2e/run.mjs']],
  ['fresh-start', 'npm start from a fresh copy', 'node', ['scripts/check-fresh-start.mjs']],
].filter(([tier]) => (only ? only.has(tier) : !(skipBrowser && (tier === 'e2e' || tier === 'fresh-start'))));

await orExit(async () => {
  if (steps.some(([tier]) => tier === 'integration' || tier === 'fuzz' || tier === 'e2e' || tier === 'fresh-start')) await ensureServices();
  if (steps.some(([tier]) => tier === 'e2e')) ensureChromium();
  ensureDependencies();
});

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: process.env.CI ? '0' : '1' };
const timings = [];
const started = Date.now();
console.log(`npm test on Node ${process.version}`);
for (const [, name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push(`${result.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (result.status !== 0) {
    console.error(`\n${timings.join('\n')}\n\nnpm test: "${name}" failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n${timings.join('\n')}\n\nnpm test (Node ${process.version}): ${only ? [...only].join(', ') : 'all tiers'} passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
