import { DropshipError, type ErrorCode } from '../../../shared/errors';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import type { MessageKey } from '../i18n/resources';
import { t } from '../i18n/translate';

/** What the retry policy needs to know about a failure beyond its shared shape. */
export interface RetryFlags {
  /** Refused by storage (S3/GCS), not by the service's API. */
  storage?: boolean;
  /** The presigned/signed URL expired or was refused: a fresh one may work. */
  freshUrl?: boolean;
  /** No byte moved for the stall window. */
  stalled?: boolean;
}

/** A failed HTTP exchange; keeps what the retry policy needs beyond the shared shape. */
export class HttpError extends DropshipError {
  constructor(
    shape: ConstructorParameters<typeof DropshipError>[0],
    readonly status?: number,
    readonly retryAfterMs?: number,
    readonly flags: RetryFlags = {},
  ) {
    super(shape);
  }
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'rejected',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  422: 'rejected',
  429: 'rate_limited',
};

export function codeForStatus(status: number): ErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? 'server_error' : 'rejected');
}

const HINTS: Partial<Record<ErrorCode, (service: string) => string>> = {
  unauthorized: (service) => t('http:hint.unauthorized', { service }),
  forbidden: (service) => t('http:hint.forbidden', { service }),
  rate_limited: () => t('http:hint.rateLimited'),
  server_error: (service) => t('http:hint.serverError', { service }),
};

/** Seconds or an HTTP date, as Retry-After allows; capped so a bad header cannot stall us. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()) {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return undefined;
  const seconds = Number(raw);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(raw) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 10 * 60_000) : undefined;
}

export function statusError(
  service: ServiceId,
  status: number,
  serviceMessage: string | undefined,
  retryAfterMs?: number,
): HttpError {
  const code = codeForStatus(status);
  const name = SERVICE_NAMES[service];
  const fallback: Partial<Record<ErrorCode, MessageKey>> = {
    unauthorized: 'http:status.unauthorized',
    forbidden: 'http:status.forbidden',
    not_found: 'http:status.notFound',
    rate_limited: 'http:status.rateLimited',
    server_error: 'http:status.serverError',
    too_large: 'http:status.tooLarge',
  };
  const message = serviceMessage
    ? t('http:status.serviceSays', { service: name, said: serviceMessage })
    : t(fallback[code] ?? 'http:status.refused', { service: name, status });
  const hint = HINTS[code]?.(name);
  return new HttpError(
    {
      code,
      service,
      message,
      retryable: code === 'server_error' || code === 'rate_limited',
      ...(hint ? { hint } : {}),
    },
    status,
    retryAfterMs,
  );
}

/**
 * The same failure — code, retryability, status, Retry-After — in a provider's own words
 * (which action failed, what to do), replacing the generic sentence of `statusError`.
 */
export function reworded(
  base: HttpError,
  words: {
    message: string;
    hint?: string | undefined;
    fields?: Record<string, string> | undefined;
  },
): HttpError {
  return new HttpError(
    {
      code: base.code,
      ...(base.service ? { service: base.service } : {}),
      retryable: base.retryable,
      message: words.message,
      ...(words.hint ? { hint: words.hint } : {}),
      ...(words.fields ? { fields: words.fields } : {}),
    },
    base.status,
    base.retryAfterMs,
  );
}

/** Network-level failures: the message names the host only, never a (signed) URL. */
export function networkError(service: ServiceId, url: string, cause: unknown): HttpError {
  const name = SERVICE_NAMES[service];
  const host = safeHost(url);
  const errCode = (cause as { code?: string } | undefined)?.code;
  if (errCode === 'UND_ERR_HEADERS_TIMEOUT' || errCode === 'UND_ERR_BODY_TIMEOUT') {
    return new HttpError({
      code: 'timeout',
      service,
      retryable: true,
      message: t('http:network.stopped', { service: name, host }),
      hint: t('http:network.stoppedHint'),
    });
  }
  const refused = errCode === 'ECONNREFUSED' || errCode === 'ENOTFOUND';
  return new HttpError({
    code: 'network',
    service,
    retryable: true,
    message: refused
      ? t('http:network.unreachable', { service: name, host })
      : t('http:network.interrupted', { service: name, host }),
    hint: refused ? t('http:network.unreachableHint') : t('http:network.interruptedHint'),
  });
}

export function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return t('http:invalidAddress');
  }
}
