import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguageChoice } from '../../../shared/settings';
import { formatLocaleFor, resolveLanguage, type Language } from './languages';
import { namespaces, resources } from './resources';

export { LANGUAGE_NAMES, LANGUAGES, type Language } from './languages';

/**
 * The interface's one i18next instance. It starts in English at import, synchronously
 * (resources are bundled), so code and tests that never call `startI18n` read English.
 */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  ns: namespaces,
  defaultNS: 'common',
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'de'],
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

let osLocale = 'en';
let formatLocale = 'en';

/** The locale every date, number and size in the interface is written in (Intl). */
export function currentFormatLocale(): string {
  return formatLocale;
}

export function currentLanguage(): Language {
  return i18n.language === 'de' ? 'de' : 'en';
}

/**
 * Switches the interface to the person's choice; live: every `useTranslation` re-renders.
 * `system` follows the OS locale given to `startI18n` (navigator.language: in Electron the
 * OS's, in a test browser what the test sets).
 */
export function applyLanguageChoice(choice: LanguageChoice): void {
  const language = resolveLanguage(choice, osLocale);
  formatLocale = formatLocaleFor(language, osLocale);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export function startI18n(systemLocale: string, choice: LanguageChoice): void {
  osLocale = systemLocale;
  applyLanguageChoice(choice);
}
