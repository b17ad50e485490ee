import { createHash, randomBytes } from 'node:crypto';

/** A single-use secret for a link: 256 random bits, URL-safe. Only its hash is stored. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

/** SHA-256 is enough here: the token has 256 bits of entropy, so nothing is gained by a slow hash. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
