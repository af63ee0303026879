import { DropshipError } from '../../../../shared/errors';
import type { HttpError } from '../../http/errors';
import { parseRetryAfter, reworded, statusError } from '../../http/errors';
import type { HttpResponse } from '../../http/request';
import { readBitbarMessage } from './schemas';
import { t } from '../../i18n/translate';

/** What a call was doing, so an error can say it: "create the device group". */
export interface CallPurpose {
  action: string;
  /** What a 404 means: "project 12", "device run 7". */
  subject?: string;
}

/** Bitbar's error Object turned into a sentence that names the action. */
export function bitbarError(response: HttpResponse, purpose: CallPurpose, auth: string): HttpError {
  const said = readBitbarMessage(response.body);
  const status = response.status;
  const base = statusError(
    'bitbar',
    status,
    said,
    parseRetryAfter(response.headers['retry-after']),
  );
  const reason = said ? said.replace(/\.$/, '') : undefined;
  const make = (message: string, hint?: string) => reworded(base, { message, hint });
  const { action } = purpose;
  switch (status) {
    case 400:
      return make(
        t('bitbar:error.couldNot', { action, reason: reason ?? t('bitbar:error.notValid') }),
      );
    case 401:
      return auth === 'apiKey'
        ? make(t('bitbar:error.keyRefused'), t('bitbar:error.keyRefusedHint'))
        : make(t('bitbar:error.signInRefused'), t('bitbar:signIn.again'));
    case 403:
      return make(
        t('bitbar:error.mayNot', { action }),
        reason ? t('bitbar:error.bitbarSays', { reason }) : undefined,
      );
    case 404:
      return make(
        t('bitbar:error.notFound', { subject: purpose.subject ?? t('bitbar:error.whatWasAsked') }),
        t('bitbar:error.notFoundHint'),
      );
    case 409:
      return make(
        t('bitbar:error.couldNot', { action, reason: reason ?? t('bitbar:error.exists') }),
      );
    default:
      return base;
  }
}

/** The session ended (refresh refused); the renderer asks for the password and retries. */
export function signInRequired(): DropshipError {
  return new DropshipError({
    code: 'unauthorized',
    service: 'bitbar',
    retryable: false,
    message: t('bitbar:signIn.ended'),
    hint: t('bitbar:signIn.endedHint'),
  });
}
