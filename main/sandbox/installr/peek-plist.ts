/**
 * The top-level string values of an Info.plist, XML or binary ("bplist00"). Just what the
 * emulator needs to name an uploaded app; anything unexpected yields fewer keys, never
 * an exception.
 */
export function plistStrings(data: Buffer): Record<string, string> {
  return data.subarray(0, 8).toString('latin1') === 'bplist00'
    ? binaryStrings(data)
    : xmlStrings(data);
}

function xmlStrings(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  const text = data.toString('utf8');
  for (const m of text.matchAll(/<key>([^<]+)<\/key>\s*<string>([^<]*)<\/string>/g)) {
    out[m[1]!] ??= decodeXml(m[2]!);
  }
  return out;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Binary plist: trailer → offset table → the top object, which must be a dict. */
function binaryStrings(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  const trailer = data.subarray(data.length - 32);
  const offsetSize = trailer[6]!;
  const refSize = trailer[7]!;
  const objectCount = Number(trailer.readBigUInt64BE(8));
  const top = Number(trailer.readBigUInt64BE(16));
  const tableAt = Number(trailer.readBigUInt64BE(24));
  const offsetOf = (ref: number) => data.readUIntBE(tableAt + ref * offsetSize, offsetSize);

  /** Marker's low nibble is the length, or 0xF and an int object follows. */
  const lengthAt = (at: number): [length: number, start: number] => {
    const low = data[at]! & 0x0f;
    if (low !== 0x0f) return [low, at + 1];
    const intBytes = 1 << (data[at + 1]! & 0x0f);
    return [data.readUIntBE(at + 2, Math.min(intBytes, 6)), at + 2 + intBytes];
  };
  const stringAt = (ref: number): string | undefined => {
    if (ref >= objectCount) return undefined;
    const at = offsetOf(ref);
    const kind = data[at]! >> 4;
    const [length, start] = lengthAt(at);
    if (kind === 0x5) return data.toString('latin1', start, start + length);
    if (kind === 0x6)
      return Buffer.from(data.subarray(start, start + length * 2))
        .swap16()
        .toString('utf16le');
    return undefined;
  };

  const dictAt = offsetOf(top);
  if (data[dictAt]! >> 4 !== 0xd) return out;
  const [count, start] = lengthAt(dictAt);
  for (let i = 0; i < count; i++) {
    const key = stringAt(data.readUIntBE(start + i * refSize, refSize));
    const value = stringAt(data.readUIntBE(start + (count + i) * refSize, refSize));
    if (key !== undefined && value !== undefined) out[key] = value;
  }
  return out;
}
