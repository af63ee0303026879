import { buildZip } from '../../fixtures/encode/zip';

/**
 * The two property lists that once froze Dropship for half a minute each, and a third
 * that is legal but slow to read, each as the Info.plist of an otherwise normal .ipa.
 */

/** A binary plist whose arrays each refer `fanOut` times to the one below: tiny, vast if expanded. */
export function sharedReferenceBplist(levels = 30, fanOut = 14): Buffer {
  const objects: Buffer[] = [];
  const ascii = (s: string) =>
    Buffer.concat([
      Buffer.from(s.length < 15 ? [0x50 | s.length] : [0x5f, 0x10, s.length]),
      Buffer.from(s),
    ]);
  objects.push(ascii('CFBundleIdentifier'), ascii('com.example.shared'), ascii('Nest'), ascii('a'));
  for (let level = 0; level < levels; level++) {
    const below = objects.length - 1;
    objects.push(Buffer.from([0xa0 | fanOut, ...Array<number>(fanOut).fill(below)]));
  }
  // The top dictionary: { CFBundleIdentifier: "com.example.shared", Nest: <deepest array> }
  objects.push(Buffer.from([0xd2, 0, 2, 1, objects.length - 1]));
  return bplist(objects, objects.length - 1);
}

/** One-byte references and offsets: enough for the small lists made here. */
function bplist(objects: Buffer[], top: number): Buffer {
  const offsets: number[] = [];
  let at = 8;
  for (const o of objects) {
    offsets.push(at);
    at += o.length;
  }
  const offsetSize = at > 0xff ? 2 : 1;
  const table = Buffer.alloc(offsets.length * offsetSize);
  offsets.forEach((o, i) => table.writeUIntBE(o, i * offsetSize, offsetSize));
  const trailer = Buffer.alloc(32);
  trailer.writeUInt8(offsetSize, 6);
  trailer.writeUInt8(1, 7);
  trailer.writeBigUInt64BE(BigInt(objects.length), 8);
  trailer.writeBigUInt64BE(BigInt(top), 16);
  trailer.writeBigUInt64BE(BigInt(at), 24);
  return Buffer.concat([Buffer.from('bplist00'), ...objects, table, trailer]);
}

const XML_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>' +
  '<key>CFBundleIdentifier</key><string>com.example.deep</string><key>Nest</key>';

/** An XML plist nested `levels` deep (650,000 stays under the 10 MB Info.plist limit). */
export function deepXmlPlist(levels = 650_000): Buffer {
  return Buffer.from(
    `${XML_HEAD}${'<array>'.repeat(levels)}${'</array>'.repeat(levels)}</dict></plist>`,
  );
}

/** Legal and flat, but `count` elements take the DOM parser a while: for the time budget. */
export function wideXmlPlist(count = 190_000): Buffer {
  return Buffer.from(`${XML_HEAD}<array>${'<true/>'.repeat(count)}</array></dict></plist>`);
}

export function ipaWith(infoPlist: Buffer): Buffer {
  return buildZip([
    { name: 'Payload/Crafted.app/Info.plist', data: infoPlist, method: 'deflate' },
    { name: 'Payload/Crafted.app/Crafted', data: Buffer.from('binary') },
  ]);
}
