import type { ServiceCredentials } from '../../accounts/accounts';
import { BitbarApi } from './auth';
import { ApiMeSchema } from './schemas';

/** `GET /me` (the doc's curl example): who the credentials belong to. */
export const getMe = (api: BitbarApi) =>
  api.json({ method: 'GET', path: 'me', action: 'check your account' }, ApiMeSchema);

/**
 * The connection check for Settings: "connected as <email>". An OAuth check signs in
 * with the password; its throwaway session is not kept (the vault keeps the account's).
 */
export async function verifyBitbar(credentials: ServiceCredentials): Promise<string> {
  let session: string | undefined;
  const api = new BitbarApi({
    credentials: async () => credentials,
    sessions: { read: async () => session, write: async (next) => void (session = next) },
  });
  const me = await getMe(api);
  return `connected as ${me.email}`;
}
