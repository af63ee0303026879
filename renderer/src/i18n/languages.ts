import type { LanguageChoice } from '../../../shared/settings';

/** The languages the interface is written in; English is the fallback for any other. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the picker: a person finds their own language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch' };

function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** The language of a BCP 47 tag ("de-AT" → "de"), or English when we do not ship it. */
export function languageOf(locale: string): Language {
  const code = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(code) ? code : 'en';
}

/** The person's override wins; "system" follows the OS locale. */
export function resolveLanguage(choice: LanguageChoice, osLocale: string): Language {
  return choice === 'system' ? languageOf(osLocale) : choice;
}

/**
 * The locale dates and numbers are written in: the OS locale when it is in the chosen
 * language (so de-AT keeps its own dates), else the language itself.
 */
export function formatLocaleFor(language: Language, osLocale: string): string {
  if (languageOf(osLocale) !== language) return language;
  try {
    return Intl.getCanonicalLocales(osLocale)[0] ?? language;
  } catch {
    return language;
  }
}
