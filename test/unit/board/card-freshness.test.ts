import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../../shared/domain/board';
import { cardFreshness } from '../../../renderer/src/views/board/freshness';

const NOW = Date.parse('2026-11-23T14:00:00Z');
const unreachable = {
  kind: 'unreachable' as const,
  message: 'Installr can’t be reached right now',
};
const card = (changes: Partial<BoardCard>): BoardCard => ({
  id: 'a',
  title: 'Field Notes',
  sources: [],
  refreshing: false,
  checkedAt: new Date(NOW - 2000).toISOString(),
  installr: { fetchedAt: new Date(NOW - 120_000).toISOString() },
  bitbar: { fetchedAt: new Date(NOW - 2000).toISOString() },
  ...changes,
});

describe('a board card’s footer', () => {
  it('says "Updated just now" only when every part was updated', () => {
    expect(cardFreshness(card({}), NOW)).toBe('Updated just now');
  });

  it('does not claim fresh data for a part whose refresh failed', () => {
    const partly = card({ installr: { problem: unreachable } });
    expect(cardFreshness(partly, NOW)).toBe('Updated just now, except Installr');
    const none = card({ installr: { problem: unreachable }, bitbar: undefined });
    expect(cardFreshness(none, NOW)).toBe('Not updated: the last try (just now) failed');
  });

  it('says it is checking before the first refresh', () => {
    expect(cardFreshness(card({ checkedAt: undefined }), NOW)).toBe('Checking…');
  });
});
