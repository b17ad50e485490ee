import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('accepts paths inside the app, query string included', () => {
    expect(safeNextPath('/organizations?q=hed&lan=20')).toBe('/organizations?q=hed&lan=20');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/login?next=/x', '/a\nb'])(
    'falls back to the start page for %j',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );
});

describe('loginPath', () => {
  it('keeps where the user was going', () => {
    expect(loginPath('/organizations?q=hed')).toBe('/login?next=%2Forganizations%3Fq%3Dhed');
  });

  it('leaves out a return to the start page', () => {
    expect(loginPath('/')).toBe('/login');
  });
});
