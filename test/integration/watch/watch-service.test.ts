import { appendFile, copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FoundBuild, WatchState, WatchedFolder } from '../../../shared/contract/watch';
import type { HeadlessPlatform } from '../../../main/core/platform';
import type { InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { fixture } from '../../fixtures/index';
import { PLAIN_APP } from '../../fixtures/android/apps';
import { call, fastRetries, recordEvents, settle, startUpload } from '../transfer/upload-harness';

let harness: CoreHarness;
let folder: string;
let found: FoundBuild[];
let folderStates: WatchedFolder[];
let stopRecording: () => void;

beforeEach(async () => {
  harness = await startCoreHarness({
    uploads: fastRetries(),
    watch: { settleMs: 300, pollMs: 100 },
  });
  folder = join(harness.dataDir, 'ci-artifacts');
  await mkdir(folder);
  found = [];
  folderStates = [];
  stopRecording = harness.core.ctx.events.subscribe((name, payload) => {
    if (name === 'watch.buildFound') found.push(payload as FoundBuild);
    if (name === 'watch.folderState') folderStates.push(payload as WatchedFolder);
  });
  await call(harness.core, 'watch.addFolder', { path: folder });
});
afterEach(async () => {
  stopRecording();
  await harness.close();
});

const notified = () => (harness.core.ctx.platform as HeadlessPlatform).notified;

async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
  await harness.core.watch.settled();
}

/** Writes the plain fixture in pieces with pauses, the way a CI job copies an artifact. */
async function writeInChunks(
  path: string,
  source: Parameters<typeof fixture>[0] = 'android-plain.apk',
): Promise<void> {
  const bytes = await readFile(fixture(source));
  const chunk = Math.ceil(bytes.length / 4);
  await writeFile(path, bytes.subarray(0, chunk));
  for (let at = chunk; at < bytes.length; at += chunk) {
    await sleep(80);
    await appendFile(path, bytes.subarray(at, at + chunk));
  }
}

describe('WatchService', () => {
  it('offers a build written in chunks: event with its app, a card, one notification', async () => {
    const path = join(folder, 'app-release.apk');
    await writeInChunks(path);
    await until(() => found.length > 0, 'the offered build');
    expect(found).toEqual([
      expect.objectContaining({
        path,
        fileName: 'app-release.apk',
        folder,
        appId: PLAIN_APP.packageName,
        appName: 'Hello Dropship',
        version: '1.0 (1)',
        outcome: 'offered',
      }),
    ]);
    const state = await call<WatchState>(harness.core, 'watch.state');
    expect(state.offered.map((b) => b.path)).toEqual([path]);
    expect(notified()).toEqual([
      { title: 'New build: Hello Dropship 1.0 (1)', body: expect.stringContaining(folder) },
    ]);

    const after = await call<WatchState>(harness.core, 'watch.dismiss', { id: found[0]!.id });
    expect(after.offered).toEqual([]);
  });

  it('many files at once: each offered once, one notification for the batch', async () => {
    const staging = join(harness.dataDir, 'staging');
    await mkdir(staging);
    for (let i = 1; i <= 5; i++)
      await copyFile(fixture('android-plain.apk'), join(staging, `b${i}.apk`));
    // Renamed into place together, as a CI job moves a finished artifact folder.
    for (let i = 1; i <= 5; i++)
      await rename(join(staging, `b${i}.apk`), join(folder, `b${i}.apk`));
    await until(() => found.length === 5, 'five builds');
    await sleep(400);
    expect(found.map((b) => b.fileName).sort()).toEqual([
      'b1.apk',
      'b2.apk',
      'b3.apk',
      'b4.apk',
      'b5.apk',
    ]);
    expect(notified()).toHaveLength(1);
    expect(notified()[0]?.title).toBe('5 new builds');
  });

  it('auto-delivers a build renamed into place to the targets remembered for its app', async () => {
    const installr = harness.sandbox.services.installr!.emulator as InstallrEmulator;
    // The first build goes out by hand: that is what Dropship remembers for the app id.
    const first = await startUpload(harness.core, fixture('android-full.apk'), [
      { service: 'installr', notify: ['QA'] },
    ]);
    await settle(
      harness.core,
      first.jobs.map((j) => j.id),
    );
    const before = installr.received.length;
    await call(harness.core, 'watch.setAutoDeliver', { on: true });
    expect(harness.settings.read().watch.autoDeliver).toBe(true);

    const { events, stop } = recordEvents(harness.core);
    const partial = join(folder, 'nightly.apk.part');
    await writeInChunks(partial, 'android-full-v2.apk'); // the app's next build
    await rename(partial, join(folder, 'nightly.apk'));
    await until(() => found.length > 0, 'the build');
    await harness.core.ctx.uploads.settled();
    stop();

    expect(found[0]).toMatchObject({ fileName: 'nightly.apk', outcome: 'delivering' });
    expect(found[0]?.note).toContain('Installr');
    expect(installr.received.length).toBe(before + 1);
    expect(installr.received.at(-1)).toMatchObject({ filename: 'nightly.apk' });
    const summary = events.find((e) => e.name === 'uploads.dropFinished');
    expect(summary?.payload).toMatchObject({ delivered: ['installr'], failed: [] });
    // Sent, not waiting: no card in Upload.
    expect((await call<WatchState>(harness.core, 'watch.state')).offered).toEqual([]);
    expect(notified().at(-1)?.title).toMatch(/^Sending Fixture Café/);

    // The same CI job run again writes the same bytes: nothing is sent twice.
    await writeInChunks(join(folder, 'nightly-rerun.apk'), 'android-full-v2.apk');
    await until(() => found.length > 1, 'the re-run build');
    await harness.core.ctx.uploads.settled();
    expect(installr.received.length).toBe(before + 1);
    expect(found[1]?.note).toBe('Not sent again: these exact bytes are already on Installr.');
  });

  it('with auto-delivery on but nothing remembered, offers the build and says why', async () => {
    const installr = harness.sandbox.services.installr!.emulator as InstallrEmulator;
    await call(harness.core, 'watch.setAutoDeliver', { on: true });
    await writeInChunks(join(folder, 'first-ever.apk'));
    await until(() => found.length > 0, 'the build');
    expect(found[0]?.outcome).toBe('offered');
    expect(found[0]?.note).toMatch(/no services are remembered for com\.dropship\.hello/);
    expect(installr.received).toHaveLength(0);
  });

  it('reports a folder that disappears, and when it is back', async () => {
    await rm(folder, { recursive: true });
    await until(() => folderStates.length > 0, 'the folder state');
    expect(folderStates[0]).toEqual({
      path: folder,
      problem: expect.stringMatching(/is gone\. Dropship will keep looking/),
    });
    const state = await call<WatchState>(harness.core, 'watch.state');
    expect(state.folders).toEqual([folderStates[0]]);

    await mkdir(folder);
    await until(() => folderStates.length > 1, 'the folder back');
    expect(folderStates[1]).toEqual({ path: folder });
    // A folder recreated by CI holds new builds.
    await writeInChunks(join(folder, 'after.apk'));
    await until(() => found.length > 0, 'the build in the recreated folder');
  });

  it('persists folders, refuses what is not a folder, and stops watching a removed one', async () => {
    expect(harness.settings.read().watch.folders).toEqual([folder]);
    const file = join(harness.dataDir, 'not-a-folder.txt');
    await writeFile(file, 'x');
    const refused = await harness.core.dispatch('watch.addFolder', { path: file });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: `${file} is a file, not a folder.` },
    });
    const missing = await harness.core.dispatch('watch.addFolder', { path: join(folder, 'nope') });
    expect(missing).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('cannot find') },
    });

    const state = await call<WatchState>(harness.core, 'watch.removeFolder', { path: folder });
    expect(state.folders).toEqual([]);
    expect(harness.settings.read().watch.folders).toEqual([]);
    // A folder still watched, written at the same time, shows when the removed one would have.
    const other = join(harness.dataDir, 'other');
    await mkdir(other);
    await call(harness.core, 'watch.addFolder', { path: other });
    await Promise.all([
      writeInChunks(join(folder, 'unwatched.apk')),
      writeInChunks(join(other, 'watched.apk')),
    ]);
    await until(() => found.length > 0, 'the build in the folder still watched');
    await sleep(500);
    expect(found.map((b) => b.fileName)).toEqual(['watched.apk']);
  });
});
