import { z } from 'zod';
import { DropshipError } from '../../../../shared/errors';
import { directHttp, type HttpClient } from '../../http/client';
import { statusError } from '../../http/errors';
import { readBitbarMessage, TokenResponseSchema } from './schemas';
import { t } from '../../i18n/translate';

export const OAUTH_CLIENT_ID = 'testdroid-cloud-api';

/** Tokens of one OAuth session, stored (as JSON) in the vault by Accounts. */
export const OAuthSessionSchema = z.object({
  baseUrl: z.string(),
  username: z.string(),
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresAt: z.number(),
  lifetimeMs: z.number(),
  /** The refresh token was refused: only the person's password can start a new session. */
  signedOut: z.boolean().default(false),
});
export type OAuthSession = z.infer<typeof OAuthSessionSchema>;

/**
 * The token endpoint sits beside the API root: `https://cloud.bitbar.com/api` →
 * `https://cloud.bitbar.com/oauth/token` (the same holds on-premises, under any prefix).
 */
export function oauthTokenUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  const root = url.pathname.replace(/\/+$/, '').replace(/\/api$/, '');
  url.pathname = `${root}/oauth/token`;
  url.search = '';
  return url.toString();
}

/** The refresh (or sign-in) was refused by Bitbar, as opposed to Bitbar being unreachable. */
export class GrantRefused extends DropshipError {}

/**
 * `POST /oauth/token` with a form body: the password never goes into a URL (the doc's GET
 * example would put it in server logs).
 */
export async function requestTokens(
  baseUrl: string,
  grant:
    | { grant_type: 'password'; username: string; password: string }
    | { grant_type: 'refresh_token'; refresh_token: string },
  now = Date.now(),
  http: HttpClient = directHttp,
): Promise<Omit<OAuthSession, 'baseUrl' | 'username' | 'signedOut'>> {
  const response = await http.send({
    service: 'bitbar',
    method: 'POST',
    url: oauthTokenUrl(baseUrl),
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ client_id: OAUTH_CLIENT_ID, ...grant }).toString(),
  });
  if (response.status === 400 || response.status === 401) {
    const password = grant.grant_type === 'password';
    throw new GrantRefused({
      code: 'unauthorized',
      service: 'bitbar',
      retryable: false,
      message: password ? t('bitbar:signIn.passwordRefused') : t('bitbar:signIn.sessionEnded'),
      hint: password ? t('bitbar:signIn.checkThem') : t('bitbar:signIn.again'),
    });
  }
  if (response.status < 200 || response.status >= 300) {
    throw statusError('bitbar', response.status, readBitbarMessage(response.body));
  }
  const parsed = TokenResponseSchema.safeParse(response.body);
  if (!parsed.success) {
    throw new DropshipError({
      code: 'server_error',
      service: 'bitbar',
      retryable: false,
      message: t('bitbar:signIn.unexpected'),
    });
  }
  const lifetimeMs = parsed.data.expires_in * 1000;
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token,
    expiresAt: now + lifetimeMs,
    lifetimeMs,
  };
}
