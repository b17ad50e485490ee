import Redis from 'ioredis';
import { dropDatabase } from '../src/infrastructure/database/create-database';

export default async function globalTeardown(): Promise<void> {
  if (process.env.DATABASE_URL && process.env.KEEP_TEST_DB !== '1') await dropDatabase(process.env.DATABASE_URL);
  // Remove this run's queue and rate-limit keys.
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
