#!/usr/bin/env node
// The newcomer's path, tested: copies the repository as git sees it (tracked and untracked files, without
// node_modules, dist or .env) to a temporary folder, runs `npm start` there on free ports against a fresh
// database, and waits until the API answers /health and the web app answers / (and proxies /health to the
// API). Prints the time from the copy to ready, then stops everything and drops the database.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const TIMEOUT_MS = 8 * 60_000;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const dir = mkdtempSync(join(tmpdir(), 'modellkommuner-fresh-'));
const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((file) => file && !file.startsWith('node_modules/'));
for (const file of files) {
  mkdirSync(join(dir, dirname(file)), { recursive: true });
  try {
    cpSync(join(root, file), join(dir, file));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error; // a tracked file deleted in the working tree
  }
}
console.log(`fresh start: ${files.length} files copied to ${dir} (no node_modules)`);

const runId = `${Date.now().toString(36)}_${process.pid}`;
const database = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/modellkommuner');
database.pathname = `/modellkommuner_fresh_${runId}`;
const [apiPort, webPort, smtpPort] = await Promise.all([freePort(), freePort(), freePort()]);
const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_URL: database.toString(),
  REDIS_PREFIX: `mk-fresh-${runId}`,
  PORT: String(apiPort),
  WEB_PORT: String(webPort),
  PUBLIC_API_URL: `http://127.0.0.1:${apiPort}`,
  PUBLIC_WEB_URL: `http://127.0.0.1:${webPort}`,
  DEV_MAIL_PORT: String(smtpPort), // npm start runs its mail catcher there
};
delete env.SMTP_URL;

const child = spawn('npm', ['start'], { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));
let exited;
child.on('exit', (code) => (exited = code));

async function answers(url) {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

let status = 1;
try {
  const deadline = Date.now() + TIMEOUT_MS;
  const checks = {
    'API /health': `http://127.0.0.1:${apiPort}/health`,
    'web /': `http://127.0.0.1:${webPort}/`,
    'web /health (proxied to the API)': `http://127.0.0.1:${webPort}/health`,
  };
  const ready = {};
  while (Object.keys(ready).length < Object.keys(checks).length) {
    if (exited !== undefined) throw new Error(`npm start exited with ${exited} before it was ready`);
    if (Date.now() > deadline) throw new Error(`not ready within ${TIMEOUT_MS / 1000} s: ${Object.keys(checks).filter((k) => !ready[k]).join(', ')}`);
    for (const [name, url] of Object.entries(checks)) {
      if (ready[name]) continue;
      const body = await answers(url);
      if (body !== undefined && (name !== 'web /' || body.includes('<div id="root">'))) {
        ready[name] = seconds();
        console.log(`fresh start: ${name} answered after ${ready[name]} s`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(`fresh start: from the copy without node_modules to ready in ${seconds()} s`);
  status = 0;
} catch (error) {
  console.error(`fresh start FAILED: ${error.message}\n--- npm start printed:\n${output.slice(-8000)}`);
} finally {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  const admin = new URL(database);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database.pathname.slice(1)}" WITH (FORCE)`);
  } catch (error) {
    console.error(`fresh start: could not drop ${database.pathname.slice(1)}: ${error.message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
