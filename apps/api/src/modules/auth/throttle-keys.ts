import { createHash } from 'node:crypto';

/** Throttling keys name an e-mail by its hash: no addresses sit in Redis. */
export function emailKey(email: string): string {
  return createHash('sha256').update(email, 'utf8').digest('hex').slice(0, 40);
}

/** Escapes Redis glob characters, for SCAN MATCH over a literal prefix. */
export function escapeRedisGlob(text: string): string {
  return text.replace(/[*?[\]\\^]/g, (c) => `\\${c}`);
}

/** "Försök igen om 15 minuter." for a wait in milliseconds (at least one minute). */
export function minutesMessage(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return `Försök igen om ${minutes} minut${minutes === 1 ? '' : 'er'}.`;
}
