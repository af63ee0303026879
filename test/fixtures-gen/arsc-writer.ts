/**
 * Builds tiny resources.arsc tables for tests, in each entry layout aapt/aapt2 emit:
 * dense 32-bit offsets, 16-bit offsets (FLAG_OFFSET16), sparse (FLAG_SPARSE), and
 * compact entries (aapt2 --enable-compact-entries). Layout per ResourceTypes.h.
 */
export type EntryLayout = 'dense' | 'offset16' | 'sparse' | 'compact';

export interface TypeSpec {
  typeId: number;
  /** ResTable_config fields we rank by. */
  density?: number;
  language?: string;
  /** entry index → [Res_value dataType, data]; strings are given as their pool index. */
  entries: Map<number, [number, number]>;
  layout: EntryLayout;
}

export function stringPool(strings: string[]): Buffer {
  const bodies = strings.map((s) => {
    const bytes = Buffer.from(s, 'utf8');
    if (bytes.length > 127) throw new Error('test strings stay short');
    return Buffer.concat([Buffer.from([s.length, bytes.length]), bytes, Buffer.from([0])]);
  });
  const offsets = Buffer.alloc(strings.length * 4);
  let at = 0;
  bodies.forEach((b, i) => {
    offsets.writeUInt32LE(at, i * 4);
    at += b.length;
  });
  let data = Buffer.concat(bodies);
  data = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  const header = Buffer.alloc(28);
  header.writeUInt16LE(0x0001, 0);
  header.writeUInt16LE(28, 2);
  header.writeUInt32LE(28 + offsets.length + data.length, 4);
  header.writeUInt32LE(strings.length, 8);
  header.writeUInt32LE(0x100, 16); // UTF-8
  header.writeUInt32LE(28 + offsets.length, 20);
  return Buffer.concat([header, offsets, data]);
}

function typeChunk(spec: TypeSpec): Buffer {
  const config = Buffer.alloc(64);
  config.writeUInt32LE(64, 0);
  if (spec.language) config.write(spec.language, 8, 'latin1');
  config.writeUInt16LE(spec.density ?? 0, 14);
  const indices = [...spec.entries.keys()].sort((a, b) => a - b);
  const count = spec.layout === 'sparse' ? indices.length : (indices.at(-1) ?? -1) + 1;

  const bodies: Buffer[] = [];
  const offsetOf = new Map<number, number>();
  let at = 0;
  for (const i of indices) {
    const [type, data] = spec.entries.get(i) ?? [0, 0];
    const e = Buffer.alloc(spec.layout === 'compact' ? 8 : 16);
    if (spec.layout === 'compact') {
      e.writeUInt16LE(i, 0); // key
      e.writeUInt16LE(0x0008 | (type << 8), 2);
      e.writeUInt32LE(data >>> 0, 4);
    } else {
      e.writeUInt16LE(8, 0);
      e.writeUInt32LE(i, 4); // key
      e.writeUInt16LE(8, 8);
      e.writeUInt8(type, 11);
      e.writeUInt32LE(data >>> 0, 12);
    }
    offsetOf.set(i, at);
    bodies.push(e);
    at += e.length;
  }
  const width = spec.layout === 'offset16' ? 2 : 4;
  let offsets = Buffer.alloc(count * width);
  for (let slot = 0; slot < count; slot++) {
    if (spec.layout === 'sparse') {
      const i = indices[slot] ?? 0;
      offsets.writeUInt16LE(i, slot * 4);
      offsets.writeUInt16LE((offsetOf.get(i) ?? 0) / 4, slot * 4 + 2);
    } else if (spec.layout === 'offset16') {
      const o = offsetOf.get(slot);
      offsets.writeUInt16LE(o === undefined ? 0xffff : o / 4, slot * 2);
    } else {
      const o = offsetOf.get(slot);
      offsets.writeUInt32LE(o === undefined ? 0xffffffff : o, slot * 4);
    }
  }
  offsets = Buffer.concat([offsets, Buffer.alloc((4 - (offsets.length % 4)) % 4)]);
  const headerSize = 20 + config.length;
  const header = Buffer.alloc(20);
  header.writeUInt16LE(0x0201, 0);
  header.writeUInt16LE(headerSize, 2);
  const entries = Buffer.concat(bodies);
  header.writeUInt32LE(headerSize + offsets.length + entries.length, 4);
  header.writeUInt8(spec.typeId, 8);
  header.writeUInt8(spec.layout === 'sparse' ? 0x01 : spec.layout === 'offset16' ? 0x02 : 0, 9);
  header.writeUInt32LE(count, 12);
  header.writeUInt32LE(headerSize + offsets.length, 16);
  return Buffer.concat([header, config, offsets, entries]);
}

export function buildArsc(strings: string[], types: TypeSpec[], packageId = 0x7f): Buffer {
  const pkgHeader = Buffer.alloc(288);
  pkgHeader.writeUInt16LE(0x0200, 0);
  pkgHeader.writeUInt16LE(288, 2);
  pkgHeader.writeUInt32LE(packageId, 8);
  const body = Buffer.concat(types.map(typeChunk));
  pkgHeader.writeUInt32LE(288 + body.length, 4);
  const pool = stringPool(strings);
  const header = Buffer.alloc(12);
  header.writeUInt16LE(0x0002, 0);
  header.writeUInt16LE(12, 2);
  header.writeUInt32LE(12 + pool.length + pkgHeader.length + body.length, 4);
  header.writeUInt32LE(1, 8);
  return Buffer.concat([header, pool, pkgHeader, body]);
}
