import { Client } from 'pg';

/**
 * The integration tier runs its files in parallel (jest.int.config.js): each jest worker gets its own
 * copy of the run's database and its own Redis prefix, so that files of different workers never see each
 * other's rows, queues or counters. global-setup.ts builds the run's database once (migrations and the
 * reference seed) and leaves it unused as the copies' template; global-teardown.ts drops them all.
 *
 * Runs before each test file's own hooks (setupFilesAfterEnv), so TestPlatform and everything a file
 * starts (worker processes included) read this worker's DATABASE_URL and REDIS_PREFIX.
 */
beforeAll(async () => {
  const template = process.env.MK_TEST_TEMPLATE_DATABASE_URL;
  if (!template) return; // not a run set up by global-setup.ts
  const worker = process.env.JEST_WORKER_ID ?? '1';
  const url = new URL(template);
  const templateName = url.pathname.slice(1);
  const name = `${templateName}_w${worker}`;
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
  process.env.REDIS_PREFIX = `${process.env.MK_TEST_REDIS_PREFIX}:w${worker}`;
});
