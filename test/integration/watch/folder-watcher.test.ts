import { appendFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderWatcher, type WatchedBuild } from '../../../main/core/watch/folder-watcher';

let root: string;
let folder: string;
let watcher: FolderWatcher | undefined;
let offered: WatchedBuild[];
let states: [string, string | undefined][];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dropship-watch-'));
  folder = join(root, 'artifacts');
  await mkdir(folder);
  offered = [];
  states = [];
});
afterEach(async () => {
  watcher?.close();
  await rm(root, { recursive: true, force: true });
});

async function startWatching(): Promise<void> {
  watcher = new FolderWatcher({
    folders: [folder],
    settleMs: 600,
    pollMs: 100,
    onBuild: (build) => offered.push(build),
    onFolderState: (f, problem) => states.push([f, problem]),
  });
  await watcher.start();
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe('FolderWatcher', () => {
  it('offers a build written in chunks once, after it stops growing, at its final size', async () => {
    await writeFile(join(folder, 'already-there.apk'), 'old');
    await startWatching();
    const path = join(folder, 'app-release.apk');
    await writeFile(path, Buffer.alloc(1000));
    for (let i = 0; i < 6; i++) {
      await sleep(100); // each pause is far shorter than the quiet period: still growing
      await appendFile(path, Buffer.alloc(1000));
    }
    expect(offered).toEqual([]);
    await until(() => offered.length > 0, 'the finished build');
    await sleep(500);
    expect(offered).toEqual([{ folder, path, size: 7000 }]);
  });

  it('offers a build renamed into place, and ignores the partial file before it', async () => {
    await startWatching();
    await writeFile(join(folder, 'app.apk.part'), Buffer.alloc(500));
    await writeFile(join(folder, 'notes.txt'), 'not a build');
    await sleep(500);
    expect(offered).toEqual([]);
    await rename(join(folder, 'app.apk.part'), join(folder, 'app.apk'));
    await until(() => offered.length === 1, 'the renamed build');
    expect(offered[0]).toMatchObject({ path: join(folder, 'app.apk'), size: 500 });
  });

  it('offers each of many builds that land at once', async () => {
    await startWatching();
    const names = Array.from(
      { length: 25 },
      (_, i) => `build-${i}.${['apk', 'aab', 'ipa'][i % 3]}`,
    );
    await Promise.all(names.map((name) => writeFile(join(folder, name), name)));
    await until(() => offered.length === 25, '25 builds');
    expect(offered.map((b) => b.path).sort()).toEqual(names.map((n) => join(folder, n)).sort());
  });

  it('says when the folder disappears, and offers the builds of the folder that comes back', async () => {
    await startWatching();
    await rm(folder, { recursive: true });
    await until(() => states.length === 1, 'the folder problem');
    expect(states[0]).toEqual([
      folder,
      expect.stringMatching(/is gone\. Dropship will keep looking/),
    ]);
    await mkdir(folder);
    await writeFile(join(folder, 'next.ipa'), 'ipa');
    await until(() => offered.length === 1, 'the build in the recreated folder');
    expect(states[1]).toEqual([folder, undefined]);
  });

  it('offers a build again when a new CI run writes it in place', async () => {
    await startWatching();
    const path = join(folder, 'app.aab');
    await writeFile(path, 'first run');
    await until(() => offered.length === 1, 'the first build');
    await sleep(50);
    await writeFile(path, 'second run, other bytes');
    await until(() => offered.length === 2, 'the rewritten build');
  });
});
