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
    updateLanguage: async (language) => {
      const next = updateSettings(ctx.settings, (draft) => {
        draft.language = language;
      });
      // What main says from now on (errors, the board's export) follows the choice;
      // the account cards' words are main's too, so they are sent again.
      ctx.language.follow(next.language);
      ctx.events.emit('accounts.changed', ctx.accounts.summaries());
      return next;
    },
  };
}
