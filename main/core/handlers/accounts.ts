import type { CoreContext } from '../context';
import { requireSecureBaseUrl } from '../accounts/base-url';
import { verifiers } from '../accounts/verify';
import { memorySessions } from '../providers/bitbar/me';
import type { Handlers } from './types';

export function accountsHandlers(ctx: CoreContext): Handlers['accounts'] {
  const changed = () => ctx.events.emit('accounts.changed', ctx.accounts.summaries());
  const announce = <T>(value: T): T => {
    changed();
    return value;
  };
  return {
    list: async () => ctx.accounts.summaries(),

    connect: async ({ service, account, name, baseUrl, secret, username, auth }) => {
      requireSecureBaseUrl(baseUrl, service); // before the check sends the token anywhere
      // A bad or taken name is said before the token is sent anywhere, too.
      const replaced = account !== undefined ? ctx.accounts.resolve(service, account) : undefined;
      if (name !== undefined) ctx.accounts.requireFreeName(service, name, replaced?.id);
      const credentials = { service, baseUrl, secret, auth, username, sandbox: false };
      const sessions = memorySessions();
      const label = await verifiers[service](credentials, sessions);
      // OAuth: keep the session the check opened, never the password.
      const kept = auth === 'oauth' ? { secret: '', oauthSession: sessions.current() } : { secret };
      const summary = await ctx.accounts.save(service, {
        baseUrl,
        label,
        auth,
        username,
        ...kept,
        ...(name !== undefined ? { name } : {}),
        ...(account !== undefined ? { replace: account } : {}),
      });
      return announce(summary);
    },

    test: async ({ service, account }) => {
      const credentials = await ctx.accounts.credentials(service, account);
      const sessions = ctx.accounts.oauthSessions(service, account);
      return { detail: await verifiers[service](credentials, sessions) };
    },

    disconnect: async ({ service, account }) =>
      announce(await ctx.accounts.disconnect(service, account)),

    rename: async ({ service, account, name }) =>
      announce(await ctx.accounts.rename(service, account, name)),

    select: async ({ service, account }) => announce(ctx.accounts.select(service, account)),

    useSandbox: async ({ service }) => announce(await ctx.accounts.useSandbox(service)),
  };
}
