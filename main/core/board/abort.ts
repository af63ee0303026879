import { DropshipError } from '../../../shared/errors';
import { t } from '../i18n/translate';

/**
 * Settles with `work`, or rejects as a timeout once `signal` aborts: for client calls that
 * take no signal, so one slow service cannot hold a card's refresh. The call itself ends
 * on its own (the HTTP helper has timeouts); its late result is ignored.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(timedOut());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(timedOut());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function timedOut(): DropshipError {
  return new DropshipError({ code: 'timeout', retryable: true, message: t('board:noAnswer') });
}
