/**
 * History search at 100,000 deliveries: each filter the History view and `dropship history`
 * offer, and the two look-ups an upload makes ("already delivered", "last build of this app"),
 * on a store seeded in one go. Target: every search ≤ 50 ms (median of RUNS). Run alone with
 * `npx tsx test/bench/history-search.ts`; `npm run bench` runs it too.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Delivery } from '../../shared/domain/history';
import { SERVICE_IDS } from '../../shared/domain/services';
import { HistoryStore } from '../../main/core/history/history-store';
import { delivery } from '../support/deliveries';
import { median, ms, printSection, type BenchLine } from './report';

export const COUNT = 100_000;
const RUNS = 9;
const TARGET_MS = 50;
const ACCOUNTS = ['', 'QA team', 'Release team'];

export const HISTORY_TITLE = `History search, ${COUNT.toLocaleString('en')} deliveries (median of ${RUNS})`;

export async function runHistoryBench(): Promise<BenchLine[]> {
  const dir = await mkdtemp(join(tmpdir(), 'dropship-history-bench-'));
  const store = new HistoryStore(dir);
  try {
    const seeded = performance.now();
    for (let start = 0; start < COUNT; start += 10_000) {
      store.recordMany(Array.from({ length: 10_000 }, (_, i) => seed(start + i)));
    }
    console.log(
      `seeded ${COUNT.toLocaleString('en')} deliveries in ${ms(performance.now() - seeded)}`,
    );
    const probe = seed(54_321);
    const cases: [string, () => unknown][] = [
      ['newest 100, no filter', () => store.search()],
      ['app, part of its name', () => store.search({ app: 'app-17' })],
      ['service + since a date', () => store.search({ service: 'bitbar', from: '2026-06-01' })],
      ['version', () => store.search({ version: '5.3' })],
      ['account + failed only', () => store.search({ account: 'QA team', outcome: 'failed' })],
      ['page 50 of everything', () => store.search({ offset: 5_000 })],
      [
        'already delivered? (SHA-256)',
        () => store.deliveredBefore(probe.sha256!, probe.accountKey),
      ],
      ['last delivered build of an app', () => store.lastDelivered('com.example.app-42')],
    ];
    return cases.map(([name, search]): BenchLine => {
      search(); // warm the statement cache and the page cache, as a second search would be
      const figure = median(
        Array.from({ length: RUNS }, () => {
          const t0 = performance.now();
          search();
          return performance.now() - t0;
        }),
      );
      return {
        name: `search: ${name}`,
        figure: ms(figure),
        reference: `target ${TARGET_MS} ms`,
        ratio: figure / TARGET_MS,
        ratioMeans: '× the target',
        target: '≤ 1.00',
        met: figure <= TARGET_MS,
      };
    });
  } finally {
    store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** 200 apps, four services, three accounts, two years, a tenth failed. */
export function seed(n: number): Delivery {
  const app = n % 200;
  return delivery(n, {
    finishedAt: new Date(Date.UTC(2025, 0, 1) + n * 630_000).toISOString(),
    service: SERVICE_IDS[n % 4],
    account: ACCOUNTS[n % 3]!,
    accountKey: `${SERVICE_IDS[n % 4]} https://example.test ${ACCOUNTS[n % 3]}`,
    outcome: n % 10 === 0 ? 'failed' : 'delivered',
    appId: `com.example.app-${app}`,
    appName: `Example app-${app}`,
    version: `${Math.floor(n / 10_000)}.${n % 10}`,
    sha256: (n * 2654435761).toString(16).padStart(64, '0'),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = await runHistoryBench();
  printSection(HISTORY_TITLE, lines);
  process.exit(lines.every((line) => !('met' in line) || line.met) ? 0 : 1);
}
