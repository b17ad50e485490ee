import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, sv } from './translations';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';
export const LANGUAGE_STORAGE_KEY = 'modellkommuner.language';

export const resources = {
  sv: { translation: sv },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered choice, else Swedish (the service is Swedish first, whatever the browser says). */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or a full quota: the choice then lasts for this page view only.
  }
}

/** BCP 47 locale for dates and numbers. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}

/**
 * A fresh i18next instance (one per app, one per test) with both languages bundled, so the first
 * render is already translated. Keeps `<html lang>` and the stored choice in step with the language.
 */
export function createI18n(options: { language?: Language; storage?: Storage; document?: Document } = {}): I18n {
  const instance = i18next.createInstance();
  const language = options.language ?? storedLanguage(options.storage);
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const applyLanguage = (lng: string) => {
    if (options.document) options.document.documentElement.lang = lng;
    if (isLanguage(lng)) rememberLanguage(options.storage, lng);
  };
  if (options.document) options.document.documentElement.lang = language;
  instance.on('languageChanged', applyLanguage);
  return instance;
}
