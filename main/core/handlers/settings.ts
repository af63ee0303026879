import type { CoreContext } from '../context';
import { updateSettings } from '../settings-store';
import type { Handlers } from './types';

const MB = 1024 * 1024;

export function settingsHandlers(ctx: CoreContext): Handlers['settings'] {
  return {
    get: async () => ctx.settings.read(),
    updateUploads: async ({ testioDirectUploadLimitMb, maxConcurrentTransfers }) =>
      updateSettings(ctx.settings, (draft) => {
        draft.uploads.testioDirectUploadLimit = testioDirectUploadLimitMb * MB;
        draft.uploads.maxConcurrentTransfers = maxConcurrentTransfers;
      }),
    updateLanguage: async (language) =>
      updateSettings(ctx.settings, (draft) => {
        draft.language = language;
      }),
  };
}
