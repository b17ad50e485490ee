#!/usr/bin/env node
// Browser tests: builds the API and the web app, creates a fresh database (real migrations + seed),
// starts an SMTP catcher, the API, the worker and `vite preview` on free ports, then runs the
// journeys in e2e/ with jest + playwright-core driving Debian's Chromium. Cleans up after itself.
import { execFileSync, spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${what} answered not within ${timeoutMs / 1000} s (${url})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const runId = `${Date.now().toString(36)}_${process.pid}`;
const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/modellkommuner');
base.pathname = `/modellkommuner_e2e_${runId}`;
const [apiPort, webPort, smtpPort, mailboxPort, workerPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
const webUrl = `http://127.0.0.1:${webPort}`;
const env = {
  ...process.env,
  NODE_ENV: 'test',
  // Cheap password hashes, as in the other test tiers (apps/api/test/password-cost.ts); only NODE_ENV=test allows them.
  PASSWORD_HASH_MEMORY_KIB: '1024',
  PASSWORD_HASH_PASSES: '1',
  DATABASE_URL: base.toString(),
  REDIS_PREFIX: `mk-e2e-${runId}`,
  PORT: String(apiPort),
  WORKER_PORT: String(workerPort),
  PUBLIC_API_URL: `http://127.0.0.1:${apiPort}`,
  PUBLIC_WEB_URL: webUrl,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  API_PROXY_TARGET: `http://127.0.0.1:${apiPort}`,
  E2E_WEB_URL: webUrl,
  E2E_MAILBOX_URL: `http://127.0.0.1:${mailboxPort}/mails`,
};

// Mail: a real SMTP server; the tests read what it caught over HTTP.
const mails = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
        mails.push({ to: to?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
        callback();
      })
      .catch(callback);
  },
});
await new Promise((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
const mailbox = createHttpServer((_req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(mails));
});
await new Promise((resolve) => mailbox.listen(mailboxPort, '127.0.0.1', resolve));

const children = [];
let exitCode;
try {
  console.log('e2e: bygger API och webb …');
  execFileSync('npm', ['run', '--silent', 'build:api'], { stdio: 'inherit', env });
  execFileSync('npm', ['run', '--silent', 'build:web'], { stdio: 'inherit', env });
  execFileSync('node', ['dist/api/apps/api/src/cli/migrate.js'], { stdio: 'inherit', env });
  execFileSync('node', ['dist/api/apps/api/src/cli/seed.js'], { stdio: 'inherit', env });

  const start = (name, command, args) => {
    // Its own process group, so stopping it also stops what it started (npx → vite).
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const prefix = (chunk) => chunk.toString().split('\n').filter(Boolean).map((l) => `[${name}] ${l}`).join('\n');
    child.stdout.on('data', (c) => process.env.E2E_VERBOSE && console.log(prefix(c)));
    child.stderr.on('data', (c) => console.error(prefix(c)));
    children.push(child);
    return child;
  };
  start('api', 'node', ['dist/api/apps/api/src/main.js']);
  start('worker', 'node', ['dist/api/apps/api/src/worker.js']);
  start('web', 'npx', ['vite', 'preview', '--config', 'apps/web/vite.config.ts', '--port', String(webPort), '--strictPort', '--host', '127.0.0.1']);
  await waitFor(`http://127.0.0.1:${apiPort}/health`, 'API');
  await waitFor(`http://127.0.0.1:${workerPort}/health`, 'arbetaren');
  await waitFor(`${webUrl}/`, 'webb');
  await waitFor(`${webUrl}/health`, 'webbens proxy till API:t');

  const result = await spawnSyncInherit('npx', ['jest', '--config', 'e2e/jest.config.js', '--runInBand', ...process.argv.slice(2)], env);
  exitCode = result;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  smtp.close();
  mailbox.close();
  try {
    execFileSync('node', ['-e', `require('./dist/api/apps/api/src/infrastructure/database/create-database.js').dropDatabase(${JSON.stringify(base.toString())}).then(() => process.exit(0))`], { stdio: 'inherit' });
  } catch {
    console.error(`e2e: kunde inte ta bort databasen ${base.pathname.slice(1)}`);
  }
}
process.exit(exitCode);

function spawnSyncInherit(command, args, environment) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: environment, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
