import type { BoardSectionId, SectionProblem } from '../../../shared/domain/board';
import { DropshipError } from '../../../shared/errors';
import { SERVICE_NAMES } from '../../../shared/domain/services';
import { t } from '../i18n/translate';

/**
 * A failed section refresh, worded for a stakeholder: what is wrong and whether it will
 * sort itself out — never an HTTP status, a token or an address.
 */
export function sectionProblem(
  section: BoardSectionId,
  error: unknown,
  /** "This app", "This product", …: what disappears when the service says 404. */
  subject: { gone: string },
): SectionProblem {
  const name = SERVICE_NAMES[section];
  const code = error instanceof DropshipError ? error.code : 'internal';
  switch (code) {
    case 'network':
    case 'proxy':
    case 'certificate':
    case 'timeout':
    case 'cancelled':
    case 'server_error':
    case 'rate_limited':
      return { kind: 'unreachable', message: t('board:problem.unreachable', { service: name }) };
    case 'unauthorized':
    case 'forbidden':
      return {
        kind: 'refused',
        message: t('board:problem.refused', { service: name }),
      };
    case 'not_found':
      return { kind: 'gone', message: subject.gone };
    case 'not_connected':
      return {
        kind: 'not_connected',
        message: t('board:problem.notConnected', { service: name }),
      };
    default:
      return {
        kind: 'unreadable',
        message: t('board:problem.unreadable', { service: name }),
      };
  }
}
