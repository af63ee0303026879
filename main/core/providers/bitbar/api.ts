import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { ServiceCredentials } from '../../accounts/accounts';
import { httpOf } from '../../http/client';
import { parseResponse, type HttpResponse } from '../../http/request';
import { bitbarError, signInRequired, type CallPurpose } from './errors';
import { GrantRefused, OAuthSessionSchema, requestTokens, type OAuthSession } from './oauth';

export interface BitbarCall extends CallPurpose {
  method: Dispatcher.HttpMethod;
  /** Relative to the API root (`…/api`), e.g. `v2/me/projects`. */
  path: string;
  /** Parameters go in the query string, as the doc's examples send them. */
  query?: Record<string, unknown>;
  signal?: AbortSignal;
  /** "Calls available without Authorization" (the device catalog): no credentials sent. */
  anonymous?: boolean;
}

/** Where the OAuth session persists (the vault, through Accounts). */
export interface SessionStore {
  read(): Promise<string | undefined>;
  write(session: string | undefined): Promise<void>;
}

export interface BitbarApiOptions {
  credentials: () => Promise<ServiceCredentials>;
  /** Each account keeps its own session: an upload to an account the views don't show uses its own. */
  sessions: (account: string | undefined) => SessionStore;
  /** Told when the session ends, so the UI can ask for the password. */
  onSignInRequired?: (email: string | null) => void;
  now?: () => number;
}

/** A request ready to send: the URL (with `access_token` for OAuth) and headers. */
export interface Authorized {
  url: string;
  headers: Record<string, string>;
  /** The OAuth access token in the URL (so a 401 can tell which token was refused). */
  accessToken?: string;
}

/**
 * The one way Dropship talks to Bitbar. Adds `Accept: application/json` and the
 * credentials (API key as basic user with an empty password, or an OAuth access token in
 * the URL as the doc asks), refreshes a token before it expires, and on a 401 refreshes
 * once and retries. When the refresh is refused the session is marked signed out.
 */
export class BitbarApi {
  /** The refresh under way, per account. */
  readonly #refreshing = new Map<string, Promise<OAuthSession>>();
  readonly #now: () => number;

  constructor(private readonly options: BitbarApiOptions) {
    this.#now = options.now ?? Date.now;
  }

  credentials(): Promise<ServiceCredentials> {
    return this.options.credentials();
  }

  /** Any 2xx response; other statuses become errors worded for the call. */
  async call(call: BitbarCall): Promise<HttpResponse> {
    const credentials = await this.options.credentials();
    const http = httpOf(credentials);
    const exchange = (request: Authorized) =>
      http.send({
        service: 'bitbar',
        method: call.method,
        url: request.url,
        headers: request.headers,
        ...(call.signal ? { signal: call.signal } : {}),
      });
    return http.retrying(call, async () => {
      const response = call.anonymous
        ? await exchange({
            url: apiUrl(credentials.baseUrl, call.path, call.query),
            headers: { accept: 'application/json' },
          })
        : await this.authorized(credentials, call.path, call.query, exchange);
      if (response.status >= 200 && response.status < 300) return response;
      throw bitbarError(response, call, credentials.auth);
    });
  }

  async json<S extends z.ZodType>(call: BitbarCall, schema: S): Promise<z.output<S>> {
    return parseResponse('bitbar', schema, (await this.call(call)).body);
  }

  /**
   * Runs `attempt` with credentials; on a 401 (OAuth) refreshes once and runs it again.
   * Downloads and the transfer engine use it for requests `call` does not cover.
   */
  async authorized<R extends { status: number }>(
    credentials: ServiceCredentials,
    path: string,
    query: Record<string, unknown> | undefined,
    attempt: (request: Authorized) => Promise<R>,
  ): Promise<R> {
    const request = await this.prepare(credentials, path, query);
    const first = await attempt(request);
    if (first.status !== 401 || !request.accessToken) return first;
    await this.refresh(credentials, request.accessToken);
    return attempt(await this.prepare(credentials, path, query));
  }

  async prepare(
    credentials: ServiceCredentials,
    path: string,
    query?: Record<string, unknown>,
  ): Promise<Authorized> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (credentials.auth !== 'oauth') {
      headers.authorization = `Basic ${Buffer.from(`${credentials.secret}:`).toString('base64')}`;
      return { url: apiUrl(credentials.baseUrl, path, query), headers };
    }
    const session = await this.validSession(credentials);
    return {
      url: apiUrl(credentials.baseUrl, path, { ...query, access_token: session.accessToken }),
      headers,
      accessToken: session.accessToken,
    };
  }

  /** Who is signed in, and whether the OAuth session needs the password again. */
  async status(): Promise<{
    auth: ServiceCredentials['auth'];
    email: string | null;
    needsSignIn: boolean;
  }> {
    const credentials = await this.options.credentials();
    const session = credentials.auth === 'oauth' ? await this.load(credentials) : undefined;
    return {
      auth: credentials.auth,
      email: credentials.username ?? null,
      // Signed out, or no session and no password to open one with.
      needsSignIn: session
        ? session.signedOut
        : credentials.auth === 'oauth' && !credentials.secret,
    };
  }

  /** A new session from the password (after the old one ended). */
  async signIn(password: string): Promise<void> {
    const credentials = await this.options.credentials();
    await this.start({ ...credentials, secret: password });
  }

  private async validSession(credentials: ServiceCredentials): Promise<OAuthSession> {
    const session = await this.load(credentials);
    if (!session) return this.startOrAsk(credentials);
    if (session.signedOut) throw signInRequired();
    if (this.#expiring(session)) return this.refresh(credentials);
    return session;
  }

  /** Refresh a little before the end: a tenth of the lifetime, at most a minute. */
  #expiring(session: OAuthSession): boolean {
    const margin = Math.min(60_000, session.lifetimeMs / 10);
    return session.expiresAt - margin <= this.#now();
  }

  /**
   * One refresh at a time: concurrent calls share it. `rejectedToken` is the token a 401
   * refused; if the session already moved past it, another call refreshed in the meantime.
   */
  private refresh(credentials: ServiceCredentials, rejectedToken?: string): Promise<OAuthSession> {
    const key = credentials.account ?? '';
    let refreshing = this.#refreshing.get(key);
    if (!refreshing) {
      refreshing = this.doRefresh(credentials, rejectedToken).finally(() =>
        this.#refreshing.delete(key),
      );
      this.#refreshing.set(key, refreshing);
    }
    return refreshing;
  }

  private async doRefresh(
    credentials: ServiceCredentials,
    rejectedToken: string | undefined,
  ): Promise<OAuthSession> {
    const session = await this.load(credentials);
    if (!session) return this.startOrAsk(credentials);
    if (session.signedOut) throw signInRequired();
    const rejected = rejectedToken !== undefined && session.accessToken === rejectedToken;
    if (!rejected && !this.#expiring(session)) return session;
    try {
      const tokens = await requestTokens(
        credentials.baseUrl,
        { grant_type: 'refresh_token', refresh_token: session.refreshToken },
        this.#now(),
        httpOf(credentials),
      );
      return await this.save(credentials, { ...session, ...tokens, signedOut: false });
    } catch (error) {
      if (!(error instanceof GrantRefused)) throw error;
      await this.save(credentials, { ...session, signedOut: true });
      this.options.onSignInRequired?.(credentials.username ?? null);
      throw signInRequired();
    }
  }

  /**
   * No session yet: sign in with the password when we have it (a connection check, an
   * account from an earlier version); the vault keeps sessions, not passwords, so
   * otherwise the person is asked.
   */
  private async startOrAsk(credentials: ServiceCredentials): Promise<OAuthSession> {
    if (credentials.secret) return this.start(credentials);
    this.options.onSignInRequired?.(credentials.username ?? null);
    throw signInRequired();
  }

  private async start(credentials: ServiceCredentials): Promise<OAuthSession> {
    const username = credentials.username ?? '';
    const tokens = await requestTokens(
      credentials.baseUrl,
      { grant_type: 'password', username, password: credentials.secret },
      this.#now(),
      httpOf(credentials),
    );
    return this.save(credentials, {
      baseUrl: credentials.baseUrl,
      username,
      ...tokens,
      signedOut: false,
    });
  }

  /** Read from the vault each time: reconnecting or disconnecting replaces it there. */
  private async load(credentials: ServiceCredentials): Promise<OAuthSession | undefined> {
    const stored = await this.options.sessions(credentials.account).read();
    const parsed = stored ? OAuthSessionSchema.safeParse(safeJson(stored)) : undefined;
    const session = parsed?.success ? parsed.data : undefined;
    // A session for another server or user (the account changed) is not ours.
    const ours =
      session?.baseUrl === credentials.baseUrl && session.username === (credentials.username ?? '');
    return ours ? session : undefined;
  }

  private async save(
    credentials: ServiceCredentials,
    session: OAuthSession,
  ): Promise<OAuthSession> {
    await this.options.sessions(credentials.account).write(JSON.stringify(session));
    return session;
  }
}

/**
 * The API root joined with a path and query. Unlike the shared joinUrl it keeps empty
 * values: `withAnnotation=` is how a config option is cleared.
 */
export function apiUrl(baseUrl: string, path: string, query?: Record<string, unknown>): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, ''));
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
