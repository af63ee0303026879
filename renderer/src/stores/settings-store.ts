import { create } from 'zustand';
import type { z } from 'zod';
import type { UploadPreferencesSchema } from '../../../shared/contract/settings';
import type { DropshipErrorShape } from '../../../shared/errors';
import type { Settings } from '../../../shared/settings';
import { dropship } from '../lib/dropship';
import { fieldsSlot, track } from './async-state';

interface SettingsState {
  settings?: Settings;
  saving: boolean;
  saved: boolean;
  error?: DropshipErrorShape;
  load: () => Promise<void>;
  saveUploads: (preferences: z.input<typeof UploadPreferencesSchema>) => Promise<void>;
}

export const useSettings = create<SettingsState>((set, get) => ({
  saving: false,
  saved: false,
  load: async () => {
    await track(fieldsSlot(set, get, { error: 'error', data: 'settings' }), () =>
      dropship.settings.get(),
    );
  },
  saveUploads: async (preferences) => {
    set({ saved: false });
    const saving = fieldsSlot(set, get, { loading: 'saving', error: 'error', data: 'settings' });
    const { ok } = await track(saving, () => dropship.settings.updateUploads(preferences));
    if (ok) set({ saved: true });
  },
}));
