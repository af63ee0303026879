import type { CoreContext } from '../context';
import { requireSecureBaseUrl } from '../accounts/base-url';
import { verifiers } from '../accounts/verify';
import { memorySessions } from '../providers/bitbar/me';
import type { Handlers } from './types';

export function accountsHandlers(ctx: CoreContext): Handlers['accounts'] {
  const changed = () => ctx.events.emit('accounts.changed', ctx.accounts.summaries());
  return {
    list: async () => ctx.accounts.summaries(),

    connect: async ({ service, baseUrl, secret, username, auth }) => {
      requireSecureBaseUrl(baseUrl, service); // before the check sends the token anywhere
      const credentials = { service, baseUrl, secret, auth, username, sandbox: false };
      const sessions = memorySessions();
      const label = await verifiers[service](credentials, sessions);
      // OAuth: keep the session the check opened, never the password.
      const kept = auth === 'oauth' ? { secret: '', oauthSession: sessions.current() } : { secret };
      const summary = await ctx.accounts.save(service, { baseUrl, label, auth, username, ...kept });
      changed();
      return summary;
    },

    test: async ({ service }) => {
      const credentials = await ctx.accounts.credentials(service);
      const sessions = ctx.accounts.oauthSessions(service);
      return { detail: await verifiers[service](credentials, sessions) };
    },

    disconnect: async ({ service }) => {
      const summary = await ctx.accounts.disconnect(service);
      changed();
      return summary;
    },

    useSandbox: async ({ service }) => {
      const summary = await ctx.accounts.useSandbox(service);
      changed();
      return summary;
    },
  };
}
