import { AsyncLocalStorage } from 'node:async_hooks';
import { request, type Dispatcher } from 'undici';
import type { z } from 'zod';
import type { ServiceId } from '../../../shared/domain/services';
import { connectionError } from './connection-errors';
import { HttpError } from './errors';
import { dispatcherFor, directNetwork, type NetworkSettings } from './network';
import type { ProxyRoute } from './proxy-rules';
import { decideRetry, type RetryPolicy } from './retry-policy';
import { parseResponse, type HttpResponse } from './request';
import { t } from '../i18n/translate';

export interface HttpCall {
  service: ServiceId;
  method: Dispatcher.HttpMethod;
  url: string;
  headers?: Record<string, string>;
  /** JSON body: serialised, with Content-Type set. */
  json?: unknown;
  body?: Dispatcher.DispatchOptions['body'];
  signal?: AbortSignal;
  /** How long to wait for response headers; uploads pass a larger one. */
  headersTimeoutMs?: number;
}

/** A call to a service's API: the answer is checked, and refusals worded by the provider. */
export interface ServiceCall extends HttpCall {
  /** The service's own words for a refusal (any non-2xx, or what `refused` flags). */
  refusal(response: HttpResponse): Error;
  /** A 2xx that still refuses (Installr's `result: "error"`). */
  refused?(response: HttpResponse): boolean;
  /** Safe to send twice, so retried under the policy; defaults to GET, HEAD, PUT, DELETE. */
  idempotent?: boolean;
}

/** Interactive calls: a few quick retries, so a person is not kept waiting long. */
export const CALL_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 400,
  maxDelayMs: 3_000,
  maxRetryAfterMs: 10_000,
};

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/**
 * Set while a delivery's attempt runs. Its job retries the whole attempt under the one
 * policy of the transfer engine, with the wait shown on its card; were the client to retry
 * each call too, a service that is down would be asked up to twelve times, out of sight.
 */
const deliveryAttempt = new AsyncLocalStorage<true>();

/** Runs one attempt of a delivery: the calls it makes are not retried by the client. */
export function asDeliveryAttempt<T>(attempt: () => Promise<T>): Promise<T> {
  return deliveryAttempt.run(true, attempt);
}

/**
 * The one HTTP client of the core: every provider and the transfer engine send through it.
 * It routes each URL (direct or through a proxy, trying a PAC list in order), trusts the
 * configured certificate authorities, turns connection failures into our error shape
 * (proxy and certificate problems final) and retries idempotent calls under the policy.
 */
export class HttpClient {
  #network: NetworkSettings;
  /** A network still being built (the app reads CA files at start): requests wait for it. */
  #pending: Promise<void> | undefined;
  readonly #dispatchers = new Map<string, Dispatcher>();

  constructor(
    network: NetworkSettings = directNetwork(),
    readonly policy: RetryPolicy = CALL_RETRY_POLICY,
    private readonly random: () => number = Math.random,
  ) {
    this.#network = network;
  }

  get network(): NetworkSettings {
    return this.#network;
  }

  /** New proxy or CA settings: later requests use them; open connections are let go. */
  reconfigure(network: NetworkSettings | Promise<NetworkSettings>): Promise<void> {
    if (network instanceof Promise) {
      const pending = network.then(
        (built) => void this.reconfigure(built),
        // Settings that cannot be read leave the previous network in place.
        () => undefined,
      );
      this.#pending = pending.finally(() => {
        if (this.#pending === pending) this.#pending = undefined;
      });
      return this.#pending;
    }
    this.#network = network;
    const old = [...this.#dispatchers.values()];
    this.#dispatchers.clear();
    for (const dispatcher of old) void dispatcher.close().catch(() => undefined);
    return Promise.resolve();
  }

  async routes(url: string): Promise<ProxyRoute[]> {
    await this.#pending;
    return this.#network.routes(url);
  }

  /** One exchange, any status returned; connection failures become HttpError. */
  send(call: HttpCall): Promise<HttpResponse> {
    return this.viaRoutes(call, (route) => this.#shared(route));
  }

  /** The answer with its body still streaming (downloads); the caller reads or dumps it. */
  open(call: HttpCall): Promise<Dispatcher.ResponseData> {
    return this.#tryRoutes(call, (route) => start(call, this.#shared(route)));
  }

  /**
   * `send` with the caller's own dispatcher per route (the transfer engine meters its
   * socket).
   */
  viaRoutes(call: HttpCall, dispatcher: (route: ProxyRoute) => Dispatcher): Promise<HttpResponse> {
    return this.#tryRoutes(call, (route) => exchange(call, dispatcher(route)));
  }

  /** Routes are tried in order while a proxy cannot be reached at all (a PAC list). */
  async #tryRoutes<T>(call: HttpCall, attempt: (route: ProxyRoute) => Promise<T>): Promise<T> {
    const routes = await this.routes(call.url);
    let failure: unknown;
    for (const [index, route] of routes.entries()) {
      try {
        return await attempt(route);
      } catch (error) {
        failure = toHttpError(call, error, route);
        if (index === routes.length - 1 || !proxyUnreachable(failure)) throw failure;
      }
    }
    throw failure;
  }

  /** A service call: 2xx or the provider's refusal; idempotent calls retried. */
  call(call: ServiceCall): Promise<HttpResponse> {
    return this.retrying(call, async () => {
      const response = await this.send(call);
      const ok = response.status >= 200 && response.status < 300 && !call.refused?.(response);
      if (!ok) throw call.refusal(response);
      return response;
    });
  }

  /**
   * Runs `attempt` again under the retry policy when the call is idempotent (network
   * errors, 5xx, 429 after Retry-After); anything else, and any failure of a
   * non-idempotent call, is thrown at once.
   */
  async retrying<T>(
    call: { method: string; idempotent?: boolean | undefined; signal?: AbortSignal | undefined },
    attempt: () => Promise<T>,
  ): Promise<T> {
    const idempotent =
      !deliveryAttempt.getStore() && (call.idempotent ?? IDEMPOTENT.has(call.method));
    for (let count = 1; ; count++) {
      try {
        return await attempt();
      } catch (error) {
        const decision = idempotent
          ? decideRetry(error, count, this.policy, this.random)
          : { retry: false as const };
        if (!decision.retry || !(await sleep(decision.delayMs, call.signal))) throw error;
      }
    }
  }

  /** `call`, then the body parsed against the provider's schema. */
  async json<S extends z.ZodType>(call: ServiceCall, schema: S): Promise<z.output<S>> {
    return parseResponse(call.service, schema, (await this.call(call)).body);
  }

  async close(): Promise<void> {
    const all = [...this.#dispatchers.values()];
    this.#dispatchers.clear();
    // Cut what is still under way: the core is going away (uploads use their own
    // dispatchers and are stopped first), and a service that never answers must not keep
    // the app, or a test, from shutting down. (undici's close() would wait for ever, and a
    // destroy() after it no longer cuts anything.)
    await Promise.all(all.map((d) => d.destroy().catch(() => undefined)));
  }

  #shared(route: ProxyRoute): Dispatcher {
    const key = route.kind === 'direct' ? 'direct' : `${route.url}|${route.credentials?.username}`;
    let dispatcher = this.#dispatchers.get(key);
    if (!dispatcher) {
      dispatcher = dispatcherFor(route, this.#network.trust, { bodyTimeout: 60_000 });
      this.#dispatchers.set(key, dispatcher);
    }
    return dispatcher;
  }
}

/** A PAC list's next entry is tried only when this proxy could not be reached at all. */
function proxyUnreachable(error: unknown): boolean {
  return error instanceof HttpError && error.code === 'proxy' && error.status === undefined;
}

function start(call: HttpCall, dispatcher: Dispatcher): Promise<Dispatcher.ResponseData> {
  const headers: Record<string, string> = { ...call.headers };
  let body = call.body;
  if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  }
  return request(call.url, {
    method: call.method,
    headers,
    body,
    signal: call.signal,
    headersTimeout: call.headersTimeoutMs ?? 60_000,
    bodyTimeout: 60_000,
    dispatcher,
  });
}

async function exchange(call: HttpCall, dispatcher: Dispatcher): Promise<HttpResponse> {
  const response = await start(call, dispatcher);
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, body: parseBody(text) };
}

function toHttpError(call: HttpCall, error: unknown, route: ProxyRoute): HttpError {
  if (error instanceof HttpError) return error;
  if (call.signal?.aborted) {
    return new HttpError({
      code: 'cancelled',
      service: call.service,
      retryable: false,
      message: t('common:cancelled'),
    });
  }
  return connectionError(call.service, call.url, error, route);
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Waits `ms`; false when aborted first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve(true);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** For credentials built without one (unit tests, a first connection check): no proxy. */
export const directHttp = new HttpClient();

/** The client that carries a service's calls: the core's, or a direct one. */
export function httpOf(holder: { http?: HttpClient | undefined }): HttpClient {
  return holder.http ?? directHttp;
}
