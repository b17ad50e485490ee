import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { AppError, TooManyRequests } from '../../infrastructure/errors/app-error';
import { REDIS } from '../../infrastructure/queue/redis.module';
import { emailKey, minutesMessage } from './throttle-keys';

const HOUR_SECONDS = 3600;

/**
 * Throttles the mailed links, in Redis like the login throttle:
 *
 * - failed uses of a password-reset or invitation link (unknown, used, expired or revoked) per client
 *   address within LOGIN_FAILURE_WINDOW_SECONDS: when full, that address may not use any link until the
 *   window passes (LINK_MAX_FAILURES_PER_ADDRESS);
 * - requests for a reset link per e-mail and per client address per hour (PASSWORD_RESET_MAX_PER_EMAIL,
 *   PASSWORD_RESET_MAX_PER_ADDRESS): every request counts, whether or not an account has the address,
 *   so the answer tells nothing about that.
 *
 * Should Redis be away, the requests go on unthrottled rather than fail (/health reports the outage).
 */
@Injectable()
export class LinkThrottleService {
  private readonly logger = new Logger(LinkThrottleService.name);
  private readonly linkFailures: RateLimiterRedis;
  private readonly resetsByEmail: RateLimiterRedis;
  private readonly resetsByAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.redisPrefix}:${name}`, points, duration });
    this.linkFailures = limiter('link-fail:address', config.linkMaxFailuresPerAddress, config.loginFailureWindowSeconds);
    this.resetsByEmail = limiter('reset-request:email', config.passwordResetMaxPerEmail, HOUR_SECONDS);
    this.resetsByAddress = limiter('reset-request:address', config.passwordResetMaxPerAddress, HOUR_SECONDS);
  }

  /**
   * Uses a mailed link: refuses an address whose failed uses fill the window before `work` looks the
   * token up, and counts a failure when `work` rejects the link (NOT_FOUND, CONFLICT).
   */
  async guardLinkUse<T>(address: string, work: () => Promise<T>): Promise<T> {
    await this.assertLinkAllowed(address);
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'CONFLICT')) await this.recordLinkFailure(address);
      throw error;
    }
  }

  private async assertLinkAllowed(address: string): Promise<void> {
    try {
      const res = await this.linkFailures.get(address);
      if (res && res.consumedPoints >= this.linkFailures.points) {
        throw TooManyRequests(`För många försök med ogiltiga länkar. ${minutesMessage(res.msBeforeNext)}`);
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      this.logger.warn(`Spärren för länkar kunde inte läsas: ${String(error)}`);
    }
  }

  private async recordLinkFailure(address: string): Promise<void> {
    try {
      await this.linkFailures.penalty(address, 1);
    } catch (error) {
      this.logger.warn(`Misslyckad länk kunde inte räknas: ${String(error)}`);
    }
  }

  /** Counts a reset request; refuses it when the e-mail's or the address's hour is full. */
  async consumeResetRequest(email: string, address: string): Promise<void> {
    const results = await Promise.allSettled([this.resetsByEmail.consume(emailKey(email)), this.resetsByAddress.consume(address)]);
    const refused = results.flatMap((r) => (r.status === 'rejected' && r.reason instanceof RateLimiterRes ? [r.reason] : []));
    for (const r of results) {
      if (r.status === 'rejected' && !(r.reason instanceof RateLimiterRes)) this.logger.warn(`Spärren för återställning kunde inte läsas: ${String(r.reason)}`);
    }
    if (refused.length > 0) {
      const waitMs = Math.max(...refused.map((res) => res.msBeforeNext));
      throw TooManyRequests(`För många begäranden om nytt lösenord. ${minutesMessage(waitMs)}`);
    }
  }
}
