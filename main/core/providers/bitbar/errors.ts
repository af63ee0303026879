import { DropshipError } from '../../../../shared/errors';
import type { HttpError } from '../../http/errors';
import { parseRetryAfter, reworded, statusError } from '../../http/errors';
import type { HttpResponse } from '../../http/request';
import { readBitbarMessage } from './schemas';

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
  switch (status) {
    case 400:
      return make(`Bitbar could not ${purpose.action}: ${reason ?? 'the request was not valid'}.`);
    case 401:
      return auth === 'apiKey'
        ? make(
            'Bitbar did not accept the API key.',
            'Check the key in Settings → Bitbar (Bitbar shows it under My account).',
          )
        : make('Bitbar did not accept the sign-in.', 'Sign in to Bitbar again.');
    case 403:
      return make(
        `Your Bitbar account may not ${purpose.action}.`,
        reason ? `Bitbar says: ${reason}.` : undefined,
      );
    case 404:
      return make(
        `Bitbar could not find ${purpose.subject ?? 'what was asked for'}.`,
        'It may have been deleted, or it belongs to another account.',
      );
    case 409:
      return make(`Bitbar could not ${purpose.action}: ${reason ?? 'it exists already'}.`);
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
    message: 'Your Bitbar session has ended.',
    hint: 'Sign in again to continue; what you were doing is kept.',
  });
}
