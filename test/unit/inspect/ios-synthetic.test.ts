import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBuild } from '../../../main/core/inspect';
import { ZipArchive } from '../../../main/core/inspect/zip';
import { buildZip } from '../../fixtures/encode/zip';
import type { ZipInput } from '../../fixtures/encode/zip';
import { fixture } from '../../fixtures/index';
import { ihdrSize } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-ios-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function png(size: number): Buffer {
  const p = new PNG({ width: size, height: size });
  p.data.fill(255);
  return PNG.sync.write(p);
}

function plist(body: string): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict>${body}</dict></plist>`,
  );
}

async function ipa(name: string, entries: ZipInput[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, buildZip(entries));
  return path;
}

describe('iOS packages beyond the fixtures', () => {
  it('reads an XML Info.plist with numeric versions, iPad-only family and legacy icon keys', async () => {
    const path = await ipa('legacy.ipa', [
      {
        name: 'Payload/Old.app/Info.plist',
        data: plist(
          '<key>CFBundleIdentifier</key><string>com.example.old</string>' +
            '<key>CFBundleName</key><string>Old</string>' +
            '<key>CFBundleVersion</key><integer>42</integer>' +
            '<key>MinimumOSVersion</key><string>6.0</string>' +
            '<key>UIDeviceFamily</key><array><integer>2</integer></array>' +
            '<key>CFBundleIconFiles</key><array><string>Icon.png</string><string>Icon@2x.png</string></array>',
        ),
      },
      { name: 'Payload/Old.app/Icon.png', data: png(57) },
      { name: 'Payload/Old.app/Icon@2x.png', data: png(114) },
    ]);
    const info = await inspectBuild(path);
    expect(info).toMatchObject({
      id: 'com.example.old',
      name: 'Old',
      version: '42', // no short version: CFBundleVersion stands in
      build: '42',
      minOs: 'iOS 6.0',
      deviceFamilies: ['iPad'],
      simulatorBuild: false,
      iconPath: 'Payload/Old.app/Icon@2x.png',
    });
    expect(ihdrSize(info.iconDataUrl)).toEqual({ width: 114, height: 114 });
  });

  it('falls back to iTunesArtwork when no listed icon exists', async () => {
    const path = await ipa('artwork.ipa', [
      {
        name: 'Payload/A.app/Info.plist',
        data: plist(
          '<key>CFBundleIdentifier</key><string>com.example.a</string>' +
            '<key>CFBundleIcons</key><dict><key>CFBundlePrimaryIcon</key><dict>' +
            '<key>CFBundleIconFiles</key><array><string>AppIcon60x60</string></array></dict></dict>',
        ),
      },
      { name: 'iTunesArtwork', data: png(64) },
    ]);
    const info = await inspectBuild(path);
    expect(info.iconPath).toBe('iTunesArtwork');
    expect(info.name).toBe('com.example.a'); // no display name or bundle name at all
  });

  it('takes the app’s own plist even when nested ones come later in the zip', async () => {
    const path = await ipa('nested.ipa', [
      {
        name: 'Payload/Main.app/Info.plist',
        data: plist('<key>CFBundleIdentifier</key><string>com.example.main</string>'),
      },
      {
        name: 'Payload/Main.app/PlugIns/Ext.appex/Info.plist',
        data: plist('<key>CFBundleIdentifier</key><string>com.example.main.ext</string>'),
      },
      {
        name: 'Payload/Main.app/Watch/W.app/Info.plist',
        data: plist('<key>CFBundleIdentifier</key><string>com.example.main.watch</string>'),
      },
    ]);
    expect((await inspectBuild(path)).id).toBe('com.example.main');
  });

  it('says tvOS for an Apple TV build', async () => {
    const path = await ipa('tv.ipa', [
      {
        name: 'Payload/TV.app/Info.plist',
        data: plist(
          '<key>CFBundleIdentifier</key><string>com.example.tv</string>' +
            '<key>DTPlatformName</key><string>appletvos</string>' +
            '<key>MinimumOSVersion</key><string>15.0</string>' +
            '<key>UIDeviceFamily</key><array><integer>3</integer></array>',
        ),
      },
    ]);
    expect(await inspectBuild(path)).toMatchObject({
      minOs: 'tvOS 15.0',
      deviceFamilies: ['Apple TV'],
    });
  });

  it.each([
    ['ios-binary-plist.ipa', 'Payload/Fixture.app/Info.plist', 'bplist00'],
    ['ios-xml-plist.ipa', 'Payload/XmlFixture.app/Info.plist', '<?xml ve'],
  ] as const)('%s holds the Info.plist encoding it is named for', async (file, entry, head) => {
    const zip = await ZipArchive.open(fixture(file));
    try {
      const bytes = await zip.read(entry, 1024 * 1024);
      expect(bytes.subarray(0, 8).toString('latin1')).toBe(head);
    } finally {
      zip.close();
    }
  });
});
