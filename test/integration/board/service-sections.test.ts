import { fixture } from '../../fixtures/index';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CALL_RETRY_POLICY } from '../../../main/core/http/client';
import type { Board, BoardOptions } from '../../../shared/contract/board';
import type { UploadJob } from '../../../shared/contract/uploads';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

/** Test IO, Bitbar and Product Science sections through the real dispatch and sandbox. */
let harness: CoreHarness;

beforeAll(async () => {
  harness = await startCoreHarness();
});
afterAll(() => harness.close());
afterEach(() => {
  for (const service of Object.values(harness.sandbox.services)) service.emulator.faults.reset();
});

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const envelope = await harness.core.dispatch(channel, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
  return envelope.value as T;
}

const RAW_ENUM = /^[A-Z_]+$|^(pending|running|completed|cancelled|critical|high|low)$/;

describe('status board sections from connected accounts', () => {
  let options: BoardOptions;

  it('offers products and projects of the connected (sandbox) accounts', async () => {
    options = await call<BoardOptions>('board.options');
    expect(options.testio.status).toBe('ready');
    expect(options.testio.items.map((i) => i.title)).toContain('Northwind Shop');
    expect(options.bitbar.status).toBe('ready');
    expect(options.bitbar.items.map((i) => i.title)).toContain('Movies app (Android)');
    expect(options.bitbar.items.find((i) => i.title === 'Movies app (Android)')?.detail).toBe(
      'Android',
    );
    // Product Science cannot list builds: nothing to pick before Dropship sent one.
    expect(options.productscience).toMatchObject({ status: 'ready', items: [] });
    expect(options.productscience.message).toMatch(/none yet/);
  });

  it('shows the latest test with open bugs by severity, and the latest run with a trend', async () => {
    const shop = options.testio.items.find((i) => i.title === 'Northwind Shop')!;
    const movies = options.bitbar.items.find((i) => i.title === 'Movies app (Android)')!;
    const board = await call<Board>('board.add', {
      testio: { productId: shop.id, title: shop.title },
      bitbar: { projectId: movies.id, title: movies.title },
    });
    const card = board.cards[0]!;
    expect(card.title).toBe('Northwind Shop');
    expect(card.sources).toEqual(['Test IO: Northwind Shop', 'Bitbar: Movies app (Android)']);

    const testio = card.testio?.data;
    expect(card.testio?.problem).toBeUndefined();
    expect(testio?.latestTest?.title).toBeTruthy();
    expect(testio?.latestTest?.statusLabel).not.toMatch(RAW_ENUM);
    const counted = testio!.openBugs.reduce((sum, bug) => sum + bug.count, 0);
    expect(counted).toBe(testio!.openBugTotal);
    for (const bug of testio!.openBugs) expect(bug.label).not.toMatch(RAW_ENUM);
    // The seeded product has open bugs from its finished test, the most severe first.
    expect(testio!.openBugTotal).toBeGreaterThan(0);
    const critical = testio!.openBugs.find((bug) => bug.severity === 'critical');
    if (critical) expect(critical).toMatchObject({ label: 'Critical', tone: 'bad' });
    expect(testio!.openBugs[0]!.severity).toMatch(/critical|high/);

    const bitbar = card.bitbar?.data;
    expect(card.bitbar?.problem).toBeUndefined();
    expect(bitbar?.latestRun?.name).toBe('Nightly latest');
    expect(bitbar?.latestRun?.resultLabel).not.toMatch(RAW_ENUM);
    expect(bitbar!.trend.length).toBeGreaterThanOrEqual(2);
    for (const ratio of bitbar!.trend) expect(ratio).toBeGreaterThanOrEqual(0);
  });

  it('marks only the section whose service fails, then recovers', async () => {
    // Outlasts the HTTP client's own retries of the GET.
    harness.sandbox.services.bitbar!.emulator.faults.failNext(CALL_RETRY_POLICY.maxAttempts, {
      status: 503,
      pathIncludes: '/runs',
    });
    const failing = (await call<Board>('board.refresh', {})).cards[0]!;
    expect(failing.bitbar?.problem?.message).toBe('Bitbar can’t be reached right now');
    expect(failing.bitbar?.data?.latestRun?.name).toBe('Nightly latest');
    expect(failing.testio?.problem).toBeUndefined();

    harness.sandbox.services.testio!.emulator.faults.failNext(1, { status: 401 });
    const revoked = (await call<Board>('board.refresh', {})).cards[0]!;
    expect(revoked.bitbar?.problem).toBeUndefined();
    expect(revoked.testio?.problem?.kind).toBe('refused');
    expect(revoked.testio?.problem?.message).toMatch(/reconnect it in Settings/);

    const recovered = (await call<Board>('board.refresh', {})).cards[0]!;
    expect(recovered.testio?.problem).toBeUndefined();
    expect(recovered.bitbar?.problem).toBeUndefined();
  });

  it('shows the last build Dropship sent to a Product Science project', async () => {
    const started = await call<{ jobs: UploadJob[] }>('uploads.start', {
      path: fixture('android-plain.apk'),
      targets: [{ service: 'productscience', projectName: 'demo-android' }],
    });
    const jobId = started.jobs[0]!.id;
    for (let i = 0; i < 200; i++) {
      const jobs = await call<UploadJob[]>('uploads.list');
      const job = jobs.find((j) => j.id === jobId);
      if (job && ['done', 'failed', 'cancelled'].includes(job.state)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const offered = await call<BoardOptions>('board.options');
    expect(offered.productscience.items.map((i) => i.title)).toEqual(['demo-android']);
    let board = await call<Board>('board.add', { productscience: { project: 'demo-android' } });
    const id = board.cards.find((c) => c.title === 'demo-android')!.id;
    // The engine writes its jobs file a moment after the job changes: the board catches up.
    for (let i = 0; i < 100; i++) {
      const upload = board.cards.find((c) => c.id === id)?.productscience?.data?.latestUpload;
      expect(upload?.stateLabel).not.toMatch(/^[a-z]+$/);
      if (upload?.stateLabel === 'Delivered') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
      board = await call<Board>('board.refresh', { cardId: id });
    }
    const card = board.cards.find((c) => c.id === id)!;
    expect(card.productscience?.data?.latestUpload).toMatchObject({
      stateLabel: 'Delivered',
      tone: 'good',
      buildName: 'Version 1.0',
    });
  });
});
