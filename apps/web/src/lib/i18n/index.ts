/**
 * Translations: French by default, English on request. Signed out, the choice is kept on the
 * device; signed in, the account's language wins (see app/sync-account-locale).
 */
import type { Locale } from '@opale/core';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

/**
 * The languages the interface speaks; the same list as core's `locales` (a test checks), kept
 * here so the first screen does not download core's validation code.
 */
export const locales = ['fr', 'en'] as const satisfies readonly Locale[];
export const defaultLocale: Locale = 'fr';
const storageKey = 'opale.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage can be disabled (private mode, strict settings)
  }
}

function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // nothing to do: the choice lasts until the page is reloaded
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLocale;
}

/** Switches the interface language and remembers it on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  if (currentLocale() !== locale) await i18n.changeLanguage(locale);
}

export function setupI18n(): typeof i18n {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18n.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: storedLocale() ?? defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return i18n;
}

export type { Locale };
