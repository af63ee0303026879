import { DropshipError, type DropshipErrorShape } from '../../../shared/errors';
import { fieldTexts } from './field-words';

/**
 * Any failure as the shared shape, so views render one kind of error. Field problems
 * main found with the contract's schemas are put in the interface's language here.
 */
export function asErrorShape(error: unknown): DropshipErrorShape {
  if (error instanceof DropshipError) {
    const shape = error.toShape();
    return shape.fields ? { ...shape, fields: fieldTexts(shape.fields) } : shape;
  }
  return { code: 'internal', retryable: false, message: 'Something went wrong inside Dropship.' };
}
