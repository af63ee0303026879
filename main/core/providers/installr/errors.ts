import type { HttpError } from '../../http/errors';
import { parseRetryAfter, reworded, statusError } from '../../http/errors';
import type { HttpResponse } from '../../http/request';
import { readInstallrMessage } from './schemas';
import { t } from '../../i18n/translate';

/** What the endpoint knows about its own failures, to word them for a person. */
export interface ErrorContext {
  /** Message for a 404 ("Installr has no app with id 65 on this account."). */
  notFound?: string;
  notFoundHint?: string;
  /** The input field a 400 is about (e.g. `emails`), so the form can point at it. */
  rejectedField?: string;
}

/**
 * Installr's refusals (`{result: "error", message}`) as our error shape: the token and
 * not-found cases in our words, the rest with Installr's own message, which names the
 * problem (e.g. the invalid email addresses).
 */
export function installrError(response: HttpResponse, context: ErrorContext = {}): HttpError {
  // A 200 with `result: "error"` is a refusal of the request itself.
  const status = response.status >= 200 && response.status < 300 ? 400 : response.status;
  // A 5xx body says nothing a person can act on (often an HTML page); our words do.
  const serviceMessage = status >= 500 ? undefined : readInstallrMessage(response.body);
  const base = statusError(
    'installr',
    status,
    serviceMessage,
    parseRetryAfter(response.headers['retry-after']),
  );
  // Installr's own hint stays unless the new words bring one.
  const reshape = (changes: { message: string; hint?: string; fields?: Record<string, string> }) =>
    reworded(base, { hint: base.hint, ...changes });

  if (status === 401) {
    return reshape({
      message: t('installr:tokenRefused'),
      hint: t('installr:tokenRefusedHint'),
    });
  }
  if (status === 404 && context.notFound) {
    return reshape({
      message: context.notFound,
      ...(context.notFoundHint ? { hint: context.notFoundHint } : {}),
    });
  }
  if ((status === 400 || status === 422) && serviceMessage && context.rejectedField) {
    return reshape({
      message: t('installr:refusedIt', { said: serviceMessage }),
      fields: { [context.rejectedField]: serviceMessage },
    });
  }
  return base;
}
