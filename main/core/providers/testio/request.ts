import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { ServiceCredentials } from '../../accounts/accounts';
import type { HttpError } from '../../http/errors';
import { parseRetryAfter, reworded, statusError } from '../../http/errors';
import { httpOf } from '../../http/client';
import { joinUrl, type HttpResponse } from '../../http/request';
import { readTestioError } from './schemas';
import { t } from '../../i18n/translate';

/**
 * Test IO's customer API v2 is plain functions, one per endpoint, in a file per area
 * (products, environments, features, tests, bugs; binary app uploads in upload.ts).
 * This is the one way they talk to Test IO: adds `Authorization: Token …`, sends JSON, and
 * turns Test IO's error bodies into sentences that name what was being done.
 */
export interface TestioCall {
  method: Dispatcher.HttpMethod;
  path: string;
  query?: Record<string, unknown>;
  json?: unknown;
  signal?: AbortSignal;
  /** What we were doing, for the message: "create the test", "accept bug 12". */
  action: string;
  /** What a 404 means: "product 12", "bug 7". */
  subject?: string;
}

export function testioHeaders(credentials: ServiceCredentials): Record<string, string> {
  return { authorization: `Token ${credentials.secret}`, accept: 'application/json' };
}

export async function testioRequest<S extends z.ZodType>(
  credentials: ServiceCredentials,
  call: TestioCall,
  schema: S,
): Promise<z.output<S>> {
  return httpOf(credentials).json(
    {
      service: 'testio',
      method: call.method,
      url: joinUrl(credentials.baseUrl, call.path, call.query),
      headers: testioHeaders(credentials),
      ...(call.json !== undefined ? { json: call.json } : {}),
      ...(call.signal ? { signal: call.signal } : {}),
      refusal: (response) => refusalFor(response, call),
    },
    schema,
  );
}

/** Any 2xx passes; anything else becomes a Test IO error worded for `call`. */
export function ensureTestioOk(
  response: HttpResponse,
  call: Pick<TestioCall, 'action' | 'subject'>,
): void {
  if (response.status >= 200 && response.status < 300) return;
  throw refusalFor(response, call);
}

function refusalFor(response: HttpResponse, call: Pick<TestioCall, 'action' | 'subject'>) {
  return testioError(
    response.status,
    response.body,
    call,
    parseRetryAfter(response.headers['retry-after']),
  );
}

/** 400/401/404/422 become specific sentences; the rest keep the shared wording. */
export function testioError(
  status: number,
  body: unknown,
  call: Pick<TestioCall, 'action' | 'subject'>,
  retryAfterMs?: number,
): HttpError {
  const said = readTestioError(body);
  const base = statusError('testio', status, said.message, retryAfterMs);
  const reason = said.message ? sentenceCase(said.message) : undefined;
  const specific = (message: string, hint?: string) =>
    reworded(base, { message, hint, fields: said.fields });
  switch (status) {
    case 400:
      return specific(
        t('testio:error.couldNot', {
          action: call.action,
          reason: reason ?? t('testio:error.fieldMissing'),
        }),
        t('testio:error.checkFields'),
      );
    case 401:
      return specific(t('testio:error.tokenRefused'), t('testio:error.tokenRefusedHint'));
    case 404:
      return specific(
        t('testio:error.notFound', { subject: call.subject ?? t('testio:error.whatWasAsked') }),
        t('testio:error.notFoundHint'),
      );
    case 422:
      return specific(
        t('testio:error.refused', {
          action: call.action,
          reason: reason ?? t('testio:error.notValid'),
        }),
      );
    default:
      return base;
  }
}

function sentenceCase(message: string): string {
  // Rails prefixes model errors with "Validation failed:"; after our own colon it is noise.
  const trimmed = message
    .trim()
    .replace(/^validation failed:\s*/i, '')
    .replace(/\.$/, '');
  // "Title can't be blank" reads on after a colon; "URL is missing" keeps its capitals.
  const keepsCapital = /^.[A-Z]/.test(trimmed);
  return keepsCapital ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}
