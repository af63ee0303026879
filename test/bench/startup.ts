/**
 * Start-up, against what the platform itself costs, measured in the same run:
 *
 *  - the app: from nothing running to the Upload view painted in Chromium (sandbox and core
 *    started, browser launched, renderer loaded), against the same steps showing a
 *    one-line page (target: ≤ that + 500 ms);
 *  - the CLI: `dropship inspect` on a small build, as `npm run build` ships it
 *    (dist/cli/dropship.mjs: one bundle, each command in its own chunk), against a bare
 *    `node -e 0` (target: ≤ that + 50 ms).
 *
 *   npx tsx test/bench/startup.ts     (after `npm run build`)
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { findBrowser, launchOptionsFor } from '../../main/dev/browser-choice.mjs';
import { hostCoreInPage } from '../../main/dev/browser-host';
import { serveDirectory } from '../../main/dev/static-server';
import { fixture, FIXTURE_DIR } from '../fixtures';
import { startCoreHarness } from '../support/core-harness';
import { median, ms, printSection, type BenchLine } from './report';

const run = promisify(execFile);
const UI_RUNS = 3;
const CLI_RUNS = 7;

/**
 * In the page: once `selector` is in the DOM, wait for the frame that shows it to be
 * painted (a rAF, then a task after it) and note the wall-clock time.
 */
const paintedProbe = (selector: string) => `(() => {
  const done = () => requestAnimationFrame(() => setTimeout(() => {
    window.__paintedAt = performance.timeOrigin + performance.now();
  }));
  const check = () => {
    if (!document.querySelector(${JSON.stringify(selector)})) return false;
    done();
    return true;
  };
  const start = () => {
    if (check()) return;
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
})()`;

async function paintedAt(page: Page): Promise<number> {
  for (;;) {
    const at = (await page.evaluate('window.__paintedAt ?? 0')) as number;
    if (at > 0) return at;
    await page.waitForTimeout(5);
  }
}

/** From nothing to `selector` painted: optionally the core and sandbox, then Chromium. */
async function timeToPaint(url: string, selector: string, withCore: boolean): Promise<number> {
  const started = Date.now();
  const harness = withCore ? await startCoreHarness() : undefined;
  const browser = await chromium.launch({
    ...launchOptionsFor(findBrowser()),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (harness) await hostCoreInPage(page, harness.core, FIXTURE_DIR);
    await page.addInitScript({ content: paintedProbe(selector) });
    await page.goto(url);
    return (await paintedAt(page)) - started;
  } finally {
    await browser.close();
    await harness?.close();
  }
}

async function uiRows(): Promise<BenchLine[]> {
  const dist = resolve('dist/renderer');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('Build first: npm run build');
  const blankDir = await mkdtemp(join(tmpdir(), 'dropship-blank-'));
  await writeFile(join(blankDir, 'index.html'), '<!doctype html><title>x</title><p id="x">x</p>');
  const [app, blank] = await Promise.all([serveDirectory(dist), serveDirectory(blankDir)]);
  try {
    const appTimes: number[] = [];
    const blankTimes: number[] = [];
    for (let i = 0; i < UI_RUNS; i++) {
      blankTimes.push(await timeToPaint(blank.url, '#x', false));
      appTimes.push(await timeToPaint(app.url, 'section[aria-label="Choose a build"]', true));
    }
    const appMs = median(appTimes);
    const blankMs = median(blankTimes);
    return [
      {
        name: `app start → Upload view painted (median of ${UI_RUNS})`,
        figure: ms(appMs),
        reference: `one-line page ${ms(blankMs)}`,
        ratio: appMs / blankMs,
        ratioMeans: '× the one-line page',
        target: `≤ +500 ms (${ms(blankMs + 500)})`,
        met: appMs <= blankMs + 500,
      },
    ];
  } finally {
    await Promise.all([app.close(), blank.close()]);
    await rm(blankDir, { recursive: true, force: true });
  }
}

async function cliRows(): Promise<BenchLine[]> {
  const cli = resolve('dist/cli/dropship.mjs');
  if (!existsSync(cli)) throw new Error('Build first: npm run build');
  const build = fixture('android-plain.apk');
  const { stdout } = await run(process.execPath, [cli, 'inspect', build, '--json']);
  if (!stdout.includes('"com.dropship.hello"')) throw new Error('dropship inspect misread it');
  const cliTimes: number[] = [];
  const nodeTimes: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    let started = performance.now();
    await run(process.execPath, ['-e', '0']);
    nodeTimes.push(performance.now() - started);
    started = performance.now();
    await run(process.execPath, [cli, 'inspect', build, '--json']);
    cliTimes.push(performance.now() - started);
  }
  const cliMs = median(cliTimes);
  const nodeMs = median(nodeTimes);
  return [
    {
      name: `dropship inspect, 7.6 KB APK (median of ${CLI_RUNS})`,
      figure: ms(cliMs),
      reference: `node -e 0 ${ms(nodeMs)}`,
      ratio: cliMs / nodeMs,
      ratioMeans: "× Node's own start",
      target: `≤ +50 ms (${ms(nodeMs + 50)})`,
      met: cliMs <= nodeMs + 50,
    },
  ];
}

export async function runStartupBench(): Promise<BenchLine[]> {
  return [...(await uiRows()), ...(await cliRows())];
}

export const STARTUP_TITLE = 'Start-up';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSection(STARTUP_TITLE, await runStartupBench());
}
