import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../main/core/history/history-store';
import { delivery } from '../../support/deliveries';

let dir: string;
let store: HistoryStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-history-'));
  store = new HistoryStore(dir);
});
afterEach(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('HistoryStore', () => {
  it('keeps every field of a delivery and returns the newest first', () => {
    store.record(delivery(1));
    store.record(delivery(2, { service: 'bitbar', outcome: 'failed', error: 'Refused' }));
    const page = store.search();
    expect(page.total).toBe(2);
    expect(page.deliveries.map((d) => d.id)).toEqual(['job-2', 'job-1']);
    expect(page.deliveries[1]).toEqual(delivery(1));
  });

  it('filters by app (id or name, in part), version, service, account, outcome and day', () => {
    store.record(delivery(1));
    store.record(delivery(2, { appId: 'org.other', appName: 'Other App', version: '2.0' }));
    store.record(delivery(3, { service: 'testio', account: 'QA team' }));
    store.record(delivery(4, { finishedAt: '2026-12-05T10:00:00.000Z', outcome: 'failed' }));
    const ids = (filter: Parameters<HistoryStore['search']>[0]) =>
      store.search(filter).deliveries.map((d) => d.id);
    expect(ids({ app: 'other' })).toEqual(['job-2']);
    expect(ids({ app: 'EXAMPLE.app' })).toEqual(['job-4', 'job-3', 'job-1']);
    expect(ids({ app: '100%' })).toEqual([]);
    expect(ids({ version: '2.0' })).toEqual(['job-2']);
    expect(ids({ service: 'testio' })).toEqual(['job-3']);
    expect(ids({ account: 'QA team' })).toEqual(['job-3']);
    expect(ids({ outcome: 'failed' })).toEqual(['job-4']);
    expect(ids({ from: '2026-12-05' })).toEqual(['job-4']);
    expect(ids({ to: '2026-12-01' })).toEqual(['job-3', 'job-2', 'job-1']);
    expect(store.search({ limit: 2, offset: 1 })).toMatchObject({ total: 4 });
    expect(store.search({ limit: 2, offset: 1 }).deliveries.map((d) => d.id)).toEqual([
      'job-3',
      'job-2',
    ]);
  });

  it('refuses a date that is not one, with words a person can fix', () => {
    expect(() => store.search({ from: '3 Dec' })).toThrow(/Use a date like 2026-12-03/);
  });

  it('finds the first delivery of the same bytes to the same account, not failed ones', () => {
    const sha = 'ab'.repeat(32);
    const key = 'installr https://installr.example Team A';
    store.record(delivery(1, { sha256: sha, accountKey: key, outcome: 'failed' }));
    store.record(delivery(2, { sha256: sha, accountKey: key }));
    store.record(delivery(3, { sha256: sha, accountKey: key }));
    expect(store.deliveredBefore(sha, key)?.id).toBe('job-2');
    expect(store.deliveredBefore(sha, 'installr https://installr.example Team B')).toBeUndefined();
    expect(store.deliveredBefore('cd'.repeat(32), key)).toBeUndefined();
  });

  it('starts in a data folder that does not exist yet, as on a first launch', () => {
    const fresh = new HistoryStore(join(dir, 'not', 'yet', 'there'));
    fresh.record(delivery(1));
    expect(fresh.search().total).toBe(1);
    fresh.close();
  });

  it('survives being reopened, as after a restart', () => {
    store.record(delivery(7));
    store.close();
    store = new HistoryStore(dir);
    expect(store.search().deliveries.map((d) => d.id)).toEqual(['job-7']);
  });

  it('moves an unreadable file aside and starts a new history instead of crashing', async () => {
    store.close();
    for (const name of await readdir(dir)) await rm(join(dir, name));
    await writeFile(join(dir, 'history.sqlite'), 'this is not a database, it is a text file');
    store = new HistoryStore(dir);
    expect(store.recoveredFrom).toMatch(/history\.sqlite\.unreadable-\d+$/);
    store.record(delivery(1));
    expect(store.search().total).toBe(1);
  });

  it('keeps every committed delivery when the process is killed mid-write', async () => {
    store.close();
    // A child records deliveries as fast as it can and says how many it has committed;
    // SIGKILL lands between or inside writes. Whatever it confirmed must be there, intact.
    const script = `
      import { HistoryStore } from ${JSON.stringify(join(process.cwd(), 'main/core/history/history-store.ts'))};
      const store = new HistoryStore(${JSON.stringify(dir)});
      for (let n = 0; ; n++) {
        store.record({ ...JSON.parse(process.argv[1]), id: 'job-' + n, build: String(n) });
        process.stdout.write(n + '\\n');
      }`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(delivery(0))],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let confirmed = -1;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const last = chunk.toString().trim().split('\n').pop();
        confirmed = Number(last);
        if (confirmed >= 300 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    store = new HistoryStore(dir);
    const { total } = store.search({ limit: 1 });
    expect(confirmed).toBeGreaterThanOrEqual(300);
    expect(total).toBeGreaterThanOrEqual(confirmed + 1);
    expect(store.search({ version: '1.0', limit: 1000 }).deliveries.every((d) => d.fileName)).toBe(
      true,
    );
  });
});
