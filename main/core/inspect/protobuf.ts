import { FormatError } from './errors';

/**
 * A minimal protobuf wire-format reader. An AAB's manifest and resource table are aapt2
 * protobufs, but we need a dozen fields of them; the wire format is four cases and stable,
 * whereas protobufjs would add a dependency plus a hand-copied schema for the same fields.
 * Messages decode one level at a time, so nested parts are only read when asked for.
 */

export interface Field {
  no: number;
  /** Varint or fixed value: low 32 bits, unsigned (enough for ids, int32s, bools, enums). */
  int: number;
  /** Payload of a length-delimited field (string, bytes, nested message). */
  bytes: Buffer | undefined;
}

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

export function decode(buf: Buffer): Field[] {
  const out: Field[] = [];
  let at = 0;
  const varint = (): number => {
    let lo = 0;
    for (let i = 0; i < 10; i++) {
      if (at >= buf.length) throw new FormatError('protobuf varint runs past the end');
      const b = buf[at++] ?? 0;
      if (i < 5) lo = (lo | ((b & 0x7f) << (7 * i))) >>> 0;
      if ((b & 0x80) === 0) return lo;
    }
    throw new FormatError('protobuf varint too long');
  };
  while (at < buf.length) {
    const key = varint();
    const no = key >>> 3;
    switch (key & 7) {
      case VARINT:
        out.push({ no, int: varint(), bytes: undefined });
        break;
      case FIXED64:
        if (at + 8 > buf.length) throw new FormatError('protobuf fixed64 runs past the end');
        out.push({ no, int: buf.readUInt32LE(at), bytes: undefined });
        at += 8;
        break;
      case LENGTH_DELIMITED: {
        const len = varint();
        if (at + len > buf.length) throw new FormatError('protobuf field runs past the end');
        out.push({ no, int: 0, bytes: buf.subarray(at, at + len) });
        at += len;
        break;
      }
      case FIXED32:
        if (at + 4 > buf.length) throw new FormatError('protobuf fixed32 runs past the end');
        out.push({ no, int: buf.readUInt32LE(at), bytes: undefined });
        at += 4;
        break;
      default:
        throw new FormatError(`protobuf wire type ${key & 7} is not supported`);
    }
  }
  return out;
}

export function first(fields: Field[], no: number): Field | undefined {
  return fields.find((f) => f.no === no);
}

export function all(fields: Field[], no: number): Field[] {
  return fields.filter((f) => f.no === no);
}

/** A nested message's fields; an absent message decodes as empty, as in protobuf. */
export function message(field: Field | undefined): Field[] {
  return field?.bytes ? decode(field.bytes) : [];
}

export function text(field: Field | undefined): string | undefined {
  return field?.bytes?.toString('utf8');
}
