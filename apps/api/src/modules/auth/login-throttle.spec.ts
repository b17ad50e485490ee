import Redis from 'ioredis';
import { AppConfig, loadConfig } from '../../infrastructure/config/app-config';
import { LoginThrottleService } from './login-throttle.service';
import { readCookie, sessionCookieName } from './session-cookie';
import { emailKey, escapeRedisGlob, minutesMessage } from './throttle-keys';

describe('login slow-down', () => {
  const redis = new Redis({ lazyConnect: true });
  const service = (overrides: Partial<AppConfig> = {}) => new LoginThrottleService(redis, { ...loadConfig({}), ...overrides });
  afterAll(() => redis.disconnect());

  it('starts at the threshold, doubles with each failure, and stops at the cap', () => {
    const throttle = service({ loginSlowdownFailuresPerEmail: 5, loginSlowdownMaxMs: 3000 });
    expect([0, 4, 5, 6, 7, 8, 9, 50, 1e6].map((failures) => throttle.delayFor(failures))).toEqual([0, 0, 250, 500, 1000, 2000, 3000, 3000, 3000]);
  });

  it('LOGIN_SLOWDOWN_MAX_MS=0 turns it off', () => {
    expect(service({ loginSlowdownMaxMs: 0 }).delayFor(100)).toBe(0);
  });
});

describe('throttling keys and messages', () => {
  it('name an e-mail by a hash, never the address itself', () => {
    expect(emailKey('karin@hedemora.se')).toMatch(/^[0-9a-f]{40}$/);
    expect(emailKey('karin@hedemora.se')).not.toBe(emailKey('karin@hedemora.se.'));
  });

  it('escape glob characters for SCAN MATCH', () => {
    expect(escapeRedisGlob('mk-[a]*?\\^')).toBe('mk-\\[a\\]\\*\\?\\\\\\^');
  });

  it('say how many minutes to wait, in Swedish', () => {
    expect(minutesMessage(10)).toBe('Försök igen om 1 minut.');
    expect(minutesMessage(14 * 60_000 + 1)).toBe('Försök igen om 15 minuter.');
  });
});

describe('the session cookie', () => {
  it('has the __Host- prefix in production only', () => {
    expect(sessionCookieName({ nodeEnv: 'production' })).toBe('__Host-mk_session');
    expect(sessionCookieName({ nodeEnv: 'development' })).toBe('mk_session');
    expect(sessionCookieName({ nodeEnv: 'test' })).toBe('mk_session');
  });

  it('is read from the Cookie header among others; absent, empty or broken is none', () => {
    expect(readCookie('a=1; mk_session=abc.def-ghi_j; b=2', 'mk_session')).toBe('abc.def-ghi_j');
    expect(readCookie('xmk_session=1; mk_session="q"', 'mk_session')).toBe('q');
    expect(readCookie('a=1', 'mk_session')).toBeNull();
    expect(readCookie(undefined, 'mk_session')).toBeNull();
    expect(readCookie('mk_session=', 'mk_session')).toBeNull();
    expect(readCookie('mk_session=%E0%A4%A', 'mk_session')).toBeNull();
  });
});
