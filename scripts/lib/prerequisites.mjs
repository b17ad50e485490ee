// What `npm start` and `npm test` need before they can run, set up the same way for both:
//   - the npm dependencies: `npm ci` when node_modules is missing or older than package-lock.json;
//   - PostgreSQL and Redis: started when they are installed locally but not running;
//   - otherwise one message that says what is missing and the exact command that installs it.
// Plain Node (no dependencies), so it works on a fresh clone before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The README's own headings, so that a message points somewhere real (checked by scripts/lib/prerequisites.test.mjs). */
export const README_PREREQUISITES = 'Prerequisites';
export const README_DOCKER = 'With Docker';

export const INSTALL_HELP = [
  'Installera det som saknas och kör kommandot igen:',
  '  Debian/Ubuntu:     sudo apt-get install -y postgresql redis-server',
  '  macOS (Homebrew):  brew install postgresql@16 redis && brew services start postgresql@16 && brew services start redis',
  `  eller allt i containrar: docker compose up (README, "${README_DOCKER}")`,
  `Se README, "${README_PREREQUISITES}".`,
].join('\n');

const root = new URL('../..', import.meta.url).pathname;

export class PrerequisiteError extends Error {}

export function canConnect(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function waitForPort(port, host, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await canConnect(port, host)) return true;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

function parseUrl(value, fallback) {
  try {
    return new URL(value ?? fallback);
  } catch {
    return new URL(fallback);
  }
}

const isLocal = (host) => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a command as root when it needs to (directly as root, else `sudo -n`, never prompting). */
function runAsRoot(command, args) {
  const [cmd, argv] = isRoot() ? [command, args] : ['sudo', ['-n', command, ...args]];
  if (!isRoot() && !has('sudo')) return false;
  return spawnSync(cmd, argv, { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

/**
 * `npm ci` when node_modules is missing or older than package-lock.json (npm writes
 * node_modules/.package-lock.json at the end of every install).
 */
export function ensureDependencies({ log = console.log } = {}) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const reason = !existsSync(marker)
    ? 'node_modules saknas'
    : statSync(lock).mtimeMs > statSync(marker).mtimeMs
      ? 'package-lock.json är nyare än node_modules'
      : undefined;
  if (!reason) return false;
  log(`${reason}: kör npm ci …`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new PrerequisiteError(
      'npm ci misslyckades (se utskriften ovan). Om package.json har ändrats: npm install, och checka in package-lock.json.',
    );
  }
  return true;
}

/** Tries to start a locally installed but stopped PostgreSQL: Debian's clusters, or Homebrew's service. */
function startPostgres() {
  if (has('pg_ctlcluster') && existsSync('/etc/postgresql')) {
    const versions = readdirSync('/etc/postgresql').filter((v) => existsSync(`/etc/postgresql/${v}/main`));
    const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
    if (newest) return runAsRoot('pg_ctlcluster', ['--skip-systemctl-redirect', newest, 'main', 'start']);
  }
  if (has('brew')) {
    const formulas = spawnSync('brew', ['list', '--formula'], { encoding: 'utf8' }).stdout ?? '';
    const formula = formulas.split(/\s+/).filter((f) => /^postgresql(@\d+)?$/.test(f)).sort().at(-1);
    if (formula) return spawnSync('brew', ['services', 'start', formula], { stdio: 'ignore' }).status === 0;
  }
  return false;
}

/** Starts a locally installed Redis as a daemon that keeps nothing on disk (only queues in flight are lost). */
function startRedis(port) {
  if (!has('redis-server')) return false;
  const dir = tmpdir();
  const result = spawnSync(
    'redis-server',
    ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--logfile', join(dir, `modellkommuner-redis-${port}.log`)],
    { stdio: 'ignore' },
  );
  return result.status === 0;
}

/** PostgreSQL and Redis answer on the configured addresses, or this throws one message naming what is missing. */
export async function ensureServices({ log = console.log, env = process.env } = {}) {
  const db = parseUrl(env.DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/modellkommuner');
  const redis = parseUrl(env.REDIS_URL, 'redis://127.0.0.1:6379');
  const services = [
    { name: 'PostgreSQL', host: db.hostname, port: Number(db.port || 5432), start: () => startPostgres() },
    { name: 'Redis', host: redis.hostname, port: Number(redis.port || 6379), start: (port) => startRedis(port) },
  ];
  const missing = [];
  for (const service of services) {
    if (await canConnect(service.port, service.host)) continue;
    if (isLocal(service.host)) {
      log(`${service.name} svarar inte på ${service.host}:${service.port}: försöker starta den …`);
      if (service.start(service.port) && (await waitForPort(service.port, service.host, 30))) {
        log(`${service.name} startad.`);
        continue;
      }
    }
    missing.push(`${service.name} svarar inte på ${service.host}:${service.port}${isLocal(service.host) ? ' och kunde inte startas här' : ''}.`);
  }
  if (missing.length > 0) throw new PrerequisiteError(`${missing.join('\n')}\n${INSTALL_HELP}`);
}

/** The browser tier drives Debian's Chromium (CHROMIUM_PATH overrides where it is). */
export function ensureChromium(env = process.env) {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  throw new PrerequisiteError(
    [
      `Webbläsartesterna behöver Chromium (${path} finns inte).`,
      '  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-dejavu-core fonts-liberation',
      '  annars:         CHROMIUM_PATH=/sökväg/till/chromium npm test, eller SKIP_E2E=1 npm test för att hoppa över dem',
      `Se README, "${README_PREREQUISITES}".`,
    ].join('\n'),
  );
}

/** Runs fn, printing a PrerequisiteError as one message and exiting 1 (anything else is a bug: rethrown). */
export async function orExit(fn) {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof PrerequisiteError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

