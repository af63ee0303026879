import { FormatError, guardParse } from './errors';
import type { ResConfigValue, ResValue, ResourceLookup } from './android-model';
import { ChunkType, StringPool, childChunks, decodeResValue, readChunk } from './res-chunks';

/**
 * resources.arsc to a lookup by resource id (ResourceTypes.h: ResTable_*). Only an index
 * of type chunks is built up front; an entry is decoded when asked for, so a 20 MB table
 * costs one pass over its chunk headers.
 */

const NO_ENTRY32 = 0xffffffff;
const NO_ENTRY16 = 0xffff;
const TYPE_FLAG_SPARSE = 0x01;
const TYPE_FLAG_OFFSET16 = 0x02;
const ENTRY_FLAG_COMPLEX = 0x0001;
const ENTRY_FLAG_COMPACT = 0x0008;

interface TypeChunk {
  start: number;
  end: number;
  flags: number;
  entryCount: number;
  entriesAt: number;
  /** Where the entry offsets table begins (right after the header). */
  offsetsAt: number;
  config: Omit<ResConfigValue, 'value'>;
}

export function parseArsc(buf: Buffer): ResourceLookup {
  return guardParse(() => indexTable(buf));
}

function indexTable(buf: Buffer): ResourceLookup {
  const root = readChunk(buf, 0);
  if (root.type !== ChunkType.Table) throw new FormatError('not a resource table');
  let strings: StringPool | undefined;
  // Keyed by (packageId << 8 | typeId).
  const types = new Map<number, TypeChunk[]>();

  for (const chunk of childChunks(buf, root.start + root.headerSize, root.start + root.size)) {
    if (chunk.type === ChunkType.StringPool) strings ??= new StringPool(buf, chunk);
    if (chunk.type !== ChunkType.TablePackage) continue;
    const packageId = buf.readUInt32LE(chunk.start + 8) & 0xff;
    const end = chunk.start + chunk.size;
    for (const sub of childChunks(buf, chunk.start + chunk.headerSize, end)) {
      if (sub.type !== ChunkType.TableType || sub.headerSize < 24) continue;
      const key = (packageId << 8) | buf.readUInt8(sub.start + 8);
      const list = types.get(key) ?? [];
      list.push({
        start: sub.start,
        end: sub.start + sub.size,
        flags: buf.readUInt8(sub.start + 9),
        entryCount: buf.readUInt32LE(sub.start + 12),
        entriesAt: sub.start + buf.readUInt32LE(sub.start + 16),
        offsetsAt: sub.start + sub.headerSize,
        config: readConfig(buf, sub.start + 20, sub.start + sub.headerSize),
      });
      types.set(key, list);
    }
  }
  if (!strings) throw new FormatError('resource table has no string pool');
  const pool = strings;

  const lookup = (id: number): ResConfigValue[] => {
    const chunks = types.get(((id >>> 24) << 8) | ((id >>> 16) & 0xff)) ?? [];
    const out: ResConfigValue[] = [];
    for (const t of chunks) {
      const value = readEntry(buf, t, id & 0xffff, pool);
      if (value) out.push({ ...t.config, value });
    }
    return out;
  };
  return { lookup: (id) => guardParse(() => lookup(id)) };
}

function entryOffset(buf: Buffer, t: TypeChunk, index: number): number | undefined {
  if (t.flags & TYPE_FLAG_SPARSE) {
    // Pairs of (entry index, offset / 4), sorted by index.
    let lo = 0;
    let hi = t.entryCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = t.offsetsAt + mid * 4;
      if (at + 4 > t.end) return undefined;
      const idx = buf.readUInt16LE(at);
      if (idx === index) return buf.readUInt16LE(at + 2) * 4;
      if (idx < index) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
  if (index >= t.entryCount) return undefined;
  if (t.flags & TYPE_FLAG_OFFSET16) {
    const at = t.offsetsAt + index * 2;
    if (at + 2 > t.end) return undefined;
    const v = buf.readUInt16LE(at);
    return v === NO_ENTRY16 ? undefined : v * 4;
  }
  const at = t.offsetsAt + index * 4;
  if (at + 4 > t.end) return undefined;
  const v = buf.readUInt32LE(at);
  return v === NO_ENTRY32 ? undefined : v;
}

function readEntry(
  buf: Buffer,
  t: TypeChunk,
  index: number,
  strings: StringPool,
): ResValue | undefined {
  const offset = entryOffset(buf, t, index);
  if (offset === undefined) return undefined;
  const at = t.entriesAt + offset;
  if (at + 8 > t.end) throw new FormatError('resource entry runs past its type chunk');
  const flags = buf.readUInt16LE(at + 2);
  if (flags & ENTRY_FLAG_COMPACT) {
    // Compact entry (aapt2 --enable-compact-entries): the data type is flags' high byte.
    return decodeResValue(flags >>> 8, buf.readUInt32LE(at + 4), strings);
  }
  if (flags & ENTRY_FLAG_COMPLEX) return { kind: 'other' }; // a bag (style, array…)
  const valueAt = at + buf.readUInt16LE(at);
  if (valueAt + 8 > t.end) throw new FormatError('resource value runs past its type chunk');
  return decodeResValue(buf.readUInt8(valueAt + 3), buf.readUInt32LE(valueAt + 4), strings);
}

/** Reads the ResTable_config qualifiers we rank by: density and locale. */
function readConfig(buf: Buffer, at: number, limit: number): Omit<ResConfigValue, 'value'> {
  const size = Math.min(buf.readUInt32LE(at), limit - at);
  let isDefault = true;
  for (let i = at + 4; i < at + size; i++) {
    if (buf[i] !== 0) {
      isDefault = false;
      break;
    }
  }
  // Two ASCII letters; packed three-letter codes (high bit set) are rare and not needed here.
  const text = (p: number): string => {
    const first = size >= p - at + 2 ? (buf[p] ?? 0) : 0;
    return first > 0 && first < 0x80 ? buf.toString('latin1', p, p + 2).replace(/\0/g, '') : '';
  };
  const language = text(at + 8);
  const country = text(at + 10);
  return {
    density: size >= 16 ? buf.readUInt16LE(at + 14) : 0,
    locale: language + (country ? `-r${country}` : ''),
    isDefault,
  };
}
