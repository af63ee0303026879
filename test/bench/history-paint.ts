/**
 * The History view's first paint with 100,000 deliveries, in Chromium against the real core:
 * from the click on "History" in the sidebar to the first frame that shows the first page of
 * deliveries. Each round reloads the page, so every round is a first visit (the view's code
 * is loaded on first use, and that counts). Target ≤ 200 ms, median of ROUNDS. Part of
 * `npm run bench`; alone: `npx tsx test/bench/history-paint.ts` (after `npm run build`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { findBrowser, launchOptionsFor } from '../../main/dev/browser-choice.mjs';
import { hostCoreInPage } from '../../main/dev/browser-host';
import { serveDirectory } from '../../main/dev/static-server';
import { FIXTURE_DIR } from '../fixtures';
import { startCoreHarness } from '../support/core-harness';
import { COUNT, seed } from './history-search';
import { median, ms, printSection, type BenchLine } from './report';

const ROUNDS = 5;
const TARGET_MS = 200;
const SHOWN = `1–50 of ${COUNT.toLocaleString()}`;
const EMPTY = 'Nothing delivered yet';

/** In the page: stamp the click, then the first animation frame that shows `text`. */
const probe = (text: string) => `new Promise((done) => {
  const nav = [...document.querySelectorAll('nav button')].find((b) => b.textContent.includes('History'));
  const started = performance.now();
  const onFrame = () => {
    if (document.body.textContent.includes(${JSON.stringify(text)})) return done(performance.now() - started);
    if (performance.now() - started > 10000) return done(-1);
    requestAnimationFrame(onFrame);
  };
  nav.click();
  requestAnimationFrame(onFrame);
})`;

export const HISTORY_PAINT_TITLE = `History view at ${COUNT.toLocaleString('en')} deliveries (Chromium, real core; median of ${ROUNDS} first visits)`;

export async function runHistoryPaintBench(): Promise<BenchLine[]> {
  const dist = resolve('dist/renderer');
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Error('Build the renderer first: npm run build');
  const site = await serveDirectory(dist);
  const browser = await chromium.launch({
    ...launchOptionsFor(findBrowser()),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    // The reference: the same first visit with an empty history, in the same run.
    const empty = await firstPaints(browser, site.url, 0, EMPTY);
    const full = await firstPaints(browser, site.url, COUNT, SHOWN);
    return [
      {
        name: 'click → first page of deliveries painted',
        figure: ms(full),
        reference: `empty history ${ms(empty)}`,
        ratio: full / empty,
        ratioMeans: '× the empty history',
        target: `≤ ${TARGET_MS} ms`,
        met: full <= TARGET_MS,
      },
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}

async function firstPaints(
  browser: Browser,
  url: string,
  deliveries: number,
  shown: string,
): Promise<number> {
  const harness = await startCoreHarness();
  try {
    for (let start = 0; start < deliveries; start += 10_000) {
      harness.core.ctx.history.recordMany(
        Array.from({ length: Math.min(10_000, deliveries - start) }, (_, i) => seed(start + i)),
      );
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await hostCoreInPage(page, harness.core, FIXTURE_DIR);
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await page.goto(url);
      await page.getByRole('heading', { name: 'Upload', level: 1 }).waitFor();
      const painted = (await page.evaluate(probe(shown))) as number;
      if (painted < 0) throw new Error(`History never showed “${shown}”`);
      times.push(painted);
    }
    await page.close();
    return median(times);
  } finally {
    await harness.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lines = await runHistoryPaintBench();
  printSection(HISTORY_PAINT_TITLE, lines);
  process.exit(lines.every((line) => !('met' in line) || line.met) ? 0 : 1);
}
