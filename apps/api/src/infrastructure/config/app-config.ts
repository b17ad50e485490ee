/**
 * The one place that reads process.env. Everything else receives an AppConfig.
 * Bad configuration stops start-up with a message naming the variable.
 */
export type NodeEnv = 'development' | 'test' | 'production';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix for BullMQ keys and rate-limit keys, so parallel test runs never share state. */
  redisPrefix: string;
  publicApiUrl: string;
  publicWebUrl: string;
  smtpUrl: string;
  mailFrom: string;
  /**
   * The open data's contact point (the DCAT catalogue's `dcat:contactPoint`): a mailbox someone reads.
   * Defaults to MAIL_FROM's address, which is often a no-reply address — set it in production.
   */
  openDataContactEmail: string;
  jwtSecret: string;
  /** Lifetime of a login token, in seconds. */
  tokenTtlSeconds: number;
  koladaBaseUrl: string;
  /** How long one Kolada request may take before it is retried, in milliseconds. */
  koladaTimeoutMs: number;
  /** The first pause before a Kolada request is retried (doubling each time), in milliseconds. */
  koladaRetryDelayMs: number;
  seedProcessLeaderEmail: string;
  seedProcessLeaderPassword: string;
  /** Failed logins from one client address (any e-mails) before that address is refused for the window. */
  loginMaxFailuresPerAddress: number;
  /** Failed logins for one e-mail from one client address before that pair is refused for the window. */
  loginMaxFailuresPerEmailAndAddress: number;
  /**
   * Failed logins for one e-mail from anywhere before its logins are answered slowly (never refused, so
   * a stranger cannot lock the owner out) and the owner is told by mail, once per window.
   */
  loginSlowdownFailuresPerEmail: number;
  /** The longest that slowing down makes a login for such an e-mail wait, in milliseconds. */
  loginSlowdownMaxMs: number;
  loginFailureWindowSeconds: number;
  /** Failed uses of password-reset and invitation links from one client address per login-failure window. */
  linkMaxFailuresPerAddress: number;
  /** Password-reset requests per e-mail, and per client address, per hour. */
  passwordResetMaxPerEmail: number;
  passwordResetMaxPerAddress: number;
  /** Hosts allowed to call the API from a browser, besides PUBLIC_WEB_URL. */
  corsOrigins: string[];
  /** When true the proxy's X-Forwarded-For decides the client address used by throttling. */
  trustProxy: boolean;
  /** The worker's health endpoint (`GET /health`), 0 for none. */
  workerPort: number;
  /** How often the worker's relay hands due reminders from PostgreSQL to BullMQ, in milliseconds (0: never). */
  reminderRelayIntervalMs: number;
  /**
   * How long after it fell due a reminder that is still waiting (its job lost with Redis, or it fell due
   * while the worker was down) is queued again, in milliseconds; the check runs every twice that, at most
   * every minute. The default suits production; tests shorten it.
   */
  reminderOverdueGraceMs: number;
  /** Reminders the worker delivers at once. */
  reminderConcurrency: number;
  /** argon2id's cost for new password hashes (PasswordHasher); a stored hash carries its own. */
  passwordHashCost: PasswordHashCost;
}

/** argon2id's memory (KiB) and passes. */
export interface PasswordHashCost {
  memoryKib: number;
  passes: number;
}

/** The argon2 library's defaults, and what every deployment uses unless told otherwise: 64 MiB, 3 passes. */
export const DEFAULT_PASSWORD_HASH_COST: PasswordHashCost = { memoryKib: 65536, passes: 3 };
/**
 * The least a deployment may set: OWASP's smallest argon2id setting (19 MiB, 2 passes). Only
 * NODE_ENV=test may go lower (the test tiers hash thousands of passwords; docs/security.md).
 */
export const LEAST_PASSWORD_HASH_COST: PasswordHashCost = { memoryKib: 19456, passes: 2 };
/** The least NODE_ENV=test accepts, and what the test tiers use (apps/api/test/password-cost.ts). */
export const LEAST_TEST_PASSWORD_HASH_COST: PasswordHashCost = { memoryKib: 1024, passes: 1 };

export const DEVELOPMENT_JWT_SECRET = 'development-only-secret-change-me-0123456789';
/** Values that must never protect a production deployment. */
const KNOWN_WEAK_SECRETS = new Set([DEVELOPMENT_JWT_SECRET, 'secret', 'changeme', 'change-me', 'jwt-secret', 'CHANGE_ME']);
const DEV_SEED_EMAIL = 'processledare@skr.se';
const DEV_SEED_PASSWORD = 'modell-demo-2026';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ogiltig konfiguration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const str = (name: string, fallback?: string): string => {
    const value = env[name]?.trim();
    if (value) return value;
    if (fallback === undefined) {
      problems.push(`${name} saknas`);
      return '';
    }
    return fallback;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} måste vara ett heltal mellan ${min} och ${max} (fick "${raw}")`);
      return fallback;
    }
    return value;
  };
  const url = (name: string, fallback: string | undefined, protocols: string[]): string => {
    const value = str(name, fallback);
    if (!value) return value;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} måste börja med ${protocols.join(' eller ')} (fick "${value}")`);
      }
    } catch {
      problems.push(`${name} är ingen giltig URL (fick "${value}")`);
    }
    return value.replace(/\/+$/, '');
  };

  const nodeEnvRaw = str('NODE_ENV', 'development');
  let nodeEnv: NodeEnv = 'development';
  if (nodeEnvRaw === 'development' || nodeEnvRaw === 'test' || nodeEnvRaw === 'production') {
    nodeEnv = nodeEnvRaw;
  } else {
    problems.push(`NODE_ENV måste vara development, test eller production (fick "${nodeEnvRaw}")`);
  }
  const production = nodeEnv === 'production';
  const leastHashCost = nodeEnv === 'test' ? LEAST_TEST_PASSWORD_HASH_COST : LEAST_PASSWORD_HASH_COST;

  const jwtSecret = str('JWT_SECRET', production ? undefined : DEVELOPMENT_JWT_SECRET);
  if (production && jwtSecret) {
    if (KNOWN_WEAK_SECRETS.has(jwtSecret) || /^<.*>$/.test(jwtSecret)) {
      problems.push('JWT_SECRET har ett känt standardvärde; sätt en egen hemlighet (minst 32 tecken)');
    } else if (jwtSecret.length < 32) {
      problems.push('JWT_SECRET måste ha minst 32 tecken i produktion');
    }
  }

  const seedEmail = str('SEED_PROCESS_LEADER_EMAIL', production ? undefined : DEV_SEED_EMAIL);
  const seedPassword = str('SEED_PROCESS_LEADER_PASSWORD', production ? undefined : DEV_SEED_PASSWORD);
  if (production && seedPassword === DEV_SEED_PASSWORD) {
    problems.push('SEED_PROCESS_LEADER_PASSWORD har utvecklingsvärdet; välj ett eget lösenord i produktion');
  }

  // Until issue 14 this refused every login for an e-mail after N failures, which let a stranger lock
  // its owner out. A deployment still setting it must learn that the setting no longer does that.
  if (env.LOGIN_MAX_FAILURES_PER_EMAIL?.trim()) {
    problems.push(
      'LOGIN_MAX_FAILURES_PER_EMAIL finns inte längre: använd LOGIN_SLOWDOWN_FAILURES_PER_EMAIL (inloggningen blir långsammare, spärras aldrig) och LOGIN_MAX_FAILURES_PER_EMAIL_AND_ADDRESS (spärr per e-post och klientadress)',
    );
  }

  const publicWebUrl = url('PUBLIC_WEB_URL', 'http://localhost:4200', ['http:', 'https:']);
  const mailFrom = str('MAIL_FROM', 'Modellkommuner <no-reply@localhost>');
  const openDataContactEmail = str('OPEN_DATA_CONTACT_EMAIL', addressOf(mailFrom));
  if (!/^[^\s@<>"]+@[^\s@<>"]+$/.test(openDataContactEmail)) {
    problems.push(`OPEN_DATA_CONTACT_EMAIL måste vara en e-postadress (fick "${openDataContactEmail}")`);
  }
  const config: AppConfig = {
    nodeEnv,
    port: int('PORT', 3000, 1, 65535),
    databaseUrl: url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/modellkommuner', ['postgres:', 'postgresql:']),
    redisUrl: url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    redisPrefix: str('REDIS_PREFIX', 'mk'),
    publicApiUrl: url('PUBLIC_API_URL', 'http://localhost:3000', ['http:', 'https:']),
    publicWebUrl,
    smtpUrl: url('SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp:', 'smtps:']),
    mailFrom,
    openDataContactEmail,
    jwtSecret,
    tokenTtlSeconds: int('TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    koladaBaseUrl: url('KOLADA_BASE_URL', 'https://api.kolada.se/v3', ['http:', 'https:']),
    koladaTimeoutMs: int('KOLADA_TIMEOUT_MS', 10000, 50, 120000),
    koladaRetryDelayMs: int('KOLADA_RETRY_DELAY_MS', 1000, 1, 60000),
    seedProcessLeaderEmail: seedEmail,
    seedProcessLeaderPassword: seedPassword,
    loginMaxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 30, 1, 100000),
    loginMaxFailuresPerEmailAndAddress: int('LOGIN_MAX_FAILURES_PER_EMAIL_AND_ADDRESS', 5, 1, 1000),
    loginSlowdownFailuresPerEmail: int('LOGIN_SLOWDOWN_FAILURES_PER_EMAIL', 5, 1, 100000),
    loginSlowdownMaxMs: int('LOGIN_SLOWDOWN_MAX_MS', 3000, 0, 10000),
    loginFailureWindowSeconds: int('LOGIN_FAILURE_WINDOW_SECONDS', 15 * 60, 1, 24 * 3600),
    linkMaxFailuresPerAddress: int('LINK_MAX_FAILURES_PER_ADDRESS', 10, 1, 100000),
    passwordResetMaxPerEmail: int('PASSWORD_RESET_MAX_PER_EMAIL', 3, 1, 100000),
    passwordResetMaxPerAddress: int('PASSWORD_RESET_MAX_PER_ADDRESS', 20, 1, 100000),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    trustProxy: (env.TRUST_PROXY ?? '').trim() === 'true',
    workerPort: int('WORKER_PORT', 3001, 0, 65535),
    reminderRelayIntervalMs: int('REMINDER_RELAY_INTERVAL_MS', 1000, 0, 600000),
    reminderOverdueGraceMs: int('REMINDER_OVERDUE_GRACE_MS', 30000, 1000, 3600000),
    reminderConcurrency: int('REMINDER_CONCURRENCY', 20, 1, 200),
    passwordHashCost: {
      memoryKib: int('PASSWORD_HASH_MEMORY_KIB', DEFAULT_PASSWORD_HASH_COST.memoryKib, leastHashCost.memoryKib, 4 * 1024 * 1024),
      passes: int('PASSWORD_HASH_PASSES', DEFAULT_PASSWORD_HASH_COST.passes, leastHashCost.passes, 20),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The address in a From value: "Modellkommuner <no-reply@localhost>" → "no-reply@localhost". */
function addressOf(from: string): string {
  return (/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).trim();
}
