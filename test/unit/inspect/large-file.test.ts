import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBuild } from '../../../main/core/inspect';
import { ZipArchive } from '../../../main/core/inspect/zip';
import { writePaddedZip } from '../../fixtures/encode/pad-zip';
import { buildZip } from '../../fixtures/encode/zip';
import type { ZipInput } from '../../fixtures/encode/zip';
import { FULL_APP } from '../../fixtures/android/apps';
import { fixture } from '../../fixtures/index';
import { expectDropshipError } from './helpers';

const GiB = 1024 ** 3;

/** Bytes this process has read through read(2) so far (Linux only). */
function bytesRead(): number | undefined {
  if (!existsSync('/proc/self/io')) return undefined;
  const match = /^rchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
  return match ? Number(match[1]) : undefined;
}

describe('a 1 GiB APK', () => {
  let dir: string;
  let path: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dropship-big-'));
    path = join(dir, 'huge.apk');
    await writePaddedZip(fixture('android-full.apk'), path, GiB);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is inspected quickly, reading only its directory and a few entries', async () => {
    expect((await stat(path)).size).toBeGreaterThan(GiB);
    const before = bytesRead();
    const started = performance.now();
    const info = await inspectBuild(path);
    const elapsed = performance.now() - started;
    const after = bytesRead();

    expect(info).toMatchObject({
      id: FULL_APP.packageName,
      name: FULL_APP.label,
      version: FULL_APP.versionName,
    });
    expect(info.fileSize).toBeGreaterThan(GiB);
    expect(info.iconPath).toBe('res/mipmap-xxxhdpi-v4/ic_launcher.png');
    // Reading 1 GiB would take seconds even from the page cache; we take milliseconds.
    expect(elapsed).toBeLessThan(1500);
    if (before !== undefined && after !== undefined) {
      // We need the central directory, manifest, resources.arsc and one icon: a few KB.
      // 4 MB leaves room for the test runner's own reads.
      expect(after - before).toBeLessThan(4 * 1024 * 1024);
    }
  });
});

describe('an APK with 30,000 entries (a large game)', () => {
  let dir: string;
  let path: string;
  beforeAll(async () => {
    const source = await ZipArchive.open(fixture('android-full.apk'));
    const entries: ZipInput[] = [];
    try {
      for (const name of [
        'AndroidManifest.xml',
        'resources.arsc',
        'res/mipmap-xxxhdpi-v4/ic_launcher.png',
      ]) {
        entries.push({ name, data: await source.read(name, 1 << 20) });
      }
    } finally {
      source.close();
    }
    for (let i = 0; i < 30_000; i++) {
      entries.push({ name: `assets/level-${i}/tile.bin`, data: Buffer.from([i & 0xff]) });
    }
    dir = await mkdtemp(join(tmpdir(), 'dropship-many-'));
    path = join(dir, 'many.apk');
    await writeFile(path, buildZip(entries));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists its central directory quickly', async () => {
    const started = performance.now();
    const info = await inspectBuild(path);
    // Two thread-pool reads per entry took ~6 s here; the read-ahead window, ~0.2 s.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(info).toMatchObject({ id: FULL_APP.packageName, name: FULL_APP.label });
    expect(info.iconPath).toBe('res/mipmap-xxxhdpi-v4/ic_launcher.png');
  });

  it('stops part-way when cancelled', async () => {
    const controller = new AbortController();
    const pending = inspectBuild(path, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expectDropshipError(pending, 'cancelled', /cancelled/);
  });
});
