import type { Accounts } from '../../accounts/accounts';
import type { EventBus } from '../../event-bus';
import { BitbarApi } from './api';
import { getMe } from './me';

/**
 * The core's one BitbarApi (createCore builds it): credentials from Accounts, the OAuth
 * sessions in the vault (`bitbar.<account id>.oauth`, one per account), and
 * `bitbar.signInRequired` when the session ends.
 */
export function connectBitbar(accounts: Accounts, events: EventBus): BitbarApi {
  return new BitbarApi({
    credentials: () => accounts.credentials('bitbar'),
    sessions: (account) => accounts.oauthSessions('bitbar', account),
    onSignInRequired: (email) => events.emit('bitbar.signInRequired', { email }),
  });
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
