import { request, type Dispatcher } from 'undici';
import type { z } from 'zod';
import { DropshipError, SERVICE_NAMES, type ServiceId } from '../../../shared/errors';
import { HttpError, networkError, parseRetryAfter, statusError } from './errors';

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
  dispatcher?: Dispatcher;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON when the body is JSON, else the text, else undefined when empty. */
  body: unknown;
}

/** Pulls the service's own words out of an error body (each provider knows its shape). */
export type ErrorMessageReader = (body: unknown) => string | undefined;

/** Joins a base URL that may carry a path (`…/customer/v2`) with an endpoint path. */
export function joinUrl(baseUrl: string, path: string, query?: Record<string, unknown>): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, ''));
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '')
      url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** One HTTP exchange; any status is returned, network failures become HttpError. */
export async function send(call: HttpCall): Promise<HttpResponse> {
  const headers: Record<string, string> = { ...call.headers };
  let body = call.body;
  if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  }
  try {
    const response = await request(call.url, {
      method: call.method,
      headers,
      body,
      signal: call.signal,
      headersTimeout: call.headersTimeoutMs ?? 60_000,
      bodyTimeout: 60_000,
      dispatcher: call.dispatcher,
    });
    const text = await response.body.text();
    return { status: response.statusCode, headers: response.headers, body: parseBody(text) };
  } catch (error) {
    throw toHttpError(call, error);
  }
}

/** `send`, then insist on 2xx and a body matching the schema. */
export async function sendJson<S extends z.ZodType>(
  call: HttpCall,
  schema: S,
  readMessage: ErrorMessageReader = defaultMessage,
): Promise<z.output<S>> {
  const response = await send(call);
  ensureOk(call.service, response, readMessage);
  return parseResponse(call.service, schema, response.body);
}

export function ensureOk(
  service: ServiceId,
  response: HttpResponse,
  readMessage: ErrorMessageReader = defaultMessage,
): void {
  if (response.status >= 200 && response.status < 300) return;
  throw statusError(
    service,
    response.status,
    readMessage(response.body),
    parseRetryAfter(response.headers['retry-after']),
  );
}

export function parseResponse<S extends z.ZodType>(
  service: ServiceId,
  schema: S,
  body: unknown,
): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new DropshipError({
    code: 'server_error',
    service,
    retryable: false,
    message: `${SERVICE_NAMES[service]} answered in a form Dropship does not understand.`,
    hint: 'The service may have changed its API; please report this.',
  });
}

function toHttpError(call: HttpCall, error: unknown): DropshipError {
  if (error instanceof DropshipError) return error;
  if (call.signal?.aborted) {
    return new HttpError({
      code: 'cancelled',
      service: call.service,
      retryable: false,
      message: 'Cancelled.',
    });
  }
  return networkError(call.service, call.url, error);
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function defaultMessage(body: unknown): string | undefined {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    for (const key of ['message', 'error', 'detail']) {
      if (typeof record[key] === 'string' && record[key]) return record[key];
    }
  }
  if (typeof body === 'string' && body.length > 0 && body.length < 300 && !body.includes('<'))
    return body;
  return undefined;
}
