import { open, readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { centralHeader, endOfCentralDirectory } from './zip-writer';

/**
 * Writes a copy of a small zip (an APK fixture) with one extra STORED entry of `padBytes`
 * zero bytes: a realistic "huge build" whose metadata sits in a small corner of it. The
 * padding is made by extending the file (sparse on Linux), so a 1 GiB build costs neither
 * disk nor time to create. Both the original entries and their offsets stay valid.
 */
export async function writePaddedZip(
  source: string,
  dest: string,
  padBytes: number,
  entryName = 'assets/padding.bin',
): Promise<void> {
  if (padBytes >= 0xffffffff - 1024 * 1024)
    throw new Error('padding needs zip64; keep it under 4 GiB');
  const src = await readFile(source);
  const eocdAt = src.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocdAt < 0) throw new Error(`${source} has no end of central directory`);
  const count = src.readUInt16LE(eocdAt + 10);
  const cdSize = src.readUInt32LE(eocdAt + 12);
  const cdOffset = src.readUInt32LE(eocdAt + 16);
  const oldCd = src.subarray(cdOffset, cdOffset + cdSize);

  const name = Buffer.from(entryName, 'utf8');
  const crc = zerosCrc(padBytes);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6);
  local.writeUInt16LE(0x21, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(padBytes, 18);
  local.writeUInt32LE(padBytes, 22);
  local.writeUInt16LE(name.length, 26);

  const dataAt = cdOffset + local.length + name.length;
  const newCdAt = dataAt + padBytes;
  const cd = Buffer.concat([oldCd, centralHeader(name, 0, crc, padBytes, padBytes, cdOffset)]);
  const handle = await open(dest, 'w');
  try {
    await handle.write(src, 0, cdOffset, 0);
    await handle.write(Buffer.concat([local, name]), 0, local.length + name.length, cdOffset);
    await handle.truncate(newCdAt); // the zero padding, as a hole
    const tail = Buffer.concat([cd, endOfCentralDirectory(count + 1, cd.length, newCdAt)]);
    await handle.write(tail, 0, tail.length, newCdAt);
  } finally {
    await handle.close();
  }
}

function zerosCrc(length: number): number {
  const block = Buffer.alloc(1024 * 1024);
  let crc = 0;
  let left = length;
  while (left > 0) {
    const n = Math.min(left, block.length);
    crc = crc32(n === block.length ? block : block.subarray(0, n), crc);
    left -= n;
  }
  return crc >>> 0;
}
