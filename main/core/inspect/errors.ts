import { DropshipError } from '../../../shared/errors';
import { t } from '../i18n/translate';

/** A file Dropship cannot read as a build: the person must pick another file, so no retry. */
export function unsupported(message: string, hint?: string): DropshipError {
  return new DropshipError({ code: 'unsupported_file', message, retryable: false, hint });
}

export function cancelled(): DropshipError {
  return new DropshipError({
    code: 'cancelled',
    message: t('inspect:cancelled'),
    retryable: false,
  });
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}

/**
 * Thrown by the byte-level parsers (AXML, ARSC, protobuf, PNG) on malformed input.
 * It carries no person-facing wording: the format readers catch it and say which file
 * of the build was damaged.
 */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

/** A structure past the readers' bounds (nesting, object count, self-reference). */
export class LimitError extends FormatError {
  constructor(message: string) {
    super(message);
    this.name = 'LimitError';
  }
}

/**
 * Runs a byte-level parse so that any out-of-bounds read (Buffer's RangeError) on a
 * malformed file surfaces as a FormatError, which callers turn into a clear message.
 */
export function guardParse<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof RangeError) throw new FormatError(err.message);
    throw err;
  }
}
