/**
 * The two icon containers installers need, written from PNGs (no image tools): Windows'
 * .ico (PNG entries, Vista and later) and macOS' .icns (PNG-carrying types, 10.7 and later).
 */

export interface SizedPng {
  /** Pixels per side (square). */
  size: number;
  png: Buffer;
}

/** ICONDIR, one 16-byte ICONDIRENTRY per image, then the PNGs. A size of 256 is written as 0. */
export function encodeIco(images: SizedPng[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    if (size > 256) throw new Error(`.ico images are at most 256 px, not ${size}`);
    const entry = 6 + 16 * i;
    header.writeUInt8(size === 256 ? 0 : size, entry);
    header.writeUInt8(size === 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** The .icns type that holds a PNG of this many pixels per side (the 1x entries). */
const ICNS_TYPES: Record<number, string[]> = {
  16: ['icp4'],
  32: ['icp5', 'ic11'], // 32 px: 32 at 1x, and 16 at 2x
  64: ['icp6', 'ic12'],
  128: ['ic07'],
  256: ['ic08', 'ic13'],
  512: ['ic09', 'ic14'],
  1024: ['ic10'],
};

/** 'icns', the total length, then (type, length, PNG) for every type each size serves. */
export function encodeIcns(images: SizedPng[]): Buffer {
  const entries: Buffer[] = [];
  for (const { size, png } of images) {
    for (const type of ICNS_TYPES[size] ?? []) {
      const head = Buffer.alloc(8);
      head.write(type, 0, 'latin1');
      head.writeUInt32BE(8 + png.length, 4);
      entries.push(head, png);
    }
  }
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}
