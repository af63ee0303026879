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
import { HistoryStore } from '../../main/core/history/history-store';
import { delivery } from '../support/deliveries';

const COUNT = 100_000;
const RUNS = 9;
const TARGET_MS = 50;
const SERVICES = ['installr', 'testio', 'bitbar', 'productscience'] as const;
const ACCOUNTS = ['', 'QA team', 'Release team'];

export interface HistoryBenchRow {
  name: string;
  medianMs: number;
  targetMs: number;
  ok: boolean;
}

export async function runHistoryBench(): Promise<HistoryBenchRow[]> {
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
    return cases.map(([name, search]) => {
      search(); // warm the statement cache and the page cache, as a second search would be
      const times = Array.from({ length: RUNS }, () => {
        const t0 = performance.now();
        search();
        return performance.now() - t0;
      }).sort((a, b) => a - b);
      const medianMs = times[Math.floor(RUNS / 2)]!;
      return { name, medianMs, targetMs: TARGET_MS, ok: medianMs <= TARGET_MS };
    });
  } finally {
    store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** 200 apps, four services, three accounts, two years, a tenth failed. */
function seed(n: number): Delivery {
  const app = n % 200;
  return delivery(n, {
    finishedAt: new Date(Date.UTC(2025, 0, 1) + n * 630_000).toISOString(),
    service: SERVICES[n % 4],
    account: ACCOUNTS[n % 3]!,
    accountKey: `${SERVICES[n % 4]} https://example.test ${ACCOUNTS[n % 3]}`,
    outcome: n % 10 === 0 ? 'failed' : 'delivered',
    appId: `com.example.app-${app}`,
    appName: `Example app-${app}`,
    version: `${Math.floor(n / 10_000)}.${n % 10}`,
    sha256: (n * 2654435761).toString(16).padStart(64, '0'),
  });
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

export function printHistoryRows(rows: HistoryBenchRow[]): void {
  console.log('\nHistory search, 100,000 deliveries (median of 9)');
  for (const row of rows) {
    const ratio = (row.medianMs / row.targetMs).toFixed(2);
    console.log(
      `  ${row.name.padEnd(34)} ${ms(row.medianMs).padStart(9)}  ${ratio}× of the ${row.targetMs} ms target  ${row.ok ? 'ok' : 'MISSED'}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runHistoryBench();
  printHistoryRows(rows);
  process.exit(rows.every((r) => r.ok) ? 0 : 1);
}
