import { describe, expect, it } from 'vitest';
import type { Board } from '../../../shared/contract/board';
import { renderBoardHtml } from '../../../main/core/board/export/board-html';

const NOW = new Date('2026-11-23T14:00:00Z');
const PIXEL = 'data:image/png;base64,iVBORw0KGgo=';

const board: Board = {
  refreshSeconds: 30,
  cards: [
    {
      id: 'a',
      title: 'Field <Notes>',
      icon: PIXEL,
      sources: ['Installr (by app token)'],
      refreshing: false,
      checkedAt: NOW.toISOString(),
      installr: {
        data: {
          title: 'Field <Notes>',
          version: '1.4.0',
          buildNumber: '45',
          releasedAt: '2026-11-20T09:00:00Z',
          releaseNotes: 'Fixes <script>alert(1)</script> & more',
          installUrl: 'https://example.com/tester/install/148',
          installQr: PIXEL,
        },
        fetchedAt: '2026-11-23T13:58:00Z',
        problem: { kind: 'unreachable', message: 'Installr can’t be reached right now' },
      },
      bitbar: {
        data: {
          projectTitle: 'UI tests',
          latestRun: { name: 'Run 7', resultLabel: 'All tests passed', tone: 'good' },
          trend: [0.5, 0.75, 1],
        },
        fetchedAt: NOW.toISOString(),
      },
    },
    {
      id: 'b',
      title: 'Evil',
      icon: 'javascript:alert(1)',
      sources: [],
      refreshing: false,
      installr: {
        data: {
          title: 'Evil',
          version: '1',
          releasedAt: '2026-11-20T09:00:00Z',
          installUrl: 'javascript:alert(1)',
        },
      },
    },
  ],
};

describe('exported board page', () => {
  const page = renderBoardHtml(board, NOW);

  it('says what a stakeholder needs, in plain words', () => {
    expect(page).toContain(
      'Version 1.4.0 (build 45)</p><p class="muted">Released 20 Nov 2026, 09:00 UTC',
    );
    expect(page).toContain(
      'Installr can’t be reached right now — showing what we knew as of 23 Nov 2026, 13:58 UTC',
    );
    expect(page).toContain('All tests passed');
    expect(page).toContain('aria-label="Passed over the last 3 runs: 50%, 75%, 100%"');
    expect(page).toContain('<polyline');
    expect(page).toContain('href="https://example.com/tester/install/148"');
  });

  it('carries absolute times: it is read later, where “2 min ago” would be wrong', () => {
    expect(page).toContain('As of 23 Nov 2026, 14:00 UTC.');
    expect(page).not.toMatch(/\bago\b|just now/);
  });

  it('escapes what services send and drops unsafe addresses', () => {
    expect(page).not.toContain('<script');
    expect(page).toContain('Fixes &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(page).toContain('Field &lt;Notes&gt;');
    expect(page).not.toContain('javascript:');
  });

  it('stands alone: inline style, no scripts or remote resources, dark and print styles', () => {
    expect(page).toMatch(/<style>[\s\S]*prefers-color-scheme: dark[\s\S]*@media print/);
    expect(page).not.toMatch(/(src|href)="http(?!s:\/\/example\.com\/tester)/);
    expect(page).toContain("default-src 'none'; img-src data:");
    // The stylesheet is ours: it goes in as written, quotes and child selectors intact.
    expect(page).toContain("'Segoe UI'");
    expect(page).toContain('.unavailable > :not(h3)');
  });
});
