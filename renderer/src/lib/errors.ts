import { DropshipError, type DropshipErrorShape } from '../../../shared/errors';
import { i18n } from '../i18n';
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
  return { code: 'internal', retryable: false, message: i18n.t('common:somethingWentWrong') };
}

/** A failure as one line (a notice, a field): main's words, then its hint. */
export function errorSentence(shape: DropshipErrorShape): string {
  const words = errorWords(shape);
  return [words.headline, words.hint].filter(Boolean).join(' ');
}
