import type { CoreContext } from '../../context';
import { BitbarApi } from './auth';
import { getMe } from './me';

const apis = new WeakMap<CoreContext, BitbarApi>();

/**
 * The core's one BitbarApi: credentials from Accounts, the OAuth session in the vault
 * (`bitbar.oauth`), and `bitbar.signInRequired` when the session ends. Shared by the
 * handlers and the upload engine so they refresh one session, once.
 */
export function bitbarApiFor(ctx: CoreContext): BitbarApi {
  let api = apis.get(ctx);
  if (!api) {
    api = new BitbarApi({
      credentials: () => ctx.accounts.credentials('bitbar'),
      sessions: ctx.accounts.oauthSessions('bitbar'),
      onSignInRequired: (email) => ctx.events.emit('bitbar.signInRequired', { email }),
    });
    apis.set(ctx, api);
  }
  return api;
}

/** The signed-in user's id, remembered per account (groups they own are editable). */
export function myUserId(api: BitbarApi): () => Promise<number> {
  const known = new Map<string, number>();
  return async () => {
    const credentials = await api.credentials();
    const key = `${credentials.baseUrl}|${credentials.auth}|${credentials.username ?? ''}|${credentials.sandbox}`;
    let id = known.get(key);
    if (id === undefined) {
      id = (await getMe(api)).id;
      known.set(key, id);
    }
    return id;
  };
}
