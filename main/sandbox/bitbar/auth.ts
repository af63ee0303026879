import { randomUUID } from 'node:crypto';
import type { HttpContext } from '../framework/http-context';
import type { Router } from '../framework/router';
import { ApiFailure, readParams } from './http';
import type { BitbarState, User } from './state';

export const OAUTH_CLIENT_ID = 'testdroid-cloud-api';

interface AccessToken {
  userId: number;
  expiresAt: number;
}

/**
 * OAuth2 as the doc describes it (`/oauth/token`, password and refresh_token grants) plus
 * the API key as HTTP basic user. Access tokens expire after `lifetimeSeconds`, which tests
 * shorten to watch a client refresh mid-session.
 */
export class BitbarAuth {
  readonly #access = new Map<string, AccessToken>();
  readonly #refresh = new Map<string, number>();

  constructor(
    private readonly state: BitbarState,
    public lifetimeSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every access token stops working (the next call gets 401, a refresh fixes it). */
  expireAccessTokens(): void {
    for (const token of this.#access.values()) token.expiresAt = 0;
  }

  /** Refresh tokens stop working too: the person must sign in again. */
  revokeSessions(): void {
    this.#access.clear();
    this.#refresh.clear();
  }

  routes(router: Router): void {
    const token = async (ctx: HttpContext) => {
      const params = await readParams(ctx);
      const answer = this.grant(params);
      ctx.json(answer.status, answer.body, { 'cache-control': 'no-store' });
    };
    router.post('/oauth/token', token);
    router.get('/oauth/token', token);
  }

  /** The user behind the request, or an ApiFailure(401). */
  authenticate(ctx: HttpContext): User {
    const header = ctx.header('authorization') ?? '';
    const basic = /^Basic\s+(.+)$/i.exec(header);
    if (basic) {
      const decoded = Buffer.from(basic[1] ?? '', 'base64').toString('utf8');
      const apiKey = decoded.slice(0, decoded.indexOf(':') < 0 ? undefined : decoded.indexOf(':'));
      const user = [...this.state.users.values()].find((u) => u.apiKey && u.apiKey === apiKey);
      if (!user) throw new ApiFailure(401, 'Bad credentials');
      return user;
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1] ?? ctx.query.get('access_token');
    if (!bearer) throw new ApiFailure(401);
    const access = this.#access.get(bearer);
    if (!access) throw new ApiFailure(401, 'Invalid access token');
    if (access.expiresAt <= this.now()) throw new ApiFailure(401, 'Access token expired');
    const user = this.state.users.get(access.userId);
    if (!user) throw new ApiFailure(401, 'Invalid access token');
    return user;
  }

  private grant(params: URLSearchParams): { status: number; body: unknown } {
    if (params.get('client_id') !== OAUTH_CLIENT_ID) {
      return oauthError(401, 'invalid_client', 'Bad client credentials');
    }
    const grantType = params.get('grant_type');
    if (grantType === 'password') {
      const user = this.state.userByEmail(params.get('username') ?? '');
      if (!user?.password || user.password !== params.get('password')) {
        return oauthError(400, 'invalid_grant', 'Bad credentials');
      }
      const refreshToken = randomUUID();
      this.#refresh.set(refreshToken, user.id);
      return { status: 200, body: this.issue(user.id, refreshToken) };
    }
    if (grantType === 'refresh_token') {
      const refreshToken = params.get('refresh_token') ?? '';
      const userId = this.#refresh.get(refreshToken);
      if (userId === undefined) return oauthError(400, 'invalid_grant', 'Invalid refresh token');
      return { status: 200, body: this.issue(userId, refreshToken) };
    }
    return oauthError(
      400,
      'unsupported_grant_type',
      `Unsupported grant type: ${grantType ?? 'none'}`,
    );
  }

  private issue(userId: number, refreshToken: string) {
    const accessToken = randomUUID();
    this.#access.set(accessToken, { userId, expiresAt: this.now() + this.lifetimeSeconds * 1000 });
    return {
      access_token: accessToken,
      token_type: 'bearer',
      refresh_token: refreshToken,
      expires_in: Math.max(0, this.lifetimeSeconds - 1),
      scope: 'read write',
    };
  }
}

/** Spring's OAuth2 error shape (RFC 6749 §5.2), which the token endpoint answers with. */
function oauthError(status: number, error: string, description: string) {
  return { status, body: { error, error_description: description } };
}
