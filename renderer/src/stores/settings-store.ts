import { create } from 'zustand';
import type { z } from 'zod';
import type { UploadPreferencesSchema } from '../../../shared/contract/settings';
import type { DropshipErrorShape } from '../../../shared/errors';
import type { Settings } from '../../../shared/settings';
import { dropship } from '../lib/dropship';
import { asErrorShape } from '../lib/errors';

interface SettingsState {
  settings?: Settings;
  saving: boolean;
  saved: boolean;
  error?: DropshipErrorShape;
  load: () => Promise<void>;
  saveUploads: (preferences: z.input<typeof UploadPreferencesSchema>) => Promise<void>;
}

export const useSettings = create<SettingsState>((set) => ({
  saving: false,
  saved: false,
  load: async () => {
    try {
      set({ settings: await dropship.settings.get(), error: undefined });
    } catch (error) {
      set({ error: asErrorShape(error) });
    }
  },
  saveUploads: async (preferences) => {
    set({ saving: true, saved: false, error: undefined });
    try {
      set({ settings: await dropship.settings.updateUploads(preferences), saved: true });
    } catch (error) {
      set({ error: asErrorShape(error) });
    } finally {
      set({ saving: false });
    }
  },
}));
