import { parseEmails } from '../../../shared/domain/emails';
import { DropshipError } from '../../../shared/errors';
import { DEFAULT_BASE_URLS } from '../accounts/service-defaults';
import type { CoreContext } from '../context';
import * as installr from '../providers/installr/client';
import type { Handlers } from './types';
import { t } from '../i18n/translate';
import { invalidEmailsWords } from '../i18n/shared-words';

export function installrHandlers(ctx: CoreContext): Handlers['installr'] {
  const credentials = () => ctx.accounts.credentials('installr');
  return {
    listApps: async () => installr.listApps(await credentials()),

    getApp: async ({ appId }) => installr.getApp(await credentials(), appId),

    getTeam: async ({ appId, build }) => installr.getTeam(await credentials(), appId, build),

    inviteTesters: async ({ appId, build, emails, mode }) => {
      const parsed = parseEmails(emails);
      if (parsed.invalid.length > 0) {
        const message = invalidEmailsWords(parsed.invalid);
        throw invalidEmails(message, t('installr:invite.fixEmails'));
      }
      if (parsed.valid.length === 0) {
        throw invalidEmails(t('installr:invite.noEmails'));
      }
      const invited = await installr.inviteTesters(await credentials(), appId, build, {
        [mode]: parsed.valid,
      });
      return { mode, invited, duplicates: parsed.duplicates };
    },

    // Anonymous: works with no account at all, against the connected (or sandbox)
    // Installr if there is one, else the real one.
    appStatus: async ({ appToken }) =>
      installr.appStatus(
        (await ctx.accounts.baseUrl('installr')) ?? DEFAULT_BASE_URLS.installr,
        appToken,
        undefined,
        ctx.http,
      ),
  };
}

function invalidEmails(message: string, hint?: string): DropshipError {
  return new DropshipError({
    code: 'invalid_input',
    retryable: false,
    message,
    ...(hint ? { hint } : {}),
    fields: { emails: message },
  });
}
