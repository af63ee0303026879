import type { PlistValue } from 'plist';
import { FormatError, LimitError, guardParse } from './errors';
import { MAX_PLIST_DEPTH, MAX_PLIST_OBJECTS } from './limits';
import { t } from '../i18n/translate';

const EPOCH_2001_MS = 978_307_200_000;
const TRAILER_BYTES = 32;

/**
 * A binary property list (`bplist00`) read in time linear in its size. Each object is
 * decoded once and shared wherever it is referred to: a small file whose arrays refer to
 * one another thousands of times cannot expand into billions of values. Cycles, nesting
 * deeper than MAX_PLIST_DEPTH and tables of more than MAX_PLIST_OBJECTS are refused.
 */
export function parseBinaryPlist(buf: Buffer): PlistValue {
  return guardParse(() => new BinaryPlistReader(buf).read());
}

class BinaryPlistReader {
  private readonly offsets: number[] = [];
  private readonly refSize: number;
  private readonly top: number;
  private readonly decoded = new Map<number, PlistValue>();
  /** How many values each object stands for once shared references are spelled out. */
  private readonly weight = new Map<number, number>();
  private readonly inProgress = new Set<number>();

  constructor(private readonly buf: Buffer) {
    if (buf.length < 8 + TRAILER_BYTES || buf.toString('latin1', 0, 8) !== 'bplist00') {
      throw new FormatError('not a binary property list');
    }
    const trailer = buf.length - TRAILER_BYTES;
    const offsetSize = buf.readUInt8(trailer + 6);
    this.refSize = buf.readUInt8(trailer + 7);
    const count = this.uint(trailer + 8, 8);
    this.top = this.uint(trailer + 16, 8);
    const table = this.uint(trailer + 24, 8);
    if (!validIntSize(offsetSize) || !validIntSize(this.refSize)) {
      throw new FormatError('the binary property list has an impossible reference size');
    }
    if (count > MAX_PLIST_OBJECTS) {
      throw new LimitError(t('inspect:limit.objects', { max: MAX_PLIST_OBJECTS }));
    }
    if (this.top >= count || table + count * offsetSize > trailer) {
      throw new FormatError('its offset table lies outside the file');
    }
    for (let i = 0; i < count; i++) {
      const offset = this.uint(table + i * offsetSize, offsetSize);
      if (offset < 8 || offset >= table) throw new FormatError('an object lies outside the file');
      this.offsets.push(offset);
    }
  }

  read(): PlistValue {
    return this.object(this.top, 0);
  }

  private object(index: number, depth: number): PlistValue {
    const known = this.decoded.get(index);
    if (known !== undefined) return known;
    if (index >= this.offsets.length) throw new FormatError('a reference points past the table');
    if (this.inProgress.has(index)) throw new LimitError(t('inspect:limit.selfReference'));
    if (depth > MAX_PLIST_DEPTH) {
      throw new LimitError(t('inspect:limit.depth', { max: MAX_PLIST_DEPTH }));
    }
    this.inProgress.add(index);
    const { value, refs } = this.decode(this.offsets[index]!, depth);
    this.inProgress.delete(index);
    this.decoded.set(index, value);
    this.weigh(index, refs);
    return value;
  }

  /**
   * Shared objects are decoded once, but whoever walks the result visits them once per
   * reference: a few hundred bytes can stand for billions of values. Refused past the cap.
   */
  private weigh(index: number, refs: number[]): void {
    let total = 1;
    for (const ref of refs) total += this.weight.get(ref) ?? 1;
    if (total > MAX_PLIST_OBJECTS) {
      throw new LimitError(t('inspect:limit.expansion', { max: MAX_PLIST_OBJECTS }));
    }
    this.weight.set(index, total);
  }

  private decode(start: number, depth: number): { value: PlistValue; refs: number[] } {
    const refs: number[] = [];
    return { value: this.decodeValue(start, depth, refs), refs };
  }

  private decodeValue(start: number, depth: number, children: number[]): PlistValue {
    const buf = this.buf;
    const marker = buf.readUInt8(start);
    const type = marker >> 4;
    const info = marker & 0x0f;
    switch (type) {
      case 0x0:
        if (marker === 0x08) return false;
        if (marker === 0x09) return true;
        return null;
      case 0x1:
        return this.int(start + 1, 1 << info);
      case 0x2:
        return info === 2 ? buf.readFloatBE(start + 1) : buf.readDoubleBE(start + 1);
      case 0x3:
        return new Date(buf.readDoubleBE(start + 1) * 1000 + EPOCH_2001_MS);
      case 0x8:
        return this.uint(start + 1, info + 1);
    }
    const { length, at } = this.length(start, info);
    switch (type) {
      case 0x4:
        return new Uint8Array(this.slice(at, length));
      case 0x5:
        return this.slice(at, length).toString('latin1');
      case 0x6:
        return utf16be(this.slice(at, length * 2));
      case 0xa:
      case 0xc: {
        const refs = this.refs(at, length);
        for (const ref of refs) children.push(ref);
        return refs.map((ref) => this.object(ref, depth + 1));
      }
      case 0xd: {
        const refs = this.refs(at, length * 2);
        for (const ref of refs) children.push(ref);
        const dict: { [key: string]: PlistValue } = {};
        for (let i = 0; i < length; i++) {
          const key = this.object(refs[i]!, depth + 1);
          if (typeof key !== 'string') throw new FormatError('a dictionary key is not a string');
          const value = this.object(refs[length + i]!, depth + 1);
          if (key !== '__proto__') dict[key] = value;
        }
        return dict;
      }
      default:
        throw new FormatError(`unknown object type 0x${type.toString(16)}`);
    }
  }

  /** Counts of 15 or more are written as a following int object. */
  private length(start: number, info: number): { length: number; at: number } {
    if (info !== 0x0f) return { length: info, at: start + 1 };
    const sizeMarker = this.buf.readUInt8(start + 1);
    if (sizeMarker >> 4 !== 0x1) throw new FormatError('a length is not an integer');
    const bytes = 1 << (sizeMarker & 0x0f);
    return { length: this.uint(start + 2, bytes), at: start + 2 + bytes };
  }

  private refs(at: number, count: number): number[] {
    this.slice(at, count * this.refSize); // bounds check before reading
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push(this.uint(at + i * this.refSize, this.refSize));
    return out;
  }

  private slice(at: number, length: number): Buffer {
    if (at + length > this.buf.length) throw new FormatError('an object runs past the file');
    return this.buf.subarray(at, at + length);
  }

  private int(at: number, bytes: number): number {
    if (bytes === 16) return this.int(at + 8, 8); // 128-bit ints: the low half holds real values
    if (bytes === 8) return Number(this.buf.readBigInt64BE(at));
    return this.uint(at, bytes);
  }

  private uint(at: number, bytes: number): number {
    if (bytes > 8) throw new FormatError('an integer is too wide');
    if (bytes === 8) return Number(this.buf.readBigUInt64BE(at));
    return this.buf.readUIntBE(at, bytes);
  }
}

function validIntSize(size: number): boolean {
  return size >= 1 && size <= 8;
}

function utf16be(bytes: Buffer): string {
  const swapped = Buffer.from(bytes);
  swapped.swap16();
  return swapped.toString('utf16le');
}
