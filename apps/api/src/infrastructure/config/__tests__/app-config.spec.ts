import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from '../app-config';

const production = {
  NODE_ENV: 'production',
  JWT_SECRET: 'k3Jq9-a-real-production-secret-with-length',
  SEED_PROCESS_LEADER_EMAIL: 'pl@skr.se',
  SEED_PROCESS_LEADER_PASSWORD: 'a-real-password-for-prod',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('configuration', () => {
  it('has working development defaults (README, Configuration)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/modellkommuner',
      redisUrl: 'redis://127.0.0.1:6379',
      publicApiUrl: 'http://localhost:3000',
      publicWebUrl: 'http://localhost:4200',
      smtpUrl: 'smtp://127.0.0.1:1025',
      mailFrom: 'Modellkommuner <no-reply@localhost>',
      koladaBaseUrl: 'https://api.kolada.se/v3',
      seedProcessLeaderEmail: 'processledare@skr.se',
      seedProcessLeaderPassword: 'modell-demo-2026',
    });
  });

  it('accepts a complete production configuration', () => {
    expect(loadConfig(production).nodeEnv).toBe('production');
  });

  it('refuses production without JWT_SECRET, naming it', () => {
    const { JWT_SECRET: _omitted, ...env } = production;
    expect(problemsOf(env)).toEqual(['JWT_SECRET saknas']);
  });

  it('refuses production with a known default or short JWT_SECRET', () => {
    expect(problemsOf({ ...production, JWT_SECRET: DEVELOPMENT_JWT_SECRET })[0]).toMatch(/^JWT_SECRET har ett känt standardvärde/);
    expect(problemsOf({ ...production, JWT_SECRET: '<at least 32 random characters>' })[0]).toMatch(/^JWT_SECRET/);
    expect(problemsOf({ ...production, JWT_SECRET: 'short' })).toEqual(['JWT_SECRET måste ha minst 32 tecken i produktion']);
  });

  it('requires the seed process leader in production, and not the development password', () => {
    expect(problemsOf({ ...production, SEED_PROCESS_LEADER_PASSWORD: '' })).toEqual(['SEED_PROCESS_LEADER_PASSWORD saknas']);
    expect(problemsOf({ ...production, SEED_PROCESS_LEADER_PASSWORD: 'modell-demo-2026' })[0]).toMatch(/^SEED_PROCESS_LEADER_PASSWORD/);
  });

  it('has throttling defaults, and refuses the removed LOGIN_MAX_FAILURES_PER_EMAIL with what replaced it', () => {
    expect(loadConfig({})).toMatchObject({
      loginMaxFailuresPerAddress: 30,
      loginMaxFailuresPerEmailAndAddress: 5,
      loginSlowdownFailuresPerEmail: 5,
      loginSlowdownMaxMs: 3000,
      loginFailureWindowSeconds: 900,
      linkMaxFailuresPerAddress: 10,
      passwordResetMaxPerEmail: 3,
      passwordResetMaxPerAddress: 20,
    });
    const [problem] = problemsOf({ LOGIN_MAX_FAILURES_PER_EMAIL: '5' });
    expect(problem).toMatch(/^LOGIN_MAX_FAILURES_PER_EMAIL finns inte längre: använd LOGIN_SLOWDOWN_FAILURES_PER_EMAIL .* LOGIN_MAX_FAILURES_PER_EMAIL_AND_ADDRESS/);
    expect(problemsOf({ LOGIN_MAX_FAILURES_PER_EMAIL: '' })).toEqual([]);
  });

  it("keeps argon2id's cost at OWASP's least or more, except under NODE_ENV=test", () => {
    expect(loadConfig({}).passwordHashCost).toEqual({ memoryKib: 65536, passes: 3 });
    expect(loadConfig({ ...production, PASSWORD_HASH_MEMORY_KIB: '19456', PASSWORD_HASH_PASSES: '2' }).passwordHashCost).toEqual({ memoryKib: 19456, passes: 2 });
    for (const env of [production, { NODE_ENV: 'development' }]) {
      expect(problemsOf({ ...env, PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_PASSES: '1' }).map((p) => p.split(' ')[0])).toEqual([
        'PASSWORD_HASH_MEMORY_KIB',
        'PASSWORD_HASH_PASSES',
      ]);
    }
    expect(loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_PASSES: '1' }).passwordHashCost).toEqual({ memoryKib: 1024, passes: 1 });
    expect(problemsOf({ NODE_ENV: 'test', PASSWORD_HASH_MEMORY_KIB: '512' })[0]).toMatch(/^PASSWORD_HASH_MEMORY_KIB måste vara ett heltal mellan 1024/);
  });

  it('names each malformed variable', () => {
    const problems = problemsOf({ PORT: 'abc', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', REDIS_URL: 'not a url' });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['NODE_ENV', 'PORT', 'DATABASE_URL', 'REDIS_URL']);
  });
});
