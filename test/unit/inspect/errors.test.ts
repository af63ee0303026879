import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBuild } from '../../../main/core/inspect';
import { buildZip } from '../../fixtures/encode/zip';
import { expectDropshipError, fixture } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-inspect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function temp(name: string, data: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

/** A protobuf length-delimited field: enough to hand-make an AAB manifest. */
function pb(no: number, payload: Buffer | string): Buffer {
  const body = Buffer.from(payload);
  return Buffer.concat([Buffer.from([(no << 3) | 2, body.length]), body]);
}

describe('inspectBuild refuses what is not a build, clearly', () => {
  it('a missing file is not_found', async () => {
    await expectDropshipError(
      inspectBuild(join(dir, 'nope.apk')),
      'not_found',
      /cannot find nope\.apk/,
    );
  });

  it('an empty file', async () => {
    const path = await temp('empty.apk', '');
    await expectDropshipError(inspectBuild(path), 'unsupported_file', /empty \(0 bytes\)/);
  });

  it('a folder', async () => {
    const path = join(dir, 'Folder.app');
    await mkdir(path);
    const err = await expectDropshipError(inspectBuild(path), 'unsupported_file', /is a folder/);
    expect(err.hint).toMatch(/zip the folder/);
  });

  it('a text file renamed .apk', async () => {
    const path = await temp('notes.apk', 'just some notes\n'.repeat(100));
    await expectDropshipError(
      inspectBuild(path),
      'unsupported_file',
      /^The file is not a zip archive, so it cannot be an \.apk\.$/,
    );
  });

  it('a non-zip with an unknown extension names all the formats', async () => {
    const path = await temp('notes.txt', 'hello');
    await expectDropshipError(
      inspectBuild(path),
      'unsupported_file',
      /cannot be an \.ipa\/\.apk\/\.aab/,
    );
  });

  it.each([0.5, 0.99, 0.9999])('an .apk cut off at %d of its length', async (fraction) => {
    const whole = await readFile(fixture('hello-world.apk'));
    const path = await temp(
      `cut-${fraction}.apk`,
      whole.subarray(0, Math.floor(whole.length * fraction)),
    );
    await expectDropshipError(inspectBuild(path), 'unsupported_file', /damaged or incomplete/);
  });

  it('a zip without a manifest, named .apk', async () => {
    const path = await temp(
      'nomanifest.apk',
      buildZip([{ name: 'classes.dex', data: Buffer.from('dex') }]),
    );
    await expectDropshipError(
      inspectBuild(path),
      'unsupported_file',
      /^This \.apk has no AndroidManifest\.xml — it is not an Android app package\.$/,
    );
  });

  it.each([
    ['x.ipa', /This \.ipa has no Payload\/<name>\.app\/Info\.plist/],
    ['x.aab', /This \.aab has no base\/manifest\/AndroidManifest\.xml/],
    ['x.zip', /holds no app/],
  ])('a zip without a build, named %s', async (name, message) => {
    // Nested plists alone do not make an app: they belong to frameworks.
    const path = await temp(
      name,
      buildZip([
        { name: 'Payload/X.app/Frameworks/F.framework/Info.plist', data: Buffer.from('x') },
      ]),
    );
    await expectDropshipError(inspectBuild(path), 'unsupported_file', message);
  });

  it('a manifest that is not binary XML', async () => {
    const path = await temp(
      'text-manifest.apk',
      buildZip([{ name: 'AndroidManifest.xml', data: Buffer.from('<manifest package="a.b"/>') }]),
    );
    await expectDropshipError(
      inspectBuild(path),
      'unsupported_file',
      /not a valid compiled manifest/,
    );
  });

  it('an AAB manifest without a package name', async () => {
    const manifest = pb(1, pb(3, 'manifest')); // XmlNode { element { name: "manifest" } }
    const path = await temp(
      'nopackage.aab',
      buildZip([{ name: 'base/manifest/AndroidManifest.xml', data: manifest }]),
    );
    await expectDropshipError(inspectBuild(path), 'unsupported_file', /has no package name/);
  });

  it('a zip bomb manifest is refused before it is inflated', async () => {
    const bomb = Buffer.alloc(64 * 1024 * 1024); // deflates to ~64 KB
    const path = await temp(
      'bomb.apk',
      buildZip([{ name: 'AndroidManifest.xml', data: bomb, method: 'deflate' }]),
    );
    const started = performance.now();
    await expectDropshipError(
      inspectBuild(path),
      'unsupported_file',
      /unpacks to 64\.0 MB, far more than any real one/,
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a manifest whose header understates its size is cut off, not inflated whole', async () => {
    const zip = buildZip([
      { name: 'AndroidManifest.xml', data: Buffer.alloc(32 * 1024 * 1024), method: 'deflate' },
    ]);
    // Claim 1000 bytes uncompressed in the local and central headers.
    zip.writeUInt32LE(1000, 22);
    zip.writeUInt32LE(1000, zip.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1')) + 24);
    const path = await temp('liar.apk', zip);
    await expectDropshipError(
      inspectBuild(path),
      'unsupported_file',
      /cannot be unpacked: the file is damaged/,
    );
  });

  it('an .ipa whose Info.plist is not a property list', async () => {
    const path = await temp(
      'badplist.ipa',
      buildZip([{ name: 'Payload/A.app/Info.plist', data: Buffer.from('not a plist <<<') }]),
    );
    await expectDropshipError(
      inspectBuild(path),
      'unsupported_file',
      /is not a valid property list/,
    );
  });

  it('an .ipa whose Info.plist has no bundle id', async () => {
    const plist =
      '<?xml version="1.0"?><plist version="1.0"><dict><key>CFBundleName</key><string>A</string></dict></plist>';
    const path = await temp(
      'noid.ipa',
      buildZip([{ name: 'Payload/A.app/Info.plist', data: Buffer.from(plist) }]),
    );
    await expectDropshipError(inspectBuild(path), 'unsupported_file', /has no CFBundleIdentifier/);
  });

  it('an aborted signal cancels', async () => {
    const controller = new AbortController();
    controller.abort();
    await expectDropshipError(
      inspectBuild(fixture('hello-world.apk'), { signal: controller.signal }),
      'cancelled',
      /cancelled/,
    );
  });

  it('decides by content: an APK renamed .zip is still read as an APK', async () => {
    const path = join(dir, 'renamed.zip');
    await copyFile(fixture('com.politedroid_6.apk'), path);
    const info = await inspectBuild(path);
    expect(info).toMatchObject({ format: 'apk', id: 'com.politedroid', fileName: 'renamed.zip' });
  });
});

describe('file descriptors', () => {
  it('are all closed again, on success and on every kind of failure', async () => {
    if (!existsSync('/proc/self/fd')) return;
    const openFds = async (): Promise<number> => (await readdir('/proc/self/fd')).length;
    const inputs = [
      fixture('hello-world.apk'),
      fixture('CalSmoke.ipa'),
      await temp('fd-notzip.apk', 'plain text'),
      await temp('fd-cut.apk', (await readFile(fixture('hello-world.apk'))).subarray(0, 5000)),
      await temp('fd-nomanifest.apk', buildZip([{ name: 'a.txt', data: Buffer.from('a') }])),
      await temp(
        'fd-badmanifest.apk',
        buildZip([{ name: 'AndroidManifest.xml', data: Buffer.from('x') }]),
      ),
    ];
    await Promise.allSettled(inputs.map((p) => inspectBuild(p))); // warm up lazy handles
    const before = await openFds();
    for (let round = 0; round < 5; round++) {
      await Promise.allSettled(inputs.map((p) => inspectBuild(p)));
    }
    expect(await openFds()).toBe(before);
  });
});
