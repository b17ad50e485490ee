import { describe, expect, it } from 'vitest';
import { createI18n, LANGUAGE_STORAGE_KEY, storedLanguage } from './i18n';
import { en, sv } from './translations';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('has the same keys in Swedish and English', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('has no empty strings', () => {
    const empty = (value: unknown): boolean =>
      typeof value === 'string' ? value.trim() === '' : Object.values(value as object).some(empty);
    expect(empty(sv)).toBe(false);
    expect(empty(en)).toBe(false);
  });
});

describe('language choice', () => {
  it('is Swedish unless English was chosen before', () => {
    expect(storedLanguage(window.localStorage)).toBe('sv');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(storedLanguage(window.localStorage)).toBe('sv');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(storedLanguage(window.localStorage)).toBe('en');
  });

  it('follows to <html lang> and is remembered', async () => {
    const i18n = createI18n({ storage: window.localStorage, document });
    expect(document.documentElement.lang).toBe('sv');
    expect(i18n.t('nav.organizations')).toBe('Organisationer');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(i18n.t('nav.organizations')).toBe('Organisations');
  });
});
