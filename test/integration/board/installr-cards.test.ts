import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CALL_RETRY_POLICY } from '../../../main/core/http/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../../shared/contract/board';
import { sectionNotice } from '../../../shared/domain/board-words';
import type { DropshipErrorShape } from '../../../shared/errors';
import { SEED_APP_TOKENS, type InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

/** The board service through the real dispatch, against the Installr emulator. */
let harness: CoreHarness;

beforeAll(async () => {
  harness = await startCoreHarness();
});
afterAll(() => harness.close());
afterEach(() => harness.sandbox.services.installr!.emulator.faults.reset());

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const envelope = await harness.core.dispatch(channel, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
  return envelope.value as T;
}

async function refusal(channel: string, input?: unknown): Promise<DropshipErrorShape> {
  const envelope = await harness.core.dispatch(channel, input);
  if (envelope.ok) throw new Error(`${channel} should have failed`);
  return envelope.error;
}

const byTitle = (board: Board, title: string) => {
  const card = board.cards.find((c) => c.title === title);
  if (!card) throw new Error(`no card “${title}” in ${board.cards.map((c) => c.title)}`);
  return card;
};

describe('status board with Installr cards', () => {
  it('adds a card from an app token alone, with version, notes and a QR install link', async () => {
    const board = await call<Board>('board.add', {
      installr: { kind: 'appToken', appToken: SEED_APP_TOKENS.fieldNotesIos },
    });
    const card = byTitle(board, 'Field Notes');
    const data = card.installr?.data;
    expect(data).toMatchObject({
      version: '1.4.0',
      buildNumber: '45',
      releaseNotes: 'Photo attachments.\nDark mode follows the system setting.',
    });
    expect(data?.installUrl).toMatch(/\/tester\/install\/148$/);
    expect(data?.installQr).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(card.icon).toMatch(/^data:image\//);
    expect(card.installr?.problem).toBeUndefined();
    expect(card.sources).toEqual(['Installr (by app token)']);
    expect(card.checkedAt).toBeDefined();
    // The token is the card's key, not something the screen may show.
    expect(JSON.stringify(board)).not.toContain(SEED_APP_TOKENS.fieldNotesIos);
  });

  it('adds a card picked from the connected account', async () => {
    const options = await call<{
      installr: { status: string; items: { id: number; title: string }[] };
    }>('board.options');
    expect(options.installr.status).toBe('ready');
    const parcel = options.installr.items.find((item) => item.title === 'Parcel Tracker');
    expect(parcel).toBeDefined();
    const board = await call<Board>('board.add', {
      installr: { kind: 'account', appId: parcel!.id },
    });
    const card = byTitle(board, 'Parcel Tracker');
    expect(card.installr?.data).toMatchObject({ version: '2.1.0', buildNumber: '210' });
    expect(card.installr?.data?.installUrl).toMatch(/\/tester\/install\/151$/);
    expect(card.sources).toEqual(['Installr (your account)']);
  });

  it('refuses an unknown app token at the field, and a card twice', async () => {
    const unknown = await refusal('board.add', {
      installr: { kind: 'appToken', appToken: 'NotARealToken123' },
    });
    expect(unknown.code).toBe('invalid_input');
    expect(unknown.fields?.['installr.appToken']).toMatch(/doesn’t know this app token/);
    const twice = await refusal('board.add', {
      installr: { kind: 'appToken', appToken: SEED_APP_TOKENS.fieldNotesIos },
    });
    expect(twice.code).toBe('conflict');
    expect(twice.message).toContain('Field Notes');
    const board = await call<Board>('board.list');
    expect(board.cards.map((c) => c.title)).toEqual(['Field Notes', 'Parcel Tracker']);
  });

  it('marks only the failing card unavailable, keeps what it knew, and recovers', async () => {
    const faults = harness.sandbox.services.installr!.emulator.faults;
    faults.failNext(CALL_RETRY_POLICY.maxAttempts, { status: 503, pathIncludes: '/apps/status/' });
    const failing = await call<Board>('board.refresh', {});
    const notes = byTitle(failing, 'Field Notes');
    expect(notes.installr?.problem).toEqual({
      kind: 'unreachable',
      message: 'Installr can’t be reached right now',
    });
    expect(notes.installr?.data?.version).toBe('1.4.0');
    expect(sectionNotice(notes.installr, Date.now())).toMatch(
      /^Installr can’t be reached right now — showing what we knew (a moment ago|\d+ s ago)$/,
    );
    expect(byTitle(failing, 'Parcel Tracker').installr?.problem).toBeUndefined();

    const recovered = await call<Board>('board.refresh', { cardId: notes.id });
    expect(byTitle(recovered, 'Field Notes').installr?.problem).toBeUndefined();
  });

  it('says the service is unreachable when it drops off entirely', async () => {
    const faults = harness.sandbox.services.installr!.emulator.faults;
    faults.failNext(2 * CALL_RETRY_POLICY.maxAttempts, {
      status: 502,
      pathIncludes: '/apps/66.json',
    });
    const board = await call<Board>('board.refresh', {});
    expect(byTitle(board, 'Parcel Tracker').installr?.problem?.kind).toBe('unreachable');
    expect(byTitle(board, 'Field Notes').installr?.problem).toBeUndefined();
  });

  it('says so when an app token stops working on Installr, and recovers when it is back', async () => {
    const emulator = harness.sandbox.services.installr!.emulator as InstallrEmulator;
    const app = emulator.account.apps.find((a) => a.appToken === SEED_APP_TOKENS.fieldNotesIos)!;
    app.appToken = 'ResetOnInstallr';
    try {
      const board = await call<Board>('board.refresh', {});
      const notes = byTitle(board, 'Field Notes');
      expect(notes.installr?.problem).toEqual({
        kind: 'gone',
        message: 'Installr no longer knows this app’s token — it may have been reset on Installr',
      });
      expect(notes.installr?.data?.version).toBe('1.4.0');
      expect(byTitle(board, 'Parcel Tracker').installr?.problem).toBeUndefined();
    } finally {
      app.appToken = SEED_APP_TOKENS.fieldNotesIos;
    }
    const back = await call<Board>('board.refresh', {});
    expect(byTitle(back, 'Field Notes').installr?.problem).toBeUndefined();
  });

  it('persists the cards in settings, titles included', async () => {
    const saved = harness.settings.read().board;
    expect(saved.refreshSeconds).toBe(30);
    expect(saved.cards.map((c) => c.title)).toEqual(['Field Notes', 'Parcel Tracker']);
    const changed = await call<Board>('board.setRefreshInterval', { seconds: 60 });
    expect(changed.refreshSeconds).toBe(60);
    expect(harness.settings.read().board.refreshSeconds).toBe(60);
  });

  it('exports a self-contained page without the app token', async () => {
    const path = join(harness.dataDir, 'status.html');
    const result = await call<{ path: string; cards: number }>('board.exportHtml', { path });
    expect(result).toMatchObject({ path, cards: 2 });
    const page = await readFile(path, 'utf8');
    expect(page).toContain('Field Notes');
    expect(page).toContain('Version 1.4.0 (build 45)');
    expect(page).toContain('data:image/svg+xml;base64,');
    expect(page).not.toContain('<script');
    expect(page).not.toContain(SEED_APP_TOKENS.fieldNotesIos);
    const missingFolder = await refusal('board.exportHtml', {
      path: join(harness.dataDir, 'nope', 'status.html'),
    });
    expect(missingFolder.fields?.path).toMatch(/does not exist/);
  });

  it('removes a card', async () => {
    const { cards } = await call<Board>('board.list');
    const board = await call<Board>('board.remove', { cardId: cards[1]!.id });
    expect(board.cards.map((c) => c.title)).toEqual(['Field Notes']);
    expect((await refusal('board.remove', { cardId: cards[1]!.id })).code).toBe('not_found');
  });
});
