import { crc32, deflateRawSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../main/core/inspect/errors';
import { toStandardPng } from '../../../main/core/inspect/png';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * What Xcode's pngcrush does: premultiply, swap to BGRA, filter (every row a different
 * filter here, to exercise all five), raw deflate, and a CgBI chunk first.
 */
function crush(width: number, height: number, rgba: number[]): Buffer {
  const bpp = 4;
  const stride = width * bpp;
  const px = Buffer.alloc(height * stride);
  for (let i = 0; i < width * height; i++) {
    const [r, g, b, a] = rgba.slice(i * 4, i * 4 + 4) as [number, number, number, number];
    const pm = (c: number): number => Math.round((c * a) / 255);
    px.set([pm(b), pm(g), pm(r), a], i * 4);
  }
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const cur = px[y * stride + x] ?? 0;
      const left = x >= bpp ? (px[y * stride + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (px[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= bpp ? (px[(y - 1) * stride + x - bpp] ?? 0) : 0;
      const pred = [0, left, up, (left + up) >>> 1, paeth(left, up, upLeft)][filter] ?? 0;
      raw[y * (stride + 1) + 1 + x] = (cur - pred) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('CgBI', Buffer.from([0x50, 0x00, 0x20, 0x06])),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateRawSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('CgBI uncrushing', () => {
  // A 6×7 image: opaque, half-transparent and fully transparent pixels of varied colours.
  const width = 6;
  const height = 7;
  const rgba: number[] = [];
  for (let i = 0; i < width * height; i++) {
    const alpha = [255, 128, 0, 255, 200, 51][i % 6] ?? 255;
    rgba.push((i * 37) % 256, (i * 91) % 256, (i * 13 + 200) % 256, alpha);
  }

  it('gives a standard RGBA PNG with straight alpha, through every filter type', () => {
    const out = toStandardPng(crush(width, height, rgba));
    expect([out.width, out.height]).toEqual([width, height]);
    expect(out.bytes.includes(Buffer.from('CgBI'))).toBe(false);
    const png = PNG.sync.read(out.bytes, { checkCRC: true });
    for (let i = 0; i < width * height; i++) {
      const a = rgba[i * 4 + 3] ?? 0;
      const got = [...png.data.subarray(i * 4, i * 4 + 4)];
      expect(got[3]).toBe(a);
      if (a === 0) {
        expect(got).toEqual([0, 0, 0, 0]);
        continue;
      }
      // Premultiplying loses precision at low alpha; at 51/255 a channel is within 3.
      const tolerance = Math.ceil(255 / a / 2);
      for (let c = 0; c < 3; c++) {
        expect(Math.abs((got[c] ?? 0) - (rgba[i * 4 + c] ?? 0))).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it('passes a standard PNG through untouched', () => {
    const png = new PNG({ width: 2, height: 2 });
    png.data.fill(200);
    const bytes = PNG.sync.write(png);
    expect(toStandardPng(bytes).bytes).toBe(bytes);
  });

  it.each([
    ['not a PNG', Buffer.from('GIF89a...')],
    ['a truncated CgBI PNG', crush(width, height, rgba).subarray(0, 60)],
    [
      'a CgBI PNG with corrupt image data',
      (() => {
        const b = Buffer.from(crush(width, height, rgba));
        b.fill(0xff, 70, 90);
        return b;
      })(),
    ],
  ])('refuses %s with a FormatError', (_label, bytes) => {
    expect(() => toStandardPng(bytes)).toThrow(FormatError);
  });
});
