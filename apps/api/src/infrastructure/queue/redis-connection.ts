import type { RedisOptions } from 'ioredis';

/** ioredis options from a redis:// URL. BullMQ workers need maxRetriesPerRequest: null. */
export function redisConnectionOptions(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  const db = url.pathname && url.pathname !== '/' ? Number(url.pathname.slice(1)) : 0;
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    // Keep reconnecting, but not in a tight loop, when Redis is away.
    retryStrategy: (times: number) => Math.min(times * 200, 5_000),
  };
}
