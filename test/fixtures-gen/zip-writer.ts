import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A minimal zip writer for tests: builds small archives in memory (stored or deflated
 * entries, no zip64). Enough to make "zip without a manifest", "zip bomb" and synthetic
 * builds without a zip library or the `zip` CLI.
 */
export interface ZipInput {
  name: string;
  data: Buffer;
  method?: 'store' | 'deflate';
}

const DOS_DATE_1980_01_01 = 0x21;

export function buildZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method === 'deflate' ? 8 : 0;
    const body = method === 8 ? deflateRawSync(e.data) : e.data;
    const crc = crc32(e.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);

    centrals.push(centralHeader(name, method, crc, body.length, e.data.length, offset));
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  return Buffer.concat([...locals, cd, endOfCentralDirectory(entries.length, cd.length, offset)]);
}

export function centralHeader(
  name: Buffer,
  method: number,
  crc: number,
  compressedSize: number,
  size: number,
  localHeaderOffset: number,
): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(method, 10);
  h.writeUInt16LE(DOS_DATE_1980_01_01, 14);
  h.writeUInt32LE(crc, 16);
  h.writeUInt32LE(compressedSize, 20);
  h.writeUInt32LE(size, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(localHeaderOffset, 42);
  return Buffer.concat([h, name]);
}

export function endOfCentralDirectory(count: number, cdSize: number, cdOffset: number): Buffer {
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(count, 8);
  eocd.writeUInt16LE(count, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return eocd;
}
