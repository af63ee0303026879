import { DropshipError, type DropshipErrorShape } from '../../../shared/errors';

/** Any failure as the shared shape, so views render one kind of error. */
export function asErrorShape(error: unknown): DropshipErrorShape {
  if (error instanceof DropshipError) return error.toShape();
  return { code: 'internal', retryable: false, message: 'Something went wrong inside Dropship.' };
}
