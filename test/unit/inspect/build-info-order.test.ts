import { describe, expect, it } from 'vitest';
import { BUILD_INFO_KEYS, toBuildInfo } from '../../../main/core/inspect/build-info-order';
import { readBuild } from '../../../main/core/inspect/read-build';
import { BuildInfoSchema } from '../../../shared/domain/build-info';
import { fixture, type FixtureName } from '../../fixtures';

describe('BuildInfo without zod', () => {
  it('lists the schema fields, in the schema order', () => {
    expect([...BUILD_INFO_KEYS]).toEqual(Object.keys(BuildInfoSchema.shape));
  });

  const builds: FixtureName[] = [
    'android-full.apk',
    'android-bundle.aab',
    'ios-binary-plist.ipa',
    'ios-xml-plist.ipa',
  ];
  it.each(builds)(
    'reads %s into what the schema itself would output, key order included',
    async (name) => {
      const info = await readBuild(fixture(name));
      expect(JSON.stringify(info)).toBe(JSON.stringify(BuildInfoSchema.parse(info)));
    },
  );

  it('refuses a build without an app id, as the schema did', () => {
    const base = { platform: 'android', format: 'apk', fileName: 'a.apk', fileSize: 1 } as const;
    const fields = { ...base, name: '', version: '1', build: '1', minOs: '', minOsVersion: '' };
    expect(() => toBuildInfo({ ...fields, id: '' })).toThrow(/no app id/);
    expect(toBuildInfo({ ...fields, id: 'x', targetOs: undefined })).not.toHaveProperty('targetOs');
  });
});
