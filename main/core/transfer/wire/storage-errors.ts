import { SERVICE_NAMES, type ServiceId } from '../../../../shared/domain/services';
import { codeForStatus, parseRetryAfter } from '../../http/errors';
import type { HttpResponse } from '../../http/request';
import { TransferError } from '../errors';
import { t } from '../../i18n/translate';

/** S3 and GCS answer errors as `<Error><Code>…</Code><Message>…</Message></Error>`. */
export function readStorageError(body: unknown): { code?: string; message?: string } {
  if (body && typeof body === 'object') return readJsonError(body as Record<string, unknown>);
  if (typeof body !== 'string') return {};
  const pick = (tag: string) =>
    new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(body)?.[1]?.trim() || undefined;
  const code = pick('Code');
  const message = pick('Message');
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

/** GCS's JSON API shape `{error: {code, message}}`, or S3-like `{Code, Message}`. */
function readJsonError(body: Record<string, unknown>): { code?: string; message?: string } {
  const inner = (body.error ?? body) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const code = text(inner.Code) ?? text(inner.reason);
  const message = text(inner.Message) ?? text(inner.message);
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

const EXPIRED = /expired|ExpiredToken|Request has expired|AuthenticationRequired/i;

/**
 * Storage refused the upload. A 403 (expired, bad signature, policy) or an "expired" 400
 * asks for a fresh signed URL; 5xx and 429 retry as usual; anything else is final. The
 * message names the service that issued the URL and never the URL itself.
 */
export function storageError(service: ServiceId, response: HttpResponse): TransferError {
  const { status } = response;
  const { code: storageCode, message } = readStorageError(response.body);
  const name = SERVICE_NAMES[service];
  const expired = EXPIRED.test(`${storageCode ?? ''} ${message ?? ''}`);
  const freshUrl = status === 403 || (status === 400 && expired);
  const words = message ?? storageCode ?? `HTTP ${status}`;
  const text = freshUrl
    ? expired
      ? t('transfer:storage.linkExpired', { service: name })
      : t('transfer:storage.linkRefused', { service: name, words })
    : status === 400 && storageCode === 'EntityTooLarge'
      ? t('transfer:storage.tooLarge', { service: name })
      : t('transfer:storage.refused', { service: name, words });
  return new TransferError(
    {
      code: freshUrl
        ? 'forbidden'
        : storageCode === 'EntityTooLarge'
          ? 'too_large'
          : codeForStatus(status),
      service,
      retryable: freshUrl || status >= 500 || status === 429,
      message: text,
      ...(freshUrl ? { hint: t('transfer:storage.newLinkHint') } : {}),
    },
    status,
    parseRetryAfter(response.headers['retry-after']),
    { storage: true, freshUrl },
  );
}
