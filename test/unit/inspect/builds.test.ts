import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { inspectBuild } from '../../../main/core/inspect';
import { ZipArchive } from '../../../main/core/inspect/zip';
import { BuildInfoSchema } from '../../../shared/domain/build-info';
import {
  BUNDLE_APP,
  DECOY_SIZE,
  FULL_APP,
  FULL_APP_V2,
  PLAIN_APP,
} from '../../fixtures/android/apps';
import type { AndroidApp } from '../../fixtures/android/apps';
import { BUNDLE_FEATURE } from '../../fixtures/android/package';
import { fixture } from '../../fixtures/index';
import type { FixtureName } from '../../fixtures/index';
import {
  IOS_BINARY_APP,
  IOS_SHOWN_ICON,
  IOS_SIMULATOR_APP,
  IOS_XML_APP,
  NESTED,
} from '../../fixtures/ios/apps';
import type { IosApp } from '../../fixtures/ios/apps';
import { decodeDataUrl, ihdrSize } from './helpers';

/**
 * inspectBuild on the repository's own builds. Each expectation comes from the spec the
 * build was generated from (test/fixtures/android/apps.ts, test/fixtures/ios/apps.ts).
 */
async function names(name: FixtureName): Promise<string[]> {
  const zip = await ZipArchive.open(fixture(name));
  try {
    return zip.names();
  } finally {
    zip.close();
  }
}

/** The icon's top-left pixel (background) and centre pixel (foreground), as RGBA. */
function iconColours(url: string | undefined): { corner: number[]; centre: number[] } {
  const png = decodeDataUrl(url);
  const at = (x: number, y: number): number[] => {
    const i = (y * png.width + x) * 4;
    return [...png.data.subarray(i, i + 4)];
  };
  return { corner: at(0, 0), centre: at(png.width >> 1, png.height >> 1) };
}

const ANDROID: [FixtureName, AndroidApp, 'apk' | 'aab'][] = [
  ['android-full.apk', FULL_APP, 'apk'],
  ['android-full-v2.apk', FULL_APP_V2, 'apk'],
  ['android-plain.apk', PLAIN_APP, 'apk'],
  ['android-bundle.aab', BUNDLE_APP, 'aab'],
];

describe('inspectBuild on the generated Android builds', () => {
  it.each(ANDROID)('%s: id, versions, SDKs, label, ABIs', async (file, app, format) => {
    const info = await inspectBuild(fixture(file));
    expect(info).toEqual(BuildInfoSchema.parse(info));
    expect(info).toMatchObject({
      platform: 'android',
      format,
      fileName: file,
      fileSize: (await stat(fixture(file))).size,
      id: app.packageName,
      name: app.label, // through resources.arsc / resources.pb unless literal; never the `fr` one
      version: app.versionName,
      build: String(app.versionCode),
      minSdk: app.minSdk,
      minOsVersion: String(app.minSdk),
      targetSdk: app.targetSdk,
      abis: app.abis,
    });
  });

  it.each(ANDROID)('%s: the manifest icon at its highest density PNG', async (file, app) => {
    const info = await inspectBuild(fixture(file));
    const prefix = file.endsWith('.aab') ? 'base/' : '';
    expect(info.iconPath).toBe(`${prefix}res/mipmap-xxxhdpi-v4/ic_launcher.png`);
    expect(ihdrSize(info.iconDataUrl)).toEqual({ width: 192, height: 192 });
    expect(iconColours(info.iconDataUrl)).toEqual({
      corner: [...app.icon.background],
      centre: [...app.icon.foreground],
    });
  });

  it('keeps a versionCode near 2^31 exact', async () => {
    expect(FULL_APP.versionCode).toBeGreaterThan(2 ** 31 - 1000);
    expect((await inspectBuild(fixture('android-full.apk'))).build).toBe('2147483000');
  });

  it('words the minimum and target Android versions for a person', async () => {
    const info = await inspectBuild(fixture('android-full.apk'));
    expect(info.minOs).toBe('Android 7.0 (API 24)');
    expect(info.targetOs).toBe('Android 14 (API 34)');
  });

  it('is not fooled by the larger decoy ic_launcher.png nor by the adaptive icon XML', async () => {
    const entries = await names('android-full.apk');
    expect(entries).toContain('res/drawable-xxxhdpi-v4/ic_launcher.png'); // the decoy is there
    expect(entries).toContain('res/mipmap-anydpi-v26/ic_launcher.xml');
    const info = await inspectBuild(fixture('android-full.apk'));
    expect(ihdrSize(info.iconDataUrl).width).toBeLessThan(DECOY_SIZE);
  });

  it('lists the bundle’s modules, base first', async () => {
    const info = await inspectBuild(fixture('android-bundle.aab'));
    expect(info.modules).toEqual(['base', BUNDLE_FEATURE]);
  });

  it('tells the two builds of one app apart', async () => {
    const [v1, v2] = await Promise.all([
      inspectBuild(fixture('android-full.apk')),
      inspectBuild(fixture('android-full-v2.apk')),
    ]);
    expect(v2.id).toBe(v1.id);
    expect([v1.build, v2.build]).toEqual(['2147483000', '2147483001']);
    expect(v1.abis).toContain('armeabi-v7a');
    expect(v2.abis).not.toContain('armeabi-v7a');
  });
});

const IOS: [FixtureName, IosApp, 'ipa' | 'app-zip'][] = [
  ['ios-binary-plist.ipa', IOS_BINARY_APP, 'ipa'],
  ['ios-xml-plist.ipa', IOS_XML_APP, 'ipa'],
  ['ios-simulator.app.zip', IOS_SIMULATOR_APP, 'app-zip'],
];

describe('inspectBuild on the generated iOS builds', () => {
  it.each(IOS)('%s: the app’s own Info.plist, not a nested bundle’s', async (file, app, format) => {
    const info = await inspectBuild(fixture(file));
    expect(info).toEqual(BuildInfoSchema.parse(info));
    expect(info).toMatchObject({
      platform: 'ios',
      format,
      fileName: file,
      id: app.id,
      name: app.displayName,
      version: app.shortVersion,
      build: app.build,
      minOsVersion: app.minOs,
      minOs: `iOS ${app.minOs}`,
      deviceFamilyIds: app.families,
      platformName: app.platform,
      simulatorBuild: app.platform === 'iphonesimulator',
    });
  });

  it.each(IOS)('%s: nested bundles come first in the zip', async (file, app) => {
    const entries = await names(file);
    const appDir = file.endsWith('.ipa') ? `Payload/${app.bundle}.app/` : `${app.bundle}.app/`;
    const own = entries.indexOf(`${appDir}Info.plist`);
    expect(entries.indexOf(`${appDir}${NESTED.framework.dir}/Info.plist`)).toBeLessThan(own);
    expect(entries.indexOf(`${appDir}${NESTED.extension.dir}/Info.plist`)).toBeLessThan(own);
  });

  it.each(IOS)('%s: the largest listed icon, decoded', async (file, app) => {
    const info = await inspectBuild(fixture(file));
    expect(info.iconPath).toMatch(new RegExp(`${app.bundle}\\.app/${IOS_SHOWN_ICON}$`));
    expect(ihdrSize(info.iconDataUrl)).toEqual({ width: 180, height: 180 });
    // CgBI stores BGRA with premultiplied alpha; wrong channel order or a missing
    // un-premultiply shows in these exact values (the foreground of one is half transparent).
    expect(iconColours(info.iconDataUrl)).toEqual({
      corner: [...app.icon.background],
      centre: [...app.icon.foreground],
    });
  });

  it('reads the device build’s icons as Apple’s crushed PNGs and the simulator’s as plain ones', async () => {
    const read = async (file: FixtureName, entry: string): Promise<string> => {
      const zip = await ZipArchive.open(fixture(file));
      try {
        return (await zip.read(entry, 1 << 20)).subarray(12, 16).toString('latin1');
      } finally {
        zip.close();
      }
    };
    expect(await read('ios-binary-plist.ipa', `Payload/Fixture.app/${IOS_SHOWN_ICON}`)).toBe(
      'CgBI',
    );
    expect(await read('ios-simulator.app.zip', `FixtureSim.app/${IOS_SHOWN_ICON}`)).toBe('IHDR');
  });
});
