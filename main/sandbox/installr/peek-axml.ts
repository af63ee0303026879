/**
 * A few facts from an APK's binary AndroidManifest.xml: the `<manifest>` element's
 * package, versionCode and versionName, and `<application android:label>` when it is a
 * literal. Android's binary XML is a list of chunks: a string pool, a resource map (the
 * attribute names as resource ids), then one chunk per element.
 */
export interface ManifestFacts {
  packageName?: string;
  versionCode?: number;
  versionName?: string;
  label?: string;
}

const STRING_POOL = 0x0001;
const RESOURCE_MAP = 0x0180;
const START_ELEMENT = 0x0102;
const UTF8_FLAG = 1 << 8;
const NO_INDEX = 0xffffffff;
const TYPE_STRING = 0x03;
const TYPE_INT_DEC = 0x10;
const TYPE_INT_HEX = 0x11;

/** android:versionCode, versionName and label, for managers that strip attribute names. */
const ATTRIBUTE_IDS: Record<number, string> = {
  0x0101021b: 'versionCode',
  0x0101021c: 'versionName',
  0x01010001: 'label',
};

export function manifestFacts(data: Buffer): ManifestFacts {
  const facts: ManifestFacts = {};
  let strings: string[] = [];
  let resourceIds: number[] = [];
  let at = data.readUInt16LE(2); // past the file's own header
  while (at + 8 <= data.length) {
    const type = data.readUInt16LE(at);
    const size = data.readUInt32LE(at + 4);
    if (size < 8) break;
    if (type === STRING_POOL) strings = readStringPool(data, at);
    else if (type === RESOURCE_MAP) {
      resourceIds = [];
      for (let p = at + 8; p < at + size; p += 4) resourceIds.push(data.readUInt32LE(p));
    } else if (type === START_ELEMENT) {
      const element = strings[data.readUInt32LE(at + 20)];
      if (element === 'manifest' || element === 'application') {
        const attributes = readAttributes(data, at, strings, resourceIds);
        if (element === 'manifest') {
          if (typeof attributes.package === 'string') facts.packageName = attributes.package;
          if (typeof attributes.versionCode === 'number')
            facts.versionCode = attributes.versionCode;
          if (typeof attributes.versionName === 'string')
            facts.versionName = attributes.versionName;
        } else {
          if (typeof attributes.label === 'string') facts.label = attributes.label;
          return facts;
        }
      }
    }
    at += size;
  }
  return facts;
}

function readAttributes(
  data: Buffer,
  chunkAt: number,
  strings: string[],
  resourceIds: number[],
): Record<string, string | number | undefined> {
  const ext = chunkAt + 16;
  const start = ext + data.readUInt16LE(ext + 8);
  const stride = data.readUInt16LE(ext + 10);
  const count = data.readUInt16LE(ext + 12);
  const out: Record<string, string | number | undefined> = {};
  for (let i = 0; i < count; i++) {
    const a = start + i * stride;
    const nameIndex = data.readUInt32LE(a + 4);
    const name = ATTRIBUTE_IDS[resourceIds[nameIndex] ?? -1] ?? strings[nameIndex];
    if (!name) continue;
    const raw = data.readUInt32LE(a + 8);
    const dataType = data[a + 15];
    const value = data.readUInt32LE(a + 16);
    if (raw !== NO_INDEX) out[name] = strings[raw];
    else if (dataType === TYPE_STRING) out[name] = strings[value];
    else if (dataType === TYPE_INT_DEC || dataType === TYPE_INT_HEX) out[name] = value;
  }
  return out;
}

function readStringPool(data: Buffer, at: number): string[] {
  const headerSize = data.readUInt16LE(at + 2);
  const count = data.readUInt32LE(at + 8);
  const utf8 = (data.readUInt32LE(at + 16) & UTF8_FLAG) !== 0;
  const stringsStart = at + data.readUInt32LE(at + 20);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let p = stringsStart + data.readUInt32LE(at + headerSize + i * 4);
    if (utf8) {
      p += data[p]! & 0x80 ? 2 : 1; // length in UTF-16 units, unused
      let length = data[p]!;
      if (length & 0x80) length = ((length & 0x7f) << 8) | data[p + 1]!;
      p += data[p]! & 0x80 ? 2 : 1;
      out.push(data.toString('utf8', p, p + length));
    } else {
      let length = data.readUInt16LE(p);
      p += 2;
      if (length & 0x8000) {
        length = ((length & 0x7fff) << 16) | data.readUInt16LE(p);
        p += 2;
      }
      out.push(data.toString('utf16le', p, p + length * 2));
    }
  }
  return out;
}
