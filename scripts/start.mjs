#!/usr/bin/env node
// `npm start`: the whole platform for a newcomer, with demo data, from a fresh clone.
// Installs the dependencies when node_modules is missing or stale, starts a local PostgreSQL or Redis
// that is installed but stopped (scripts/lib/prerequisites.mjs), builds the API, migrates and seeds the
// database (creating it when missing), then runs the API (:3000), the worker, and the web app (:4200)
// side by side. Mail goes to Mailpit when it listens on :1025, otherwise to a small catcher that prints
// each mail (and its links) in this terminal. PORT, WEB_PORT and DATABASE_URL move it elsewhere.
import { execFileSync, spawn } from 'node:child_process';
import { canConnect, ensureDependencies, ensureServices, orExit } from './lib/prerequisites.mjs';

await orExit(async () => {
  await ensureServices();
  ensureDependencies();
});

const apiPort = Number(process.env.PORT ?? 3000);
const webPort = Number(process.env.WEB_PORT ?? 4200);
const mailPort = Number(process.env.DEV_MAIL_PORT ?? 1025);
const env = { ...process.env, API_PROXY_TARGET: process.env.API_PROXY_TARGET ?? `http://127.0.0.1:${apiPort}`, WEB_PORT: String(webPort) };

const run = (args) => execFileSync('npm', ['run', '--silent', ...args], { stdio: 'inherit', env });
run(['build:api']);
execFileSync('node', ['dist/api/apps/api/src/cli/migrate.js'], { stdio: 'inherit', env });
execFileSync('node', ['dist/api/apps/api/src/cli/seed-demo.js'], { stdio: 'inherit', env });

const commands = [
  ['api', 'node dist/api/apps/api/src/main.js'],
  ['worker', 'node dist/api/apps/api/src/worker.js'],
  ['web', 'npx vite --config apps/web/vite.config.ts'],
];
if (!process.env.SMTP_URL) {
  // Mailpit (or anything) on the mail port takes the mail; otherwise our catcher listens there.
  if (!(await canConnect(mailPort))) commands.push(['mail', 'node scripts/dev-mail.mjs']);
  env.SMTP_URL = `smtp://127.0.0.1:${mailPort}`;
}

console.log(`\nModellkommuner startar: webb http://localhost:${webPort}, API http://localhost:${apiPort}/graphql`);
console.log('Logga in som processledare@skr.se med lösenordet modell-demo-2026 (utvecklingsvärden).\n');
const child = spawn(
  'npx',
  ['concurrently', '--kill-others-on-fail', '--names', commands.map(([n]) => n).join(','), '--prefix-colors', 'blue,magenta,green,yellow', ...commands.map(([, c]) => c)],
  { stdio: 'inherit', env },
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
