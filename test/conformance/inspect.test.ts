import { expect, it } from 'vitest';
import { BuildInfoSchema } from '../../shared/domain/build-info';
import type { BuildInfo } from '../../shared/domain/build-info';
import { inspectBuild } from '../../main/core/inspect';
import { decodeDataUrl, ihdrSize } from '../unit/inspect/helpers';
import { corpus as fixture, describeCorpus } from './corpus';

/**
 * Every value in the corpus README (../shared/fixtures/builds/README.md) (from `aapt dump badging` and python's
 * plistlib). `iconPath` is the PNG we show: aapt's "largest icon", or the PNG fallback of
 * an adaptive icon.
 */
const ANDROID: [string, Partial<BuildInfo>][] = [
  [
    'com.android.example.text.styling.apk',
    {
      id: 'com.android.example.text.styling',
      build: '1',
      version: '1.0',
      minSdk: 15,
      targetSdk: 27,
      name: 'TextStylingJava',
      iconPath: 'res/mipmap-xxxhdpi-v4/ic_launcher.png',
      abis: [],
    },
  ],
  [
    'hello-world.apk',
    {
      id: 'de.rhab.helloworld',
      build: '1',
      version: '1.0',
      minSdk: 21,
      targetSdk: 25,
      name: 'HelloWorld',
      iconPath: 'res/mipmap-xxxhdpi-v4/ic_launcher.png',
      abis: [],
    },
  ],
  [
    'com.politedroid_6.apk',
    {
      id: 'com.politedroid',
      build: '6',
      version: '1.5',
      minSdk: 14,
      targetSdk: 21,
      name: 'Polite Droid',
      iconPath: 'res/drawable-xhdpi-v4/icon.png',
      abis: [],
    },
  ],
  [
    'org.dyndns.fules.ck_20.apk',
    {
      id: 'org.dyndns.fules.ck',
      build: '20',
      version: 'v1.6pre2',
      minSdk: 7,
      targetSdk: 8,
      name: 'Compass Keyboard',
      iconPath: 'res/drawable-hdpi-v4/icon_launcher.png',
      abis: ['arm64-v8a', 'armeabi', 'armeabi-v7a', 'mips', 'mips64', 'x86', 'x86_64'],
    },
  ],
  [
    'v2.only.sig_2.apk',
    {
      id: 'v2.only.sig',
      build: '2',
      version: 'v2-only',
      minSdk: 27,
      targetSdk: null,
      name: 'v2 only Signature',
      iconPath: 'res/drawable/ic_launcher.png',
      abis: [],
    },
  ],
  [
    'com.test.app.apk',
    {
      id: 'com.test.app',
      build: '24',
      version: '2.4',
      minSdk: 1,
      targetSdk: null,
      name: 'Test App: test13Jun18_69',
      iconPath: 'res/drawable-hdpi/icon.png',
      abis: [],
    },
  ],
];

describeCorpus('inspectBuild on the real-world APKs', () => {
  it.each(ANDROID)('%s matches aapt', async (file, expected) => {
    const info = await inspectBuild(fixture(file));
    expect(info).toMatchObject({ platform: 'android', format: 'apk', fileName: file, ...expected });
    expect(info.minOsVersion).toBe(String(expected.minSdk));
    expect(BuildInfoSchema.parse(info)).toEqual(info);
    const png = decodeDataUrl(info.iconDataUrl);
    expect(png.width).toBeGreaterThan(0);
    expect(ihdrSize(info.iconDataUrl)).toEqual({ width: png.width, height: png.height });
  });

  it('words the minimum and target Android versions for a person', async () => {
    const hello = await inspectBuild(fixture('hello-world.apk'));
    expect(hello.minOs).toBe('Android 5.0 (API 21)');
    expect(hello.targetOs).toBe('Android 7.1 (API 25)');
    // No targetSdkVersion: Android targets minSdk, and we say so.
    const v2 = await inspectBuild(fixture('v2.only.sig_2.apk'));
    expect(v2.targetSdk).toBeNull();
    expect(v2.targetOs).toBe('Android 8.1 (API 27)');
  });

  it('reports the real file size', async () => {
    const info = await inspectBuild(fixture('com.politedroid_6.apk'));
    expect(info.fileSize).toBe(16578);
  });

  it('shows the adaptive icon’s xxxhdpi PNG fallback (192×192)', async () => {
    const info = await inspectBuild(fixture('com.android.example.text.styling.apk'));
    expect(ihdrSize(info.iconDataUrl)).toEqual({ width: 192, height: 192 });
  });
});

describeCorpus('inspectBuild on the real-world AAB', () => {
  it('reads the protobuf manifest and resource table', async () => {
    const info = await inspectBuild(fixture('install-time-permanent-modules.aab'));
    expect(info).toMatchObject({
      platform: 'android',
      format: 'aab',
      id: 'com.google.android.samples.dynamicfeatures.ondemand',
      build: '1',
      version: '1.0',
      minSdk: 24,
      targetSdk: 28,
      minOs: 'Android 7.0 (API 24)',
      name: 'On Demand Sample',
      iconPath: 'base/res/mipmap-xxxhdpi-v4/ic_launcher.png',
      modules: ['base', 'assets', 'initialInstall', 'java'],
      abis: [],
    });
    const png = decodeDataUrl(info.iconDataUrl);
    expect([png.width, png.height]).toEqual([192, 192]);
  });
});

describeCorpus('inspectBuild on the real-world iOS builds', () => {
  it('CalSmoke.ipa: binary plist, uncrushed CgBI icon', async () => {
    const info = await inspectBuild(fixture('CalSmoke.ipa'));
    expect(info).toMatchObject({
      platform: 'ios',
      format: 'ipa',
      id: 'sh.calaba.CalSmoke',
      version: '0.20.4',
      build: '0.20.4',
      minOsVersion: '8.0',
      minOs: 'iOS 8.0',
      name: 'CalSmoke',
      platformName: 'iphoneos',
      simulatorBuild: false,
      deviceFamilyIds: [1, 2],
      deviceFamilies: ['iPhone', 'iPad'],
      iconPath: 'Payload/CalSmoke.app/AppIcon60x60@3x.png',
    });
    expect(ihdrSize(info.iconDataUrl)).toEqual({ width: 180, height: 180 });
    const png = decodeDataUrl(info.iconDataUrl);
    expect([png.width, png.height]).toEqual([180, 180]);
    // The icon's green background, as in the (uncrushed) iTunesArtwork: RGBA 0,144,81,255.
    // Wrong channel order or premultiplication would show here.
    expect([...png.data.subarray(0, 4)]).toEqual([0, 144, 81, 255]);
  });

  it('DeviceAgent-Runner.app.zip: the top-level XML Info.plist, the last in zip order', async () => {
    const info = await inspectBuild(fixture('DeviceAgent-Runner.app.zip'));
    expect(info).toMatchObject({
      platform: 'ios',
      format: 'app-zip',
      id: 'sh.calaba.DeviceAgent.xctrunner',
      version: '2.5.0',
      build: '1675629334',
      minOsVersion: '11.0',
      minOs: 'iOS 11.0',
      name: 'DeviceAgent-Runner',
      platformName: 'iphonesimulator',
      simulatorBuild: true,
      deviceFamilyIds: [1, 2],
    });
    expect(info.iconDataUrl).toBeUndefined();
  });

  it('very-capable-app.ipa: not fooled by storyboardc/Info.plist', async () => {
    const info = await inspectBuild(fixture('very-capable-app.ipa'));
    expect(info).toMatchObject({
      platform: 'ios',
      format: 'ipa',
      id: 'org.fastlane.very-capable-app',
      version: '1.0',
      build: '1',
      minOsVersion: '11.2',
      name: 'very-capable-app',
      platformName: 'iphoneos',
      simulatorBuild: false,
      deviceFamilies: ['iPhone', 'iPad'],
    });
    expect(info.iconDataUrl).toBeUndefined();
  });
});
