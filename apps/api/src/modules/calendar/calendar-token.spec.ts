import { calendarToken, parseCalendarToken, verifyCalendarToken } from './calendar-token';

const SECRET = 'a-test-secret-of-reasonable-length-0123456789';
const USER = { id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', calendarTokenVersion: 0 };

function flip(text: string, index: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const next = alphabet[(alphabet.indexOf(text[index]) + 1) % alphabet.length];
  return text.slice(0, index) + next + text.slice(index + 1);
}

describe('calendar tokens', () => {
  it('round trip: the token names its user and verifies against the row', () => {
    const token = calendarToken(SECRET, USER.id, 0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{32}$/);
    const parsed = parseCalendarToken(token);
    expect(parsed?.userId).toBe(USER.id);
    expect(verifyCalendarToken(SECRET, parsed!, USER)).toBe(true);
  });

  it('is deterministic (nothing stored) and does not contain the id in plain text', () => {
    expect(calendarToken(SECRET, USER.id, 0)).toBe(calendarToken(SECRET, USER.id, 0));
    expect(calendarToken(SECRET, USER.id, 0)).not.toContain(USER.id);
    expect(calendarToken(SECRET, USER.id.toUpperCase(), 0)).toBe(calendarToken(SECRET, USER.id, 0));
  });

  it('rotation: a new version gives a new token and the old one no longer verifies', () => {
    const old = calendarToken(SECRET, USER.id, 0);
    const rotated = { ...USER, calendarTokenVersion: 1 };
    const fresh = calendarToken(SECRET, USER.id, 1);
    expect(fresh).not.toBe(old);
    expect(fresh.split('.')[0]).toBe(old.split('.')[0]);
    expect(verifyCalendarToken(SECRET, parseCalendarToken(old)!, rotated)).toBe(false);
    expect(verifyCalendarToken(SECRET, parseCalendarToken(fresh)!, rotated)).toBe(true);
  });

  it('tampering: a changed MAC, another user id or another secret is rejected', () => {
    const token = calendarToken(SECRET, USER.id, 0);
    const [idPart, macPart] = token.split('.');
    for (const i of [0, 15, 30]) {
      const tampered = parseCalendarToken(`${idPart}.${flip(macPart, i)}`);
      expect(tampered).not.toBeNull();
      expect(verifyCalendarToken(SECRET, tampered!, USER)).toBe(false);
    }
    const otherUser = { id: '3f2504e0-4f89-41d3-9a0c-0305e82c3302', calendarTokenVersion: 0 };
    const swapped = parseCalendarToken(`${calendarToken(SECRET, otherUser.id, 0).split('.')[0]}.${macPart}`)!;
    expect(swapped.userId).toBe(otherUser.id);
    expect(verifyCalendarToken(SECRET, swapped, otherUser)).toBe(false);
    expect(verifyCalendarToken('another-secret', parseCalendarToken(token)!, USER)).toBe(false);
    // A token parsed for one user never verifies against a different row.
    expect(verifyCalendarToken(SECRET, parseCalendarToken(token)!, otherUser)).toBe(false);
  });

  it('malformed tokens parse to null', () => {
    const token = calendarToken(SECRET, USER.id, 0);
    const [idPart, macPart] = token.split('.');
    for (const bad of [
      '',
      'garbage',
      idPart,
      `${idPart}.`,
      `.${macPart}`,
      `${idPart}.${macPart}.x`,
      `${idPart}.${macPart.slice(1)}`,
      `${idPart}x.${macPart}`,
      `${idPart}.${macPart}=`,
      `${idPart.replace(/.$/, '+')}.${macPart}`,
      token.replace('.', '/'),
    ]) {
      expect(parseCalendarToken(bad)).toBeNull();
    }
  });

  it('only the canonical spelling parses (unused trailing bits must be zero)', () => {
    const [idPart, macPart] = calendarToken(SECRET, USER.id, 0).split('.');
    // 22 base64 characters carry 132 bits for 16 bytes: the last character's low 4 bits are padding.
    const last = idPart[21];
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const variant = alphabet[alphabet.indexOf(last) ^ 1];
    expect(Buffer.from(idPart.slice(0, 21) + variant, 'base64url').equals(Buffer.from(idPart, 'base64url'))).toBe(true);
    expect(parseCalendarToken(`${idPart.slice(0, 21)}${variant}.${macPart}`)).toBeNull();
  });

  it('refuses to make a token for something that is not a user id', () => {
    expect(() => calendarToken(SECRET, 'not-a-uuid', 0)).toThrow();
  });
});
