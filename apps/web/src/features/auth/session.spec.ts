import { describe, expect, it } from 'vitest';
import { forgetLegacyToken, LEGACY_TOKEN_STORAGE_KEY } from './session';

describe('forgetLegacyToken', () => {
  it('removes a token an earlier version kept in localStorage, and leaves the rest', () => {
    window.localStorage.setItem(LEGACY_TOKEN_STORAGE_KEY, 'eyJhbGciOiJIUzI1NiJ9.e30.x');
    window.localStorage.setItem('modellkommuner.language', 'en');
    forgetLegacyToken(window.localStorage);
    expect(window.localStorage.getItem(LEGACY_TOKEN_STORAGE_KEY)).toBeNull();
    expect(window.localStorage.getItem('modellkommuner.language')).toBe('en');
  });

  it('does not fail without usable storage', () => {
    const broken = { removeItem: () => { throw new Error('SecurityError'); } } as unknown as Storage;
    expect(() => forgetLegacyToken(broken)).not.toThrow();
    expect(() => forgetLegacyToken(undefined)).not.toThrow();
  });
});
