import { DropshipError, type DropshipErrorShape } from '../../../shared/errors';
import { errorWords } from '../ui/error-words';
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

/** A failure as one line (a notice, a field): in German the code's words, then main's. */
export function errorSentence(shape: DropshipErrorShape): string {
  const words = errorWords(shape);
  return [words.headline, words.detail, words.hint].filter(Boolean).join(' ');
}
