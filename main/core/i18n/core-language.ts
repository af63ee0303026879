import { useLanguage } from './translate';

/** How a core picks its language; see `CoreOptions`. */
export interface LanguageOptions {
  /** A fixed locale, whatever the settings say: the CLI's 'en'; tests. */
  locale?: string | undefined;
  /** The app: the OS locale, used while Settings → Language is "system". */
  systemLocale?: string | undefined;
}

/**
 * The locale the core speaks: the fixed one, else the person's choice in Settings, else
 * the OS's. English when the core is given neither (tests, tools).
 */
export function chooseLocale(options: LanguageOptions, choice: string | undefined): string {
  if (options.locale) return options.locale;
  if (options.systemLocale === undefined) return 'en';
  return choice && choice !== 'system' ? choice : options.systemLocale;
}

/** Speaks the chosen language from now on; called at start and when the setting changes. */
export function followLanguage(options: LanguageOptions, choice: string | undefined): void {
  useLanguage(chooseLocale(options, choice));
}
