import i18next, { type i18n } from 'i18next';
import { NAMESPACES, RESOURCES, type Language, type MessageKey } from './resources';

/**
 * The words of everything the core says to a person (errors, hints, the board's export,
 * notifications), in the language the core was built with. One i18next instance per
 * process: the app runs one core, the CLI one core fixed to English, a test one at a time.
 * Code anywhere below main/ calls `t`; createCore chooses the language (`useLanguage`).
 */
let instance: i18n | undefined;

function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    // Synchronous: every resource is bundled, so the first `t` never waits.
    void instance.init({
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: ['en', 'de'],
      ns: NAMESPACES,
      defaultNS: 'common',
      resources: RESOURCES,
      initAsync: false,
      // The callers escape where the text lands (the board's HTML); a message is plain text.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** Values a sentence is filled with; `count` also picks the plural form. */
export type MessageValues = Record<string, string | number>;

export function t(key: MessageKey, values?: MessageValues): string {
  return translator().t(key, values ?? {}) as string;
}

/** German for any German locale (de, de-DE, de-CH, …); English for everything else. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Switches every later `t` (and the formatters in ./format) to this locale's language. */
export function useLanguage(locale: string | undefined): Language {
  const language = languageOf(locale);
  void translator().changeLanguage(language);
  return language;
}

/** Calls `listener` after every change of language (the shell rebuilds its menu). */
export function onLanguageChanged(listener: () => void): () => void {
  const i18n = translator();
  i18n.on('languageChanged', listener);
  return () => i18n.off('languageChanged', listener);
}

export function currentLanguage(): Language {
  return languageOf(translator().language);
}
