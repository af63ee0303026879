/**
 * `npm run bench`: every speed and memory target of Dropship, each figure printed beside the
 * reference it is read against (measured in the same run) and its target. Exits 1 when any
 * row misses its target, so a regression fails the command; a comparison that cannot run
 * here (no aapt) is printed as skipped, with why. Timings depend on the machine and on what
 * else runs on it: read the ratios, and rerun on a quiet machine before trusting a miss.
 *
 * Sections: transfer engine vs curl (transfer.ts), inspection vs aapt (inspect-vs-aapt.ts),
 * the same over TLS and through a proxy (tls-proxy.ts), device catalog smoothness
 * (catalog-smoothness.ts), start-up (startup.ts), the renderer during a four-way upload
 * (under-load.ts), history search (history-search.ts) and the History view's first paint
 * (history-paint.ts); the whole run
 * has a budget of 10 minutes, which is a row too. BENCH_RUNS sets the transfer runs (3).
 */
import { spawnSync } from 'node:child_process';
import { ensureBrowser, MissingTool } from '../../main/dev/ensure-deps.mjs';
import { CATALOG_TITLE, runCatalogBench } from './catalog-smoothness';
import { HISTORY_TITLE, runHistoryBench } from './history-search';
import { HISTORY_PAINT_TITLE, runHistoryPaintBench } from './history-paint';
import { INSPECT_TITLE, runInspectBench } from './inspect-vs-aapt';
import { missed, printSection, seconds, type BenchLine } from './report';
import { runStartupBench, STARTUP_TITLE } from './startup';
import { runTransferBench, TRANSFER_TITLE } from './transfer';
import { runTlsProxyBench, TLS_PROXY_TITLE } from './tls-proxy';
import { runUnderLoadBench, UNDER_LOAD_TITLE } from './under-load';

const BUDGET_MS = 10 * 60_000;
const started = performance.now();
const all: BenchLine[] = [];

async function section(title: string, measure: () => Promise<BenchLine[]>): Promise<void> {
  const lines = await measure();
  printSection(title, lines);
  all.push(...lines);
}

try {
  const browser = ensureBrowser({ purpose: 'the UI benchmarks', download: true });
  console.log(`Building the app; the UI benchmarks run in ${browser.label}.`);
  // In its own process: this one stays small, and so do the upload processes it forks.
  const built = spawnSync(process.execPath, ['main/dev/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
} catch (error) {
  if (!(error instanceof MissingTool)) throw error;
  console.error(error.message);
  process.exit(1);
}

await section(TRANSFER_TITLE, runTransferBench);
await section(TLS_PROXY_TITLE, runTlsProxyBench);
await section(INSPECT_TITLE, runInspectBench);
await section(CATALOG_TITLE, runCatalogBench);
await section(STARTUP_TITLE, runStartupBench);
await section(UNDER_LOAD_TITLE, runUnderLoadBench);
await section(HISTORY_TITLE, runHistoryBench);
await section(HISTORY_PAINT_TITLE, runHistoryPaintBench);

const elapsed = performance.now() - started;
await section('The bench itself', async () => [
  {
    name: 'npm run bench, start to finish',
    figure: seconds(elapsed),
    reference: `budget ${seconds(BUDGET_MS)}`,
    ratio: elapsed / BUDGET_MS,
    ratioMeans: '× the budget',
    target: '≤ 1.00',
    met: elapsed <= BUDGET_MS,
  },
]);

const failures = missed(all);
if (failures.length > 0) {
  console.log(`\n${failures.length} target(s) missed: ${failures.map((f) => f.name).join('; ')}.`);
  process.exit(1);
}
console.log('\nEvery target met.');
