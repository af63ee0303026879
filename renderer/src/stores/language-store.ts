import { create } from 'zustand';
import { LanguageChoiceSchema, type LanguageChoice } from '../../../shared/settings';
import type { DropshipErrorShape } from '../../../shared/errors';
import { applyLanguageChoice, startI18n } from '../i18n';
import { dropship } from '../lib/dropship';
import { asErrorShape } from '../lib/errors';

/**
 * The last choice, kept in the page's storage too, so the first paint is already in the
 * person's language; the settings file stays the record (read again right after).
 */
const REMEMBERED = 'dropship.language';

function rememberedChoice(): LanguageChoice {
  try {
    const parsed = LanguageChoiceSchema.safeParse(localStorage.getItem(REMEMBERED));
    return parsed.success ? parsed.data : 'system';
  } catch {
    return 'system';
  }
}

function remember(choice: LanguageChoice): void {
  try {
    localStorage.setItem(REMEMBERED, choice);
  } catch {
    // Storage may be off; the settings file still has the choice.
  }
}

interface LanguageState {
  choice: LanguageChoice;
  error?: DropshipErrorShape;
  /** Applies the OS locale and the remembered choice at once, then the saved one. */
  start: () => Promise<void>;
  /** Switches live and saves the choice in the settings. */
  choose: (choice: LanguageChoice) => Promise<void>;
}

export const useLanguage = create<LanguageState>((set, get) => {
  const apply = (choice: LanguageChoice) => {
    applyLanguageChoice(choice);
    remember(choice);
    set({ choice });
  };
  return {
    choice: 'system',
    start: async () => {
      const early = rememberedChoice();
      startI18n(navigator.language, early);
      set({ choice: early });
      try {
        const { language } = await dropship.settings.get();
        if (language !== get().choice) apply(language);
      } catch {
        // Without settings the OS locale (or the remembered choice) is a fine language.
      }
    },
    choose: async (choice) => {
      const before = get().choice;
      apply(choice);
      set({ error: undefined });
      try {
        await dropship.settings.updateLanguage(choice);
      } catch (error) {
        apply(before);
        set({ error: asErrorShape(error) });
      }
    },
  };
});
