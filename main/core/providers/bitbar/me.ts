import type { ServiceCredentials } from '../../accounts/accounts';
import { BitbarApi, type SessionStore } from './api';
import { ApiMeSchema } from './schemas';

/** `GET /me` (the doc's curl example): who the credentials belong to. */
export const getMe = (api: BitbarApi) =>
  api.json({ method: 'GET', path: 'me', action: 'check your account' }, ApiMeSchema);

/**
 * The connection check for Settings: "connected as <email>". With OAuth, connecting signs
 * in with the password and `sessions` keeps the session that opens (not the password);
 * checking later uses that session.
 */
export async function verifyBitbar(
  credentials: ServiceCredentials,
  sessions: SessionStore = memorySessions(),
): Promise<string> {
  const api = new BitbarApi({ credentials: async () => credentials, sessions: () => sessions });
  const me = await getMe(api);
  return `connected as ${me.email}`;
}

/** A session kept only in memory, for a check whose session nobody else needs. */
export function memorySessions(): SessionStore & { current(): string | undefined } {
  let session: string | undefined;
  return {
    read: async () => session,
    write: async (next) => void (session = next),
    current: () => session,
  };
}
