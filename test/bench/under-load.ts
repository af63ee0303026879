/**
 * The renderer while the core uploads: one 1 GiB build sent to all four services at once,
 * through the real core, to the bench sink (test/bench/sink.ts), with the built renderer
 * open in Chromium on the Upload view (events reach the page as they reach Electron's
 * renderer: one message per event). In the page:
 *
 *  - a PerformanceObserver records every long task (≥ 50 ms on the main thread) from the
 *    upload's start to its end (target: none);
 *  - every `uploads.progress` event that reaches the page is stamped, per job; the figure
 *    is the most any job received in one second, over a sliding window (target: ≤ 10).
 *
 * A long task is wall time: on a machine whose cores are all busy, a task of a few ms of
 * work can be kept off the CPU past 50 ms. BENCH_DETAILS=1 prints when each happened and
 * each job's events; BENCH_PROFILE=out.cpuprofile saves the page's CPU profile over the
 * upload, to tell a slow task from a starved one.
 *
 *   npx tsx test/bench/under-load.ts     (after `npm run build`)
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { findBrowser, launchOptionsFor } from '../../main/dev/browser-choice.mjs';
import { hostCoreInPage } from '../../main/dev/browser-host';
import { serveDirectory } from '../../main/dev/static-server';
import { benchFile, GiB } from './curl';
import { fanoutCore, FANOUT_TARGETS } from './fanout-core';
import { ms, printSection, seconds, type BenchLine } from './report';
import { bundle, startSinkProcess } from './transfer';

const MAX_LONG_TASKS = 0;
const MAX_EVENTS_PER_SECOND = 10;

/**
 * The in-page recorder, as a string (tsx would wrap a function with helpers the page
 * lacks). Added after the bridge, so it can count events on their way to the stores.
 */
const RECORDER = `(() => {
  const load = (window.__load = { from: Infinity, to: Infinity, longTasks: [], progress: {} });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) load.longTasks.push({ at: task.startTime, ms: task.duration });
  }).observe({ type: 'longtask', buffered: true });
  const deliver = window.__dropshipDeliver;
  window.__dropshipDeliver = (event, payload) => {
    if (event === 'uploads.progress') (load.progress[payload.jobId] ??= []).push(performance.now());
    deliver(event, payload);
  };
})()`;

interface Recorded {
  from: number;
  to: number;
  longTasks: { at: number; ms: number }[];
  progress: Record<string, number[]>;
}

/** The most stamps inside any one-second window [t, t + 1000). */
function peakPerSecond(stamps: number[]): number {
  let peak = 0;
  let start = 0;
  for (let end = 0; end < stamps.length; end++) {
    while (stamps[end]! - stamps[start]! >= 1000) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

export async function runUnderLoadBench(): Promise<BenchLine[]> {
  const dist = resolve('dist/renderer');
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error('Build first: npm run build');
  const file = await benchFile(GiB, 'random');
  const sink = await startSinkProcess(await bundle('test/bench/sink.ts', 'sink'));
  const { core, close } = await fanoutCore(sink.url);
  const site = await serveDirectory(dist);
  const browser = await chromium.launch({
    ...launchOptionsFor(findBrowser()),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await hostCoreInPage(page, core, dirname(file));
    await page.addInitScript({ content: RECORDER });
    await page.goto(site.url);
    await page.locator('section[aria-label="Choose a build"]').waitFor();
    // The SHA-256 is taken when the build is dropped, before the person picks services.
    await core.ctx.uploads.digests.ofFile(file);

    const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    await page.evaluate('window.__load.from = performance.now()');
    const started = performance.now();
    const envelope = await core.dispatch('uploads.start', { path: file, targets: FANOUT_TARGETS });
    if (!envelope.ok) throw new Error(envelope.error.message);
    await core.ctx.uploads.settled();
    const uploadMs = performance.now() - started;
    // Let the last events and the frames they cause land before reading.
    await page.waitForTimeout(500);
    await page.evaluate('window.__load.to = performance.now()');
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(process.env.BENCH_PROFILE!, JSON.stringify(profile));
    }
    const jobs = await core.dispatch('uploads.list', undefined);
    const states = jobs.ok ? (jobs.value as { state: string }[]) : [];
    if (states.length !== 4 || states.some((j) => j.state !== 'done'))
      throw new Error(`the four-way upload did not finish: ${JSON.stringify(states)}`);

    const recorded = (await page.evaluate('window.__load')) as Recorded;
    const during = recorded.longTasks.filter((t) => t.at >= recorded.from && t.at <= recorded.to);
    const longest = Math.max(0, ...during.map((t) => t.ms));
    if (process.env.BENCH_DETAILS) {
      for (const t of during)
        console.log(`  long task ${ms(t.ms)} at +${ms(t.at - recorded.from)}`);
      for (const [job, stamps] of Object.entries(recorded.progress))
        console.log(`  ${job}: ${stamps.length} events, peak ${peakPerSecond(stamps)}/s`);
    }
    const perJob = Object.values(recorded.progress);
    const peak = Math.max(0, ...perJob.map(peakPerSecond));
    const total = perJob.reduce((sum, stamps) => sum + stamps.length, 0);
    const meanRate = total / perJob.length / (uploadMs / 1000);
    if (perJob.length !== 4) throw new Error(`progress reached the page for ${perJob.length} jobs`);
    return [
      {
        name: `long tasks in the renderer (> 50 ms) during the upload`,
        figure: String(during.length),
        reference: `longest ${ms(longest)}, upload ${seconds(uploadMs)}`,
        ratio: during.length,
        ratioMeans: 'long tasks',
        target: `${MAX_LONG_TASKS}`,
        met: during.length <= MAX_LONG_TASKS,
      },
      {
        name: 'progress events reaching the page, per job, peak',
        figure: `${peak}/s`,
        reference: `mean ${meanRate.toFixed(1)}/s per job`,
        ratio: peak / MAX_EVENTS_PER_SECOND,
        ratioMeans: '× the target',
        target: `≤ ${MAX_EVENTS_PER_SECOND}/s`,
        met: peak <= MAX_EVENTS_PER_SECOND,
      },
    ];
  } finally {
    await browser.close();
    await site.close();
    await close();
    sink.stop();
  }
}

export const UNDER_LOAD_TITLE = 'Under load: a 1 GiB build to four services, renderer open';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSection(UNDER_LOAD_TITLE, await runUnderLoadBench());
}
