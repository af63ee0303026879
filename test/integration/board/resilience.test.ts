import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Board } from '../../../shared/contract/board';
import { sectionNotice } from '../../../shared/domain/board-words';
import { BoardService } from '../../../main/core/board/board-service';
import { SEED_APP_TOKENS } from '../../../main/sandbox/installr/emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

/** The board across restarts and slow services. */
const dataDir = await mkdtemp(join(tmpdir(), 'dropship-board-'));
const open: CoreHarness[] = [];
afterAll(async () => {
  for (const harness of open) await harness.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function start(settings?: unknown): Promise<CoreHarness> {
  const harness = await startCoreHarness({ dataDir, ...(settings ? { settings } : {}) });
  open.push(harness);
  return harness;
}

async function call<T>(harness: CoreHarness, channel: string, input?: unknown): Promise<T> {
  const envelope = await harness.core.dispatch(channel, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
  return envelope.value as T;
}

describe('status board resilience', () => {
  it('after a restart with Installr down, shows what it knew and since when', async () => {
    const first = await start();
    await call(first, 'board.add', {
      installr: { kind: 'appToken', appToken: SEED_APP_TOKENS.cafeIos },
    });
    const settings = first.settings.read();

    const second = await start(settings);
    second.sandbox.services.installr!.emulator.faults.failNext(10, {
      status: 503,
      pathIncludes: '/apps/status/',
    });
    // Before any network call: the last session's data, without its problems.
    const listed = (await call<Board>(second, 'board.list')).cards[0]!;
    expect(listed.title).toBe('Cafe Rewards');
    expect(listed.installr?.data?.version).toBe('0.9.0');
    expect(listed.installr?.problem).toBeUndefined();

    const refreshed = (await call<Board>(second, 'board.refresh', {})).cards[0]!;
    expect(refreshed.installr?.data?.version).toBe('0.9.0');
    expect(sectionNotice(refreshed.installr, Date.now())).toMatch(
      /^Installr can’t be reached right now — showing what we knew (a moment|\d+ s) ago$/,
    );
  });

  it('counts a service that answers too slowly as unreachable, then recovers', async () => {
    const harness = await start();
    const board = new BoardService(harness.core.ctx, { sectionTimeoutMs: 300 });
    await board.add({ installr: { kind: 'account', appId: 65 } });
    harness.sandbox.services.installr!.emulator.faults.latencyMs = 2_000;
    const started = Date.now();
    const slow = (await board.refresh()).cards[0]!;
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(slow.installr?.problem?.kind).toBe('unreachable');
    expect(slow.installr?.data?.title).toBe('Field Notes');
    harness.sandbox.services.installr!.emulator.faults.latencyMs = 0;
    expect((await board.refresh()).cards[0]!.installr?.problem).toBeUndefined();
  });
});
