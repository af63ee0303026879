import { DropshipError } from '../../../shared/errors';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import { HttpError, type RetryFlags } from '../http/errors';
import { t } from '../i18n/translate';
import { formatNumber } from '../i18n/format';

export type TransferFlags = RetryFlags;

/** An HTTP failure raised by the transfer engine, with the flags the retry policy reads. */
export class TransferError extends HttpError {}

export function stalledError(service: ServiceId, seconds: number): TransferError {
  return new TransferError(
    {
      code: 'timeout',
      service,
      retryable: true,
      message: t('transfer:stalled', { service: SERVICE_NAMES[service], seconds }),
      hint: t('transfer:stalledHint'),
    },
    undefined,
    undefined,
    { stalled: true },
  );
}

export function fileChangedError(
  fileName: string,
  expected: number,
  actual: number,
): DropshipError {
  return new DropshipError({
    code: 'invalid_input',
    retryable: false,
    message: t('transfer:fileChanged', {
      file: fileName,
      expected: formatNumber(expected),
      actual: formatNumber(actual),
    }),
    hint: t('transfer:fileChangedHint'),
  });
}

export function fileMissingError(fileName: string): DropshipError {
  return new DropshipError({
    code: 'not_found',
    retryable: false,
    message: t('transfer:fileMissing', { file: fileName }),
    hint: t('transfer:fileMissingHint'),
  });
}

export function cancelledError(service?: ServiceId): DropshipError {
  return new DropshipError({
    code: 'cancelled',
    retryable: false,
    message: t('common:cancelled'),
    ...(service ? { service } : {}),
  });
}
