import { describe, expect, it } from 'vitest';
import { encodeIcns, encodeIco } from '../../../main/dev/icon-formats';

const fakePng = (size: number) =>
  Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(size % 97, size & 0xff)]);
const PNG_SIGNATURE = '\x89PNG';

describe('installer icon containers', () => {
  it('writes an .ico whose entries point at each PNG, 256 px written as 0', () => {
    const images = [16, 48, 256].map((size) => ({ size, png: fakePng(size) }));
    const ico = encodeIco(images);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(3);
    images.forEach(({ size, png }, i) => {
      const entry = 6 + 16 * i;
      expect(ico.readUInt8(entry)).toBe(size === 256 ? 0 : size);
      expect(ico.readUInt32LE(entry + 8)).toBe(png.length);
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.subarray(offset, offset + png.length)).toEqual(png);
    });
    expect(() => encodeIco([{ size: 512, png: fakePng(512) }])).toThrow(/at most 256/);
  });

  it('writes an .icns whose length and typed entries add up', () => {
    const icns = encodeIcns([16, 32, 1024].map((size) => ({ size, png: fakePng(size) })));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.toString('latin1', at, at + 4));
      expect(icns.toString('latin1', at + 8, at + 12)).toBe(PNG_SIGNATURE);
    }
    expect(types).toEqual(['icp4', 'icp5', 'ic11', 'ic10']);
  });
});
