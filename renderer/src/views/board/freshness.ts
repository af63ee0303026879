import { BOARD_SECTIONS, type BoardCard } from '../../../../shared/domain/board';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { i18n } from '../../i18n';
import { formatList } from '../../ui/format';
import { ago } from './board-words';

/**
 * The card's footer: when it was last brought up to date. A refresh in which a service
 * failed did not update that part, so the footer says which, rather than "just now".
 */
export function cardFreshness(card: BoardCard, now: number): string {
  if (!card.checkedAt) return i18n.t('board:fresh.checking');
  const followed = BOARD_SECTIONS.filter((section) => card[section]);
  const failed = followed.filter((section) => card[section]?.problem);
  const tried = ago(card.checkedAt, now);
  if (failed.length === 0) return i18n.t('board:fresh.updated', { ago: tried });
  if (failed.length === followed.length) return i18n.t('board:fresh.notUpdated', { ago: tried });
  const services = formatList(failed.map((section) => SERVICE_NAMES[section]));
  return i18n.t('board:fresh.except', { ago: tried, services });
}
