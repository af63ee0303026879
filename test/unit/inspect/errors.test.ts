import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBuild } from '../../../main/core/inspect';
import { buildZip } from '../../fixtures/encode/zip';
import { BOMB_DECLARED_BYTES } from '../../fixtures/broken';
import { fixture } from '../../fixtures/index';
import type { FixtureName } from '../../fixtures/index';
import { expectDropshipError } from './helpers';

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
    await expectDropshipError(
      inspectBuild(fixture('broken-empty.apk')),
      'unsupported_file',
      /^broken-empty\.apk is empty \(0 bytes\), so it cannot be a build\.$/,
    );
  });

  it('a folder', async () => {
    const path = join(dir, 'Folder.app');
    await mkdir(path);
    const err = await expectDropshipError(inspectBuild(path), 'unsupported_file', /is a folder/);
    expect(err.hint).toMatch(/zip the folder/);
  });

  it('a text file named .apk', async () => {
    await expectDropshipError(
      inspectBuild(fixture('broken-not-a-zip.apk')),
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

  it.each([
    'broken-truncated-local-header.apk',
    'broken-truncated-half.apk',
    'broken-truncated-central-directory.apk',
    'broken-truncated-end-record.apk',
  ] as const)('an .apk cut off while downloading: %s', async (name: FixtureName) => {
    const err = await expectDropshipError(
      inspectBuild(fixture(name)),
      'unsupported_file',
      /^The file starts like an \.apk but is damaged or incomplete .* cut off while downloading or copying\.$/,
    );
    expect(err.hint).toMatch(/download it again/);
  });

  it('a zip without a manifest, named .apk', async () => {
    await expectDropshipError(
      inspectBuild(fixture('broken-no-manifest.apk')),
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
    // It declares ~3.7 GiB but holds 1 MiB: inflating it would end in a size mismatch
    // ("cannot be unpacked"), so this message proves the declared size refused it first.
    expect(BOMB_DECLARED_BYTES).toBe(4_000_000_000);
    await expectDropshipError(
      inspectBuild(fixture('broken-zip-bomb.apk')),
      'unsupported_file',
      /^The AndroidManifest\.xml in this \.apk unpacks to 3814\.7 MB, far more than any real one \(the limit is 10\.0 MB\)\./,
    );
  });

  it('a manifest whose header understates its size is cut off, not inflated whole', async () => {
    const zip = buildZip([
      { name: 'AndroidManifest.xml', data: Buffer.alloc(2 * 1024 * 1024), method: 'deflate' },
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
      inspectBuild(fixture('android-plain.apk'), { signal: controller.signal }),
      'cancelled',
      /cancelled/,
    );
  });

  it('decides by content: an APK renamed .zip is still read as an APK', async () => {
    const path = join(dir, 'renamed.zip');
    await copyFile(fixture('android-full.apk'), path);
    const info = await inspectBuild(path);
    expect(info).toMatchObject({
      format: 'apk',
      id: 'com.dropship.fixture',
      fileName: 'renamed.zip',
    });
  });
});

describe('file descriptors', () => {
  it('are all closed again, on success and on every kind of failure', async () => {
    if (!existsSync('/proc/self/fd')) return;
    const openFds = async (): Promise<number> => (await readdir('/proc/self/fd')).length;
    const inputs = [
      fixture('android-full.apk'),
      fixture('ios-binary-plist.ipa'),
      fixture('broken-not-a-zip.apk'),
      fixture('broken-truncated-half.apk'),
      fixture('broken-no-manifest.apk'),
      fixture('broken-zip-bomb.apk'),
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
