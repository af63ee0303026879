import type { DropshipErrorShape, ErrorCode } from '../../../shared/errors';
import { SERVICE_NAMES } from '../../../shared/domain/services';
import { currentLanguage, i18n } from '../i18n';

/**
 * Main writes its errors in English, specific to the case ("Installr did not accept the
 * token"). In English the view shows that sentence; in another language it leads with the
 * error's code in that language, and keeps main's sentence below as the detail.
 */
const HEADLINES: Record<ErrorCode, string> = {
  unauthorized: 'common:errors.unauthorized',
  forbidden: 'common:errors.forbidden',
  not_found: 'common:errors.not_found',
  invalid_input: 'common:errors.invalid_input',
  rejected: 'common:errors.rejected',
  conflict: 'common:errors.conflict',
  too_large: 'common:errors.too_large',
  unsupported_file: 'common:errors.unsupported_file',
  rate_limited: 'common:errors.rate_limited',
  server_error: 'common:errors.server_error',
  network: 'common:errors.network',
  proxy: 'common:errors.proxy',
  certificate: 'common:errors.certificate',
  timeout: 'common:errors.timeout',
  cancelled: 'common:errors.cancelled',
  not_connected: 'common:errors.not_connected',
  internal: 'common:errors.internal',
};

export interface ErrorWords {
  headline: string;
  /** Main's own sentence when the headline is a translation of the code (English). */
  detail?: string;
  hint?: string;
}

export function errorWords(error: DropshipErrorShape): ErrorWords {
  const hint = error.hint ? { hint: error.hint } : {};
  if (currentLanguage() === 'en') return { headline: error.message, ...hint };
  const service = error.service ? SERVICE_NAMES[error.service] : i18n.t('common:errors.theService');
  const headline = i18n.t(HEADLINES[error.code], { service });
  return {
    headline: headline.charAt(0).toUpperCase() + headline.slice(1),
    detail: error.message,
    ...hint,
  };
}

/** One line for a field or a short note: the headline alone. */
export function errorText(error: DropshipErrorShape): string {
  return errorWords(error).headline;
}
