#!/usr/bin/env node
// `npm test`: every tier, in order, stopping at the first failure.
//   1. static: type check (api + web), lint
//   2. drift: the web's generated types match the committed schema.gql
//      (schema.gql itself and the migrations are checked against the code in the integration tier)
//   3. unit: jest (api, libs) + vitest (web)
//   4. integration: the Nest app over HTTP against real PostgreSQL and Redis, a fresh database
//   5. e2e: the built web app and API in Chromium, with axe
// Set SKIP_E2E=1 to leave out the browser tier locally (CI never does).
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['generated web types up to date', 'node', ['scripts/check-codegen.mjs']],
  ['unit tests (api, libs)', 'npx', ['jest', '--config', 'jest.unit.config.js']],
  ['unit tests (web)', 'npx', ['vitest', 'run', '--config', 'apps/web/vite.config.ts']],
  ['integration tests', 'npx', ['jest', '--config', 'jest.int.config.js', '--runInBand']],
  ...(process.env.SKIP_E2E === '1' ? [] : [['browser tests (e2e)', 'node', ['e2e/run.mjs']]]),
];

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: process.env.CI ? '0' : '1' };
const timings = [];
const started = Date.now();
for (const [name, command, args] of steps) {
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
console.log(`\n${timings.join('\n')}\n\nnpm test: all tiers passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
