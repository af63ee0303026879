import { crc32, deflateSync } from 'node:zlib';

/** Encodes RGBA pixels as a PNG (8-bit, colour type 6): enough for generated device images. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const rowBytes = width * 4;
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (rowBytes + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

export type Rgb = readonly [number, number, number];

/** A canvas with just the shapes the emulator draws: rounded rectangles. */
export class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 4);
  }

  roundRect(x: number, y: number, w: number, h: number, radius: number, color: Rgb): void {
    for (let py = Math.max(0, Math.floor(y)); py < Math.min(this.height, y + h); py++) {
      for (let px = Math.max(0, Math.floor(x)); px < Math.min(this.width, x + w); px++) {
        const dx = Math.max(x + radius - px - 0.5, 0, px + 0.5 - (x + w - radius));
        const dy = Math.max(y + radius - py - 0.5, 0, py + 0.5 - (y + h - radius));
        const coverage = Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(dx, dy)));
        if (coverage > 0) this.blend(px, py, color, coverage);
      }
    }
  }

  png(): Buffer {
    return encodePng(this.width, this.height, this.pixels);
  }

  private blend(px: number, py: number, [r, g, b]: Rgb, alpha: number): void {
    const i = (py * this.width + px) * 4;
    const under = (this.pixels[i + 3] ?? 0) / 255;
    const out = alpha + under * (1 - alpha);
    const mix = (top: number, bottom: number) =>
      out === 0 ? 0 : Math.round((top * alpha + bottom * under * (1 - alpha)) / out);
    this.pixels[i] = mix(r, this.pixels[i] ?? 0);
    this.pixels[i + 1] = mix(g, this.pixels[i + 1] ?? 0);
    this.pixels[i + 2] = mix(b, this.pixels[i + 2] ?? 0);
    this.pixels[i + 3] = Math.round(out * 255);
  }
}
