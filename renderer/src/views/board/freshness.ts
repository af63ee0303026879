import { BOARD_SECTIONS, type BoardCard } from '../../../../shared/domain/board';
import { ago } from '../../../../shared/domain/board-words';
import { SERVICE_NAMES } from '../../../../shared/domain/services';

/**
 * The card's footer: when it was last brought up to date. A refresh in which a service
 * failed did not update that part, so the footer says which, rather than "just now".
 */
export function cardFreshness(card: BoardCard, now: number): string {
  if (!card.checkedAt) return 'Checking…';
  const followed = BOARD_SECTIONS.filter((section) => card[section]);
  const failed = followed.filter((section) => card[section]?.problem);
  const tried = ago(card.checkedAt, now);
  if (failed.length === 0) return `Updated ${tried}`;
  if (failed.length === followed.length) return `Not updated: the last try (${tried}) failed`;
  const names = failed.map((section) => SERVICE_NAMES[section]).join(' and ');
  return `Updated ${tried}, except ${names}`;
}
