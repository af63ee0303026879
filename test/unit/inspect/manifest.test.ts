import { describe, expect, it } from 'vitest';
import { parseProtoXml } from '../../../main/core/inspect/aab-proto';
import { readManifest } from '../../../main/core/inspect/android-manifest';
import type { XmlAttr, XmlElement } from '../../../main/core/inspect/android-model';
import { androidSdkLabel, androidVersionLabel } from '../../../main/core/inspect/android-versions';
import { decode } from '../../../main/core/inspect/protobuf';
import { FormatError } from '../../../main/core/inspect/errors';

const ANDROID = 'http://schemas.android.com/apk/res/android';
const int = (name: string, resourceId: number, value: number): XmlAttr => ({
  name,
  namespace: ANDROID,
  resourceId,
  value: { kind: 'int', value },
});
const el = (name: string, attrs: XmlAttr[], children: XmlElement[] = []): XmlElement => ({
  name,
  attrs,
  children,
});
const pkg: XmlAttr = {
  name: 'package',
  namespace: '',
  resourceId: 0,
  value: { kind: 'string', value: 'a.b' },
};

describe('readManifest', () => {
  it('combines versionCodeMajor and versionCode into one 64-bit code', () => {
    const m = readManifest(
      el('manifest', [
        pkg,
        int('versionCode', 0x0101021b, -1),
        int('versionCodeMajor', 0x01010576, 2),
      ]),
    );
    // major 2, low 0xffffffff (stored as int32 -1) → 2 * 2^32 + 4294967295
    expect(m.versionCode).toBe('12884901887');
  });

  it('matches attributes by resource id, as Android does, even when names are obfuscated', () => {
    const m = readManifest(
      el(
        'manifest',
        [pkg, int('a', 0x0101021b, 7)],
        [el('uses-sdk', [int('b', 0x0101020c, 21), int('c', 0x01010270, 34)])],
      ),
    );
    expect(m).toMatchObject({
      packageName: 'a.b',
      versionCode: '7',
      minSdk: '21',
      targetSdk: '34',
    });
  });

  it('leaves minSdk and targetSdk undefined when there is no uses-sdk', () => {
    const m = readManifest(el('manifest', [pkg]));
    expect(m.minSdk).toBeUndefined();
    expect(m.targetSdk).toBeUndefined();
  });
});

describe('Android version labels', () => {
  it('words API levels and preview codenames', () => {
    expect(androidVersionLabel(21)).toBe('Android 5.0 (API 21)');
    expect(androidVersionLabel(34)).toBe('Android 14 (API 34)');
    expect(androidVersionLabel(99)).toBe('Android API 99');
    expect(androidSdkLabel('Q')).toBe('Android Q preview');
  });
});

describe('protobuf reader', () => {
  it('reads negative int32 varints (ten bytes) back as negative', () => {
    // field 6, varint, -5 as int32 is encoded as a 64-bit two's complement varint.
    const buf = Buffer.from([0x30, 0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    const [field] = decode(buf);
    expect(field?.no).toBe(6);
    expect((field?.int ?? 0) | 0).toBe(-5);
  });

  it('refuses a length that runs past the end', () => {
    expect(() => decode(Buffer.from([0x0a, 0x10, 0x01]))).toThrow(FormatError);
    expect(() => parseProtoXml(Buffer.from([0x0a, 0x10, 0x01]))).toThrow(FormatError);
  });
});
