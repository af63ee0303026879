import type { z } from 'zod';
import { DropshipError } from '../../../shared/errors';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import { t } from '../i18n/translate';

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON when the body is JSON, else the text, else undefined when empty. */
  body: unknown;
}

/** Joins a base URL that may carry a path (`…/customer/v2`) with an endpoint path. */
export function joinUrl(baseUrl: string, path: string, query?: Record<string, unknown>): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, ''));
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '')
      url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** A 2xx body against the provider's schema; anything else is a service we do not understand. */
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
    message: t('http:unexpectedAnswer', { service: SERVICE_NAMES[service] }),
    hint: t('http:unexpectedAnswerHint'),
  });
}
