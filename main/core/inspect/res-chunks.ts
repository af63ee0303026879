import { FormatError } from './errors';
import type { ResValue } from './android-model';

/**
 * The chunk layer shared by Android's binary XML and resources.arsc
 * (frameworks/base/libs/androidfw/include/androidfw/ResourceTypes.h).
 * Every read is bounds-checked: these bytes come from untrusted files.
 */
export const ChunkType = {
  StringPool: 0x0001,
  Table: 0x0002,
  Xml: 0x0003,
  XmlStartNamespace: 0x0100,
  XmlEndNamespace: 0x0101,
  XmlStartElement: 0x0102,
  XmlEndElement: 0x0103,
  XmlCdata: 0x0104,
  XmlResourceMap: 0x0180,
  TablePackage: 0x0200,
  TableType: 0x0201,
  TableTypeSpec: 0x0202,
} as const;

export interface Chunk {
  type: number;
  headerSize: number;
  size: number;
  /** Absolute offset of the chunk in the buffer. */
  start: number;
}

export function readChunk(buf: Buffer, start: number, end: number = buf.length): Chunk {
  if (start + 8 > end) throw new FormatError(`chunk header at ${start} runs past the end`);
  const type = buf.readUInt16LE(start);
  const headerSize = buf.readUInt16LE(start + 2);
  const size = buf.readUInt32LE(start + 4);
  if (headerSize < 8 || size < headerSize || start + size > end) {
    throw new FormatError(`chunk 0x${type.toString(16)} at ${start} has a bad size`);
  }
  return { type, headerSize, size, start };
}

/** Iterates the chunks laid end to end in [start, end). */
export function* childChunks(buf: Buffer, start: number, end: number): Generator<Chunk> {
  let at = start;
  while (at + 8 <= end) {
    const chunk = readChunk(buf, at, end);
    yield chunk;
    at += chunk.size;
  }
}

const UTF8_FLAG = 0x100;

/** A string pool, decoded lazily: resources.arsc pools hold tens of thousands of strings. */
export class StringPool {
  private readonly cache = new Map<number, string>();
  private readonly count: number;
  private readonly utf8: boolean;
  private readonly offsetsAt: number;
  private readonly stringsAt: number;
  private readonly end: number;

  constructor(
    private readonly buf: Buffer,
    chunk: Chunk,
  ) {
    if (chunk.type !== ChunkType.StringPool || chunk.headerSize < 28) {
      throw new FormatError('expected a string pool');
    }
    const s = chunk.start;
    this.count = buf.readUInt32LE(s + 8);
    this.utf8 = (buf.readUInt32LE(s + 16) & UTF8_FLAG) !== 0;
    this.offsetsAt = s + chunk.headerSize;
    this.stringsAt = s + buf.readUInt32LE(s + 20);
    this.end = s + chunk.size;
    if (this.offsetsAt + this.count * 4 > this.end) throw new FormatError('string pool too short');
  }

  get size(): number {
    return this.count;
  }

  get(index: number): string | undefined {
    if (index < 0 || index >= this.count) return undefined;
    const hit = this.cache.get(index);
    if (hit !== undefined) return hit;
    const at = this.stringsAt + this.buf.readUInt32LE(this.offsetsAt + index * 4);
    const value = this.utf8 ? this.readUtf8(at) : this.readUtf16(at);
    this.cache.set(index, value);
    return value;
  }

  private readUtf8(at: number): string {
    // Two lengths precede the bytes: UTF-16 units (unused here), then UTF-8 bytes;
    // each is one byte, or two when the high bit is set.
    let p = at;
    const skip = (): number => {
      this.need(p, 1);
      const b0 = this.buf[p++] ?? 0;
      if ((b0 & 0x80) === 0) return b0;
      this.need(p, 1);
      return ((b0 & 0x7f) << 8) | (this.buf[p++] ?? 0);
    };
    skip();
    const bytes = skip();
    this.need(p, bytes);
    return this.buf.toString('utf8', p, p + bytes);
  }

  private readUtf16(at: number): string {
    this.need(at, 2);
    let p = at;
    let units = this.buf.readUInt16LE(p);
    p += 2;
    if (units & 0x8000) {
      this.need(p, 2);
      units = ((units & 0x7fff) << 16) | this.buf.readUInt16LE(p);
      p += 2;
    }
    this.need(p, units * 2);
    return this.buf.toString('utf16le', p, p + units * 2);
  }

  private need(at: number, n: number): void {
    if (at + n > this.end) throw new FormatError('string runs past its pool');
  }
}

/** Res_value data types we interpret; the rest are kept as `other`. */
const TYPE_REFERENCE = 0x01;
const TYPE_STRING = 0x03;
const TYPE_DYNAMIC_REFERENCE = 0x07;
const TYPE_INT_DEC = 0x10;
const TYPE_INT_HEX = 0x11;
const TYPE_INT_BOOLEAN = 0x12;

/** Decodes a Res_value's type and data (the 8-byte struct's last 5 bytes matter). */
export function decodeResValue(dataType: number, data: number, strings: StringPool): ResValue {
  switch (dataType) {
    case TYPE_REFERENCE:
    case TYPE_DYNAMIC_REFERENCE:
      return { kind: 'ref', id: data >>> 0 };
    case TYPE_STRING:
      return { kind: 'string', value: strings.get(data) ?? '' };
    case TYPE_INT_DEC:
    case TYPE_INT_HEX:
      return { kind: 'int', value: data | 0 };
    case TYPE_INT_BOOLEAN:
      return { kind: 'bool', value: data !== 0 };
    default:
      return { kind: 'other' };
  }
}
