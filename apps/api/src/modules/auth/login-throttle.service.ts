import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { AppError, TooManyRequests } from '../../infrastructure/errors/app-error';
import { REDIS } from '../../infrastructure/queue/redis.module';
import { emailKey, escapeRedisGlob, minutesMessage } from './throttle-keys';

/** The first slowed-down login waits this long; each further failure doubles it, up to LOGIN_SLOWDOWN_MAX_MS. */
const FIRST_DELAY_MS = 250;

export interface FailureOutcome {
  /** True once per window, when the failures for the e-mail first reach the slow-down threshold. */
  noticeDue: boolean;
}

/**
 * Failed logins, counted in Redis (rate-limiter-flexible) three ways within LOGIN_FAILURE_WINDOW_SECONDS:
 *
 * - per client address (any e-mails) and per (e-mail, client address): when full, logins from that
 *   address (for that e-mail) are refused with TOO_MANY_REQUESTS, even with the right password, until
 *   the window passes — otherwise a guesser would learn when it hit;
 * - per e-mail alone (from anywhere): never refused, so a stranger cannot lock the owner out. Past the
 *   threshold every login for the e-mail — the right password too, so a guesser cannot cut the wait
 *   short to learn it was wrong — is answered after a delay that doubles with each failure (capped at a
 *   few seconds), and the owner is told by mail once per window.
 *
 * Successful logins are never counted and clear their (e-mail, address) pair. A password reset lifts
 * every counter of the e-mail. E-mails are hashed in the keys: Redis holds no addresses. Should Redis
 * be away, logins go on unthrottled (and /health reports the outage) rather than lock everyone out.
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger(LoginThrottleService.name);
  private readonly byAddress: RateLimiterRedis;
  private readonly byPair: RateLimiterRedis;
  private readonly byEmail: RateLimiterRedis;
  /** One point per window and e-mail: the owner is mailed once per window. */
  private readonly notices: RateLimiterRedis;
  private readonly pairPrefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const duration = config.loginFailureWindowSeconds;
    const limiter = (name: string, points: number) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.redisPrefix}:login-fail:${name}`, points, duration });
    this.byAddress = limiter('address', config.loginMaxFailuresPerAddress);
    this.byPair = limiter('pair', config.loginMaxFailuresPerEmailAndAddress);
    this.byEmail = limiter('email', config.loginSlowdownFailuresPerEmail);
    this.notices = limiter('notice', 1);
    this.pairPrefix = `${config.redisPrefix}:login-fail:pair`;
  }

  /** Refuses a refused address or pair; otherwise waits as long as the e-mail's failures ask. */
  async beforeAttempt(email: string, address: string): Promise<void> {
    const key = emailKey(email);
    let delayMs = 0;
    try {
      const [addressRes, pairRes, emailRes] = await Promise.all([
        this.byAddress.get(address),
        this.byPair.get(pairKey(key, address)),
        this.byEmail.get(key),
      ]);
      const full = [
        { res: addressRes, points: this.byAddress.points },
        { res: pairRes, points: this.byPair.points },
      ].flatMap(({ res, points }) => (res && res.consumedPoints >= points ? [res] : []));
      if (full.length > 0) {
        const waitMs = Math.max(...full.map((res) => res.msBeforeNext));
        throw TooManyRequests(`För många misslyckade inloggningsförsök. ${minutesMessage(waitMs)}`);
      }
      delayMs = this.delayFor(emailRes?.consumedPoints ?? 0);
    } catch (error) {
      if (error instanceof AppError) throw error;
      this.logger.warn(`Inloggningsspärren kunde inte läsas: ${String(error)}`);
    }
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  }

  /** How long a login waits after `failures` failures for its e-mail in the window. */
  delayFor(failures: number): number {
    const over = failures - this.config.loginSlowdownFailuresPerEmail;
    if (over < 0 || this.config.loginSlowdownMaxMs === 0) return 0;
    return Math.min(this.config.loginSlowdownMaxMs, FIRST_DELAY_MS * 2 ** Math.min(over, 20));
  }

  async recordFailure(email: string, address: string): Promise<FailureOutcome> {
    const key = emailKey(email);
    try {
      const [, , emailRes] = await Promise.all([
        this.byAddress.penalty(address, 1),
        this.byPair.penalty(pairKey(key, address), 1),
        this.byEmail.penalty(key, 1),
      ]);
      if (emailRes.consumedPoints < this.config.loginSlowdownFailuresPerEmail) return { noticeDue: false };
      const notice = await this.notices.penalty(key, 1);
      return { noticeDue: notice.consumedPoints === 1 };
    } catch (error) {
      this.logger.warn(`Misslyckad inloggning kunde inte räknas: ${String(error)}`);
      return { noticeDue: false };
    }
  }

  /** A successful login forgets the failures of its (e-mail, address) pair. */
  async recordSuccess(email: string, address: string): Promise<void> {
    try {
      await this.byPair.delete(pairKey(emailKey(email), address));
    } catch (error) {
      this.logger.warn(`Inloggningsspärren kunde inte nollställas: ${String(error)}`);
    }
  }

  /** After a password reset: the e-mail's own counter, its notice and every (e-mail, address) pair. */
  async liftForEmail(email: string): Promise<void> {
    const key = emailKey(email);
    try {
      await Promise.all([this.byEmail.delete(key), this.notices.delete(key)]);
      // Pairs are keyed by the e-mail's hash first; a reset is rare, so a SCAN is affordable.
      const match = `${escapeRedisGlob(`${this.pairPrefix}:${key}:`)}*`;
      let cursor = '0';
      do {
        const [next, keys] = await this.redis.scan(cursor, 'MATCH', match, 'COUNT', 1000);
        if (keys.length) await this.redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } catch (error) {
      this.logger.warn(`Inloggningsspärren kunde inte hävas: ${String(error)}`);
    }
  }
}

function pairKey(emailHash: string, address: string): string {
  return `${emailHash}:${address}`;
}
