import { crc32, deflateSync, inflateRawSync } from 'node:zlib';
import { FormatError, guardParse } from './errors';

/**
 * PNG checks and Apple "CgBI" uncrushing, by hand on node:zlib: no PNG library decodes
 * CgBI (raw deflate, BGRA, premultiplied alpha), and a standard re-encode is ~20 lines.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A 4096×4096 RGBA icon inflates to 64 MB; nothing an app icon needs is larger. */
const MAX_PIXELS = 4096 * 4096;

export interface PngChunk {
  type: string;
  data: Buffer;
}

export interface Png {
  width: number;
  height: number;
  bytes: Buffer;
}

export function isPng(buf: Buffer): boolean {
  return buf.length >= 8 && buf.subarray(0, 8).equals(SIGNATURE);
}

export function readChunks(buf: Buffer): PngChunk[] {
  if (!isPng(buf)) throw new FormatError('not a PNG');
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > buf.length) throw new FormatError(`PNG chunk ${type} is truncated`);
    chunks.push({ type, data: buf.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

function readHeader(chunks: PngChunk[]): Header {
  const ihdr = chunks.find((c) => c.type === 'IHDR');
  if (!ihdr || ihdr.data.length < 13) throw new FormatError('PNG has no IHDR');
  const h = {
    width: ihdr.data.readUInt32BE(0),
    height: ihdr.data.readUInt32BE(4),
    bitDepth: ihdr.data.readUInt8(8),
    colorType: ihdr.data.readUInt8(9),
    interlace: ihdr.data.readUInt8(12),
  };
  if (h.width === 0 || h.height === 0 || h.width * h.height > MAX_PIXELS) {
    throw new FormatError(`PNG size ${h.width}×${h.height} is out of range`);
  }
  return h;
}

/**
 * A PNG any browser can show: standard PNGs are returned as they are (after a header
 * check), CgBI ones are converted. Throws FormatError for anything else.
 */
export function toStandardPng(buf: Buffer): Png {
  return guardParse(() => convert(buf));
}

function convert(buf: Buffer): Png {
  const chunks = readChunks(buf);
  const header = readHeader(chunks);
  if (chunks[0]?.type !== 'CgBI') return { width: header.width, height: header.height, bytes: buf };
  return { width: header.width, height: header.height, bytes: uncrush(chunks, header) };
}

function uncrush(chunks: PngChunk[], h: Header): Buffer {
  // Xcode only writes 8-bit RGB(A), non-interlaced; other variants are not worth guessing at.
  const channels = h.colorType === 6 ? 4 : h.colorType === 2 ? 3 : 0;
  if (h.bitDepth !== 8 || channels === 0 || h.interlace !== 0) {
    throw new FormatError('unsupported CgBI PNG variant');
  }
  const stride = h.width * channels;
  const expected = h.height * (stride + 1);
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  let raw: Buffer;
  try {
    raw = inflateRawSync(idat, { maxOutputLength: expected });
  } catch (err) {
    throw new FormatError(`CgBI image data does not inflate: ${(err as Error).message}`);
  }
  if (raw.length !== expected) throw new FormatError('CgBI image data has the wrong length');

  const pixels = unfilter(raw, h.height, stride, channels);
  for (let p = 0; p < pixels.length; p += channels) {
    const b = pixels[p] ?? 0;
    const r = pixels[p + 2] ?? 0;
    const a = channels === 4 ? (pixels[p + 3] ?? 255) : 255;
    pixels[p] = unpremultiply(r, a);
    pixels[p + 1] = unpremultiply(pixels[p + 1] ?? 0, a);
    pixels[p + 2] = unpremultiply(b, a);
  }
  // Re-filter every row with filter 0 (None): simplest, and zlib still compresses well.
  const out = Buffer.alloc(expected);
  for (let y = 0; y < h.height; y++) {
    out[y * (stride + 1)] = 0;
    pixels.copy(out, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(h.width, 0);
  ihdr.writeUInt32BE(h.height, 4);
  ihdr.set([8, h.colorType, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(out, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Reverses PNG scanline filters (None, Sub, Up, Average, Paeth) into packed pixels. */
export function unfilter(raw: Buffer, height: number, stride: number, bpp: number): Buffer {
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const v = raw[src + x] ?? 0;
      const left = x >= bpp ? (out[row + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[prev + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= bpp ? (out[prev + x - bpp] ?? 0) : 0;
      let pred: number;
      switch (filter) {
        case 0:
          pred = 0;
          break;
        case 1:
          pred = left;
          break;
        case 2:
          pred = up;
          break;
        case 3:
          pred = (left + up) >>> 1;
          break;
        case 4:
          pred = paeth(left, up, upLeft);
          break;
        default:
          throw new FormatError(`unknown PNG filter ${String(filter)}`);
      }
      out[row + x] = (v + pred) & 0xff;
    }
  }
  return out;
}

/** Premultiplied → straight alpha; fully transparent pixels stay black. */
function unpremultiply(c: number, a: number): number {
  if (a === 255) return c;
  return a === 0 ? 0 : Math.min(255, Math.round((c * 255) / a));
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}
