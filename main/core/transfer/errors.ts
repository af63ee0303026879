import { DropshipError } from '../../../shared/errors';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import { HttpError, type RetryFlags } from '../http/errors';

export type TransferFlags = RetryFlags;

/** An HTTP failure raised by the transfer engine, with the flags the retry policy reads. */
export class TransferError extends HttpError {}

export function stalledError(service: ServiceId, seconds: number): TransferError {
  return new TransferError(
    {
      code: 'timeout',
      service,
      retryable: true,
      message: `The upload to ${SERVICE_NAMES[service]} made no progress for ${seconds} s.`,
      hint: 'Dropship starts it again automatically.',
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
    message: `${fileName} changed since it was dropped (${expected} bytes then, ${actual} now).`,
    hint: 'Drop the file again to send the new version.',
  });
}

export function fileMissingError(fileName: string): DropshipError {
  return new DropshipError({
    code: 'not_found',
    retryable: false,
    message: `${fileName} is no longer where it was dropped from.`,
    hint: 'Drop the file again.',
  });
}

export function cancelledError(service?: ServiceId): DropshipError {
  return new DropshipError({
    code: 'cancelled',
    retryable: false,
    message: 'Cancelled.',
    ...(service ? { service } : {}),
  });
}
