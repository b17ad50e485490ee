import { describe, expect, it } from 'vitest';
import { hasExpired, unusableReason } from './invitation-status';

describe('unusableReason', () => {
  it('is null for an open invitation', () => {
    expect(unusableReason({ used: false, revoked: false, expired: false })).toBeNull();
  });

  it('says used before revoked before expired', () => {
    expect(unusableReason({ used: true, revoked: true, expired: true })).toBe('used');
    expect(unusableReason({ used: false, revoked: true, expired: true })).toBe('revoked');
    expect(unusableReason({ used: false, revoked: false, expired: true })).toBe('expired');
  });
});

describe('hasExpired', () => {
  it('compares with now', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(hasExpired('2026-11-22T11:59:59Z', now)).toBe(true);
    expect(hasExpired('2026-12-06T12:00:00Z', now)).toBe(false);
  });
});
