import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { redisConnectionOptions } from './redis-connection';

export const REDIS = Symbol('REDIS');

/**
 * A plain Redis client for health checks and rate limits. No offline queue: when Redis is away a
 * command fails at once instead of waiting, so /health and login answer promptly.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Redis({ ...redisConnectionOptions(config.redisUrl), enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {
    // Connection errors are reported by /health; don't crash the process on them.
    this.redis.on('error', () => undefined);
  }
  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
