import { describe, expect, it } from 'vitest';
import type { BuildProfile } from '../../../shared/domain/build-diff';
import { areaOf, areaSizes } from '../../../main/core/diff/build-areas';
import { diffBuilds } from '../../../main/core/diff/build-diff';
import { compareVersions } from '../../../main/core/diff/version-order';

const base: BuildProfile = {
  id: 'com.example.app',
  platform: 'android',
  format: 'apk',
  fileName: 'app-148.apk',
  fileSize: 5_000_000,
  version: '2.3.0',
  build: '148',
  minOs: 'Android 7.0 (API 24)',
  targetOs: 'Android 14 (API 34)',
  permissions: ['android.permission.INTERNET'],
  abis: ['arm64-v8a'],
  areas: { 'lib/arm64-v8a': 2_000_000, dex: 1_500_000, res: 1_000_000, assets: 500_000 },
  iconSha256: 'aa',
};

describe('diffBuilds', () => {
  it('names each change with its old and new values and the size change in bytes', () => {
    const next: BuildProfile = {
      ...base,
      fileName: 'app-149.apk',
      fileSize: 5_400_000,
      version: '2.4.0',
      build: '149',
      permissions: ['android.permission.CAMERA', 'android.permission.INTERNET'],
      abis: ['arm64-v8a', 'x86_64'],
      areas: { ...base.areas, 'lib/x86_64': 300_000, assets: 600_000 },
    };
    const diff = diffBuilds(base, next);
    expect(diff.warnings).toEqual([]);
    expect(diff.changes).toEqual([
      { kind: 'build', label: 'Build number', old: '148', new: '149' },
      { kind: 'version', label: 'Version', old: '2.3.0', new: '2.4.0' },
      { kind: 'size', label: 'Size', old: 5_000_000, new: 5_400_000, bytes: 400_000 },
      { kind: 'area', label: 'Assets (assets/)', old: 500_000, new: 600_000, bytes: 100_000 },
      {
        kind: 'area',
        label: 'Native code for x86_64 (lib/x86_64/)',
        old: 0,
        new: 300_000,
        bytes: 300_000,
      },
      { kind: 'abi-added', label: 'Native code for x86_64', old: null, new: 'x86_64' },
      {
        kind: 'permission-added',
        label: 'Permission android.permission.CAMERA',
        old: null,
        new: 'android.permission.CAMERA',
      },
    ]);
  });

  it('warns when the build number did not increase, in words a release manager reads', () => {
    expect(diffBuilds(base, { ...base }).warnings).toEqual([
      "The build number is still 148: testers won't be offered this as an update.",
    ]);
    expect(diffBuilds(base, { ...base, build: '147' }).warnings[0]).toMatch(
      /went down from 148 to 147: testers won't be offered this as an update/,
    );
  });

  it('reports removed permissions, entitlements and a new icon; SDK changes', () => {
    const ios: BuildProfile = {
      ...base,
      platform: 'ios',
      format: 'ipa',
      permissions: ['NSCameraUsageDescription', 'NSLocationWhenInUseUsageDescription'],
      entitlements: ['aps-environment'],
      targetOs: undefined,
      abis: [],
      areas: { frameworks: 10 },
    };
    const next: BuildProfile = {
      ...ios,
      build: '149',
      minOs: 'iOS 16.0',
      permissions: ['NSCameraUsageDescription'],
      entitlements: [],
      iconSha256: 'bb',
      areas: { frameworks: 10, plugins: 5 },
    };
    const kinds = diffBuilds(ios, next).changes.map((c) => `${c.kind}:${c.old}→${c.new}`);
    expect(kinds).toEqual([
      'build:148→149',
      'min-os:Android 7.0 (API 24)→iOS 16.0',
      'area:0→5',
      'permission-removed:NSLocationWhenInUseUsageDescription→null',
      'entitlement-removed:aps-environment→null',
      'icon:aa→bb',
    ]);
  });

  it('leaves entitlements alone when either build has no readable copy of them', () => {
    const diff = diffBuilds(
      { ...base, build: '1', entitlements: ['a'] },
      { ...base, build: '2', entitlements: undefined },
    );
    expect(diff.changes.map((c) => c.kind)).toEqual(['build']);
  });

  it('says when the two builds are different apps instead of warning about build numbers', () => {
    const diff = diffBuilds(base, { ...base, id: 'com.other' });
    expect(diff.warnings).toEqual([
      'These are two different apps (com.example.app and com.other).',
    ]);
  });
});

describe('compareVersions', () => {
  it('orders dotted integers numerically and versionCodes beyond 2^53', () => {
    expect(compareVersions('1.9', '1.10')).toBe(-1);
    expect(compareVersions('1.0', '1')).toBe(0);
    expect(compareVersions('9007199254740993', '9007199254740992')).toBe(1);
  });
  it('refuses to guess an order for names that are not numbers', () => {
    expect(compareVersions('v1.6pre2', '1.7')).toBeUndefined();
  });
});

describe('areas', () => {
  it('puts APK, AAB and iOS entries in the areas people change', () => {
    expect(areaOf('lib/arm64-v8a/libfoo.so')).toBe('lib/arm64-v8a');
    expect(areaOf('base/lib/x86/libfoo.so')).toBe('lib/x86');
    expect(areaOf('classes2.dex')).toBe('dex');
    expect(areaOf('base/dex/classes.dex')).toBe('dex');
    expect(areaOf('feature/assets/a.bin')).toBe('assets');
    expect(areaOf('res/drawable/x.png')).toBe('res');
    expect(areaOf('Payload/A.app/Frameworks/F.framework/F')).toBe('frameworks');
    expect(areaOf('A.app/PlugIns/E.appex/E')).toBe('plugins');
    expect(areaOf('AndroidManifest.xml')).toBe('other');
  });
  it('sums stored bytes per area and skips folder entries', () => {
    expect(
      areaSizes([
        { name: 'res/', stored: 0 },
        { name: 'res/a.png', stored: 10 },
        { name: 'res/b.png', stored: 5 },
        { name: 'classes.dex', stored: 7 },
      ]),
    ).toEqual({ res: 15, dex: 7 });
  });
});
