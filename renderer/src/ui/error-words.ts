import type { DropshipErrorShape } from '../../../shared/errors';

/**
 * Main words its errors in the person's language, specific to the case ("Installr did not
 * accept the token"), with the service's hint: the view shows them as they come.
 */
export interface ErrorWords {
  headline: string;
  hint?: string;
}

export function errorWords(error: DropshipErrorShape): ErrorWords {
  return { headline: error.message, ...(error.hint ? { hint: error.hint } : {}) };
}

/** One line for a field or a short note: the headline alone. */
export function errorText(error: DropshipErrorShape): string {
  return errorWords(error).headline;
}
