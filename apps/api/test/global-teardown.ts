import Redis from 'ioredis';
import { Client } from 'pg';
import { dropDatabase } from '../src/infrastructure/database/create-database';
import { isCopyOf } from './test-databases';

export default async function globalTeardown(): Promise<void> {
  if (process.env.DATABASE_URL && process.env.KEEP_TEST_DB !== '1') {
    // The run's database and its copies (test-databases.ts).
    const url = new URL(process.env.DATABASE_URL);
    const name = url.pathname.slice(1);
    url.pathname = '/postgres';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    let copies: string[];
    try {
      const rows = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [`${name}_`]);
      copies = rows.rows.map((row) => row.datname).filter((datname) => isCopyOf(name, datname));
    } finally {
      await client.end();
    }
    for (const copy of copies) {
      url.pathname = `/${copy}`;
      await dropDatabase(url.toString());
    }
    await dropDatabase(process.env.DATABASE_URL);
  }
  // Remove this run's queue and rate-limit keys (the workers' prefixes start with the run's).
  const prefix = process.env.REDIS_PREFIX;
  if (!prefix) return;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
