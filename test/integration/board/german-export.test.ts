import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../main/core/i18n/resources';
import type { Board, BoardOptions } from '../../../shared/contract/board';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

/** The exported board of a German core, from the sandbox's data through the real dispatch. */
let harness: CoreHarness;
let page: string;

beforeAll(async () => {
  harness = await startCoreHarness({ locale: 'de-DE' });
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const envelope = await harness.core.dispatch(channel, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  };
  const options = await call<BoardOptions>('board.options');
  const app = options.installr.items[0]!;
  const shop = options.testio.items.find((i) => i.title === 'Northwind Shop')!;
  const movies = options.bitbar.items.find((i) => i.title === 'Movies app (Android)')!;
  await call<Board>('board.add', {
    installr: { kind: 'account', appId: app.id },
    testio: { productId: shop.id, title: shop.title },
    bitbar: { projectId: movies.id, title: movies.title },
    productscience: { project: 'demo-android' },
  });
  const path = join(harness.dataDir, 'status.html');
  await call('board.exportHtml', { path });
  page = await readFile(path, 'utf8');
});
afterAll(() => harness.close());

/** The page's words: tags, the stylesheet and attribute-only markup removed. */
const text = () =>
  page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the exported board of a German core', () => {
  it('is a German page: its language, headings, dates and counts', () => {
    expect(page).toContain('<html lang="de">');
    expect(page).toMatch(
      /<h1>App-Status<\/h1>\s*<p>Stand: \d{1,2}\. [A-Z][a-zä]+\.? \d{4}, \d\d:\d\d UTC\. Erstellt mit Dropship\.<\/p>/,
    );
    for (const heading of [
      'Installieren',
      'Funde der Tester',
      'Automatische Tests auf Geräten',
      'Performance-Build',
    ]) {
      expect(page).toContain(`<h3>${heading}</h3>`);
    }
    expect(text()).toMatch(/Veröffentlicht am \d{1,2}\. /);
    expect(text()).toMatch(/\d+ offener? Fehler|Keine offenen Fehler/);
  });

  it('has no English left from the words main writes', () => {
    const words = text();
    const english = Object.values(RESOURCES.en.board.export)
      .concat(Object.values(RESOURCES.en.board.test), Object.values(RESOURCES.en.board.run))
      .concat(Object.values(RESOURCES.en.board.severity), Object.values(RESOURCES.en.board.upload))
      // The fixed part of each sentence: the words before its first placeholder.
      .map((sentence) => sentence.split('{{')[0]!.trim())
      .filter((fixed) => fixed.length > 3 && !/^(App|Version|Status)\b/.test(fixed));
    const escape = (fixed: string) => fixed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const fixed of english) {
      expect(words, fixed).not.toMatch(new RegExp(`(^|\\W)${escape(fixed)}($|\\W)`));
    }
    expect(words).not.toMatch(/\b(ago|yet|tests? passed|Released|Started|Install)\b/);
  });
});
