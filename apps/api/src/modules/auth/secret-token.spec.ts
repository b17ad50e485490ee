import { hashSecretToken, newSecretToken } from './secret-token';

describe('secret tokens', () => {
  it('are 256-bit, URL-safe, and stored only as a SHA-256 hash', () => {
    const { token, hash } = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecretToken(token)).toBe(hash);
    expect(newSecretToken().token).not.toBe(token);
  });
});
