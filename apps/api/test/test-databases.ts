import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The run's databases. global-setup.ts builds one (migrations and the reference seed) and leaves it
 * unused as a template; each integration test file runs on a copy of its own (`<run>_f<random>`,
 * file-database.ts) with a Redis prefix of its own, so no file sees another's rows, queues or counters
 * and the outcome does not depend on which files a jest worker happened to run before it. A copy takes
 * ~0.2 s. global-teardown.ts drops them all.
 */
/**
 * Points DATABASE_URL at a new copy of the run's template, as global-setup.ts left it, and REDIS_PREFIX at a
 * prefix under the run's. Does nothing outside a run set up by global-setup.ts (the fuzz tier uses the template).
 */
export async function useFileDatabase(): Promise<void> {
  const source = process.env.MK_TEST_TEMPLATE_DATABASE_URL;
  if (!source) return;
  const suffix = `f${randomBytes(4).toString('hex')}`;
  const url = new URL(source);
  const templateName = url.pathname.slice(1);
  const name = `${templateName}_${suffix}`;
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.REDIS_PREFIX = `${process.env.MK_TEST_REDIS_PREFIX}:${suffix}`;
}

/** The names of the run's copies, for global-teardown.ts. */
export function isCopyOf(runDatabase: string, name: string): boolean {
  return name.startsWith(`${runDatabase}_`) && /^_f[0-9a-f]{8}$/.test(name.slice(runDatabase.length));
}
