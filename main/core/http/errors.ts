import { DropshipError, type ErrorCode } from '../../../shared/errors';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';

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
  unauthorized: (s) => `Check the token in Settings → ${s}, or reconnect the account.`,
  forbidden: (s) => `Your ${s} account is not allowed to do this.`,
  rate_limited: () => 'Dropship will try again shortly.',
  server_error: (s) => `${s} is having trouble; try again in a moment.`,
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
  const fallback: Record<string, string> = {
    unauthorized: `${name} did not accept the credentials.`,
    forbidden: `${name} refused access.`,
    not_found: `${name} could not find that.`,
    rate_limited: `${name} asked us to slow down.`,
    server_error: `${name} had an internal problem (HTTP ${status}).`,
    too_large: `${name} says the file is too large.`,
  };
  const message = serviceMessage
    ? `${name}: ${serviceMessage}`
    : (fallback[code] ?? `${name} refused the request (HTTP ${status}).`);
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
      message: `${name} (${host}) stopped answering.`,
      hint: 'Check your connection; Dropship retries automatically.',
    });
  }
  const refused = errCode === 'ECONNREFUSED' || errCode === 'ENOTFOUND';
  return new HttpError({
    code: 'network',
    service,
    retryable: true,
    message: refused
      ? `Could not reach ${name} at ${host}.`
      : `The connection to ${name} (${host}) was interrupted.`,
    hint: refused
      ? 'Check your internet connection and the address in Settings.'
      : 'Dropship retries automatically.',
  });
}

export function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid address';
  }
}
