import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { AppError, TooManyRequests } from '../../infrastructure/errors/app-error';
import { REDIS } from '../../infrastructure/queue/redis.module';

/**
 * Counts failed logins per e-mail and per client address in Redis (rate-limiter-flexible).
 * Successful logins are never counted. While either counter is full, logins for that e-mail or
 * from that address are refused with TOO_MANY_REQUESTS, even with the right password, until the
 * window passes: otherwise a guesser would learn when it hit.
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger(LoginThrottleService.name);
  private readonly byEmail: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.byEmail = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.redisPrefix}:login-fail:email`,
      points: config.loginMaxFailuresPerEmail,
      duration: config.loginFailureWindowSeconds,
    });
    this.byAddress = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.redisPrefix}:login-fail:address`,
      points: config.loginMaxFailuresPerAddress,
      duration: config.loginFailureWindowSeconds,
    });
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    try {
      const [emailRes, addressRes] = await Promise.all([this.byEmail.get(email), this.byAddress.get(address)]);
      const blocked = [
        [emailRes, this.byEmail.points],
        [addressRes, this.byAddress.points],
      ].filter(([res, points]) => res && typeof res === 'object' && res.consumedPoints >= (points as number));
      if (blocked.length > 0) {
        const waitMs = Math.max(...blocked.map(([res]) => (res as { msBeforeNext: number }).msBeforeNext));
        const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
        throw TooManyRequests(`För många misslyckade inloggningsförsök. Försök igen om ${minutes} minut${minutes === 1 ? '' : 'er'}.`);
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      // Redis away: let the login proceed rather than lock everyone out; /health reports the outage.
      this.logger.warn(`Inloggningsspärren kunde inte läsas: ${String(error)}`);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    try {
      await Promise.all([this.byEmail.penalty(email, 1), this.byAddress.penalty(address, 1)]);
    } catch (error) {
      this.logger.warn(`Misslyckad inloggning kunde inte räknas: ${String(error)}`);
    }
  }
}
