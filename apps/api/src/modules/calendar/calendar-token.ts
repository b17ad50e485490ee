import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The calendar feed's token is derived, never stored:
 *
 *   base64url(the user id's 16 bytes) + '.' + base64url(HMAC-SHA256(secret, 'calendar:' + userId + ':' + version)[0..24])
 *
 * The first part tells the server whose row to read; the MAC proves the URL was issued by this server for
 * that user at that token version. Bumping `users.calendar_token_version` makes every earlier URL fail,
 * and changing the secret (JWT_SECRET) ends them all. 192 bits of MAC are far beyond guessing.
 */
const MAC_BYTES = 24;
const USER_PART = /^[A-Za-z0-9_-]{22}$/; // 16 bytes
const MAC_PART = /^[A-Za-z0-9_-]{32}$/; // 24 bytes
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function mac(secret: string, userId: string, version: number): Buffer {
  return createHmac('sha256', secret).update(`calendar:${userId.toLowerCase()}:${version}`, 'utf8').digest().subarray(0, MAC_BYTES);
}

export function calendarToken(secret: string, userId: string, version: number): string {
  if (!UUID.test(userId)) throw new Error(`not a user id: ${userId}`);
  const idBytes = Buffer.from(userId.replace(/-/g, ''), 'hex');
  return `${idBytes.toString('base64url')}.${mac(secret, userId, version).toString('base64url')}`;
}

export interface ParsedCalendarToken {
  userId: string;
  mac: Buffer;
}

/**
 * The user id a token names, or null when it is not a well-formed token. Says nothing about its validity:
 * that takes the user's row (verifyCalendarToken). Only canonical encodings pass, so one user's token has
 * exactly one spelling.
 */
export function parseCalendarToken(token: string): ParsedCalendarToken | null {
  const [userPart, macPart, ...rest] = token.split('.');
  if (rest.length || !userPart || !macPart || !USER_PART.test(userPart) || !MAC_PART.test(macPart)) return null;
  const idBytes = Buffer.from(userPart, 'base64url');
  const macBytes = Buffer.from(macPart, 'base64url');
  if (idBytes.length !== 16 || idBytes.toString('base64url') !== userPart) return null;
  if (macBytes.length !== MAC_BYTES || macBytes.toString('base64url') !== macPart) return null;
  const hex = idBytes.toString('hex');
  const userId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { userId, mac: macBytes };
}

/** True when the token's MAC matches the user's current token version (compared in constant time). */
export function verifyCalendarToken(
  secret: string,
  parsed: ParsedCalendarToken,
  user: { id: string; calendarTokenVersion: number },
): boolean {
  if (parsed.userId.toLowerCase() !== user.id.toLowerCase()) return false;
  const expected = mac(secret, user.id, user.calendarTokenVersion);
  return parsed.mac.length === expected.length && timingSafeEqual(parsed.mac, expected);
}
