import { loadConfig } from '../../infrastructure/config/app-config';
import { PasswordHasher } from './password-hasher';

const production = {
  NODE_ENV: 'production',
  JWT_SECRET: 'k3Jq9-a-real-production-secret-with-length',
  SEED_PROCESS_LEADER_EMAIL: 'pl@skr.se',
  SEED_PROCESS_LEADER_PASSWORD: 'a-real-password-for-prod',
};

describe('PasswordHasher', () => {
  it('hashes with argon2id at 64 MiB and 3 passes unless told otherwise (without config, and by default in production)', async () => {
    for (const hasher of [new PasswordHasher(), new PasswordHasher(loadConfig(production))]) {
      const hash = await hasher.hash('ett-lösenord');
      expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
      expect(await hasher.verify(hash, 'ett-lösenord')).toBe(true);
      expect(await hasher.verify(hash, 'ett-annat')).toBe(false);
    }
  });

  it('hashes at the configured cost, and verifies a hash of any cost (a stored hash carries its own)', async () => {
    const cheap = new PasswordHasher(loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_PASSES: '1' }));
    const hash = await cheap.hash('ett-lösenord');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=1024,p=4,t=1\$/);
    const strong = await new PasswordHasher().hash('ett-lösenord');
    expect(await cheap.verify(strong, 'ett-lösenord')).toBe(true);
    expect(await new PasswordHasher().verify(hash, 'ett-lösenord')).toBe(true);
    expect(await cheap.verify(null, 'ett-lösenord')).toBe(false);
  });
});
