import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The run's databases. global-setup.ts builds one (migrations and the reference seed) and leaves it
 * unused as a template; each integration worker runs its files on its own copy (`<run>_w<worker>`,
 * worker-database.ts), and a file that needs a database no other file has touched takes a copy of its
 * own (`<run>_p<random>`). global-teardown.ts drops them all.
 */
const template = () => process.env.MK_TEST_TEMPLATE_DATABASE_URL;

/** Points DATABASE_URL at the copy `suffix` of the run's template, made when missing. False outside such a run. */
async function useCopy(suffix: string): Promise<boolean> {
  const source = template();
  if (!source) return false;
  const url = new URL(source);
  const templateName = url.pathname.slice(1);
  const name = `${templateName}_${suffix}`;
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return true;
}

/** This jest worker's database and Redis prefix, shared by the files it runs one after another. */
export async function useWorkerDatabase(): Promise<void> {
  const worker = process.env.JEST_WORKER_ID ?? '1';
  if (await useCopy(`w${worker}`)) process.env.REDIS_PREFIX = `${process.env.MK_TEST_REDIS_PREFIX}:w${worker}`;
}

/**
 * A database only this file uses, as global-setup.ts left it (e.g. before any file ran the demo seed).
 * Call before TestPlatform.start.
 */
export async function usePristineDatabase(): Promise<void> {
  if (!(await useCopy(`p${randomBytes(4).toString('hex')}`))) throw new Error('usePristineDatabase: not in a run set up by global-setup.ts');
}

/** The names of the run's copies, for global-teardown.ts. */
export function isCopyOf(runDatabase: string, name: string): boolean {
  return name.startsWith(`${runDatabase}_`) && /^_(w\d+|p[0-9a-f]{8})$/.test(name.slice(runDatabase.length));
}
