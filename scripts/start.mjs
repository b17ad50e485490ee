#!/usr/bin/env node
// `npm start`: the whole platform for a newcomer, with demo data.
// Builds the API, migrates and seeds the database (creating it when missing), then runs the API
// (:3000), the worker, and the web app (:4200) side by side. Mail goes to Mailpit when it listens
// on :1025, otherwise to a small catcher that prints each mail (and its links) in this terminal.
import { execFileSync, spawn } from 'node:child_process';
import { createConnection } from 'node:net';

const canConnect = (port, host = '127.0.0.1') =>
  new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => { socket.end(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => { socket.destroy(); resolve(false); });
  });

function url(name, fallback) {
  try { return new URL(process.env[name] ?? fallback); } catch { return new URL(fallback); }
}

const db = url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/modellkommuner');
const redis = url('REDIS_URL', 'redis://127.0.0.1:6379');
if (!(await canConnect(Number(db.port || 5432), db.hostname))) {
  console.error(`PostgreSQL svarar inte på ${db.hostname}:${db.port || 5432}. Starta den (se README, "Förutsättningar") eller kör docker compose up.`);
  process.exit(1);
}
if (!(await canConnect(Number(redis.port || 6379), redis.hostname))) {
  console.error(`Redis svarar inte på ${redis.hostname}:${redis.port || 6379}. Starta den (se README, "Förutsättningar").`);
  process.exit(1);
}

const run = (args) => execFileSync('npm', ['run', '--silent', ...args], { stdio: 'inherit' });
run(['build:api']);
execFileSync('node', ['dist/api/apps/api/src/cli/migrate.js'], { stdio: 'inherit' });
execFileSync('node', ['dist/api/apps/api/src/cli/seed-demo.js'], { stdio: 'inherit' });

const commands = [
  ['api', 'node dist/api/apps/api/src/main.js'],
  ['worker', 'node dist/api/apps/api/src/worker.js'],
  ['web', 'npx vite --config apps/web/vite.config.ts'],
];
if (!process.env.SMTP_URL && !(await canConnect(1025))) commands.push(['mail', 'node scripts/dev-mail.mjs']);

console.log('\nModellkommuner startar: webb http://localhost:4200, API http://localhost:3000/graphql');
console.log('Logga in som processledare@skr.se med lösenordet modell-demo-2026 (utvecklingsvärden).\n');
const child = spawn(
  'npx',
  ['concurrently', '--kill-others-on-fail', '--names', commands.map(([n]) => n).join(','), '--prefix-colors', 'blue,magenta,green,yellow', ...commands.map(([, c]) => c)],
  { stdio: 'inherit' },
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
