import { z } from 'zod';
import { channel } from './define';
import { LanguageChoiceSchema, SettingsSchema } from '../settings';

/** Preferences the person can change (connections go through `accounts`). */
export const UploadPreferencesSchema = z.object({
  testioDirectUploadLimitMb: z.number().int().min(1, 'At least 1 MB').max(1024, 'At most 1024 MB'),
  maxConcurrentTransfers: z.number().int().min(1, 'At least 1').max(8, 'At most 8'),
});

export const settingsChannels = {
  get: channel(z.void(), SettingsSchema),
  updateUploads: channel(UploadPreferencesSchema, SettingsSchema),
  /** The interface language ("system" follows the OS locale). */
  updateLanguage: channel(LanguageChoiceSchema, SettingsSchema),
};
