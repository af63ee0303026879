import { FormatError, guardParse } from './errors';
import type { XmlAttr, XmlElement } from './android-model';
import { ChunkType, StringPool, childChunks, decodeResValue, readChunk } from './res-chunks';

/**
 * Android binary XML (AndroidManifest.xml and res/*.xml inside an APK) to an element tree.
 * Hand-written: the npm readers for it are unmaintained or read the whole APK, and the
 * format is a short list of chunks (ResourceTypes.h: ResXMLTree_*).
 */

const NO_INDEX = 0xffffffff;
/** Bounds the tree against hostile files that nest without end. */
const MAX_DEPTH = 256;

export function parseAxml(buf: Buffer): XmlElement {
  return guardParse(() => parseTree(buf));
}

function parseTree(buf: Buffer): XmlElement {
  const root = readChunk(buf, 0);
  if (root.type !== ChunkType.Xml) throw new FormatError('not binary XML');
  const end = root.start + root.size;

  let strings: StringPool | undefined;
  let resourceIds: number[] = [];
  const stack: XmlElement[] = [];
  let top: XmlElement | undefined;

  for (const chunk of childChunks(buf, root.start + root.headerSize, end)) {
    switch (chunk.type) {
      case ChunkType.StringPool:
        strings = new StringPool(buf, chunk);
        break;
      case ChunkType.XmlResourceMap: {
        const count = (chunk.size - chunk.headerSize) >>> 2;
        resourceIds = [];
        for (let i = 0; i < count; i++) {
          resourceIds.push(buf.readUInt32LE(chunk.start + chunk.headerSize + i * 4));
        }
        break;
      }
      case ChunkType.XmlStartElement: {
        if (!strings) throw new FormatError('element before string pool');
        const element = readStartElement(
          buf,
          chunk.start,
          chunk.headerSize,
          chunk.size,
          strings,
          resourceIds,
        );
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(element);
        else top ??= element;
        if (stack.length >= MAX_DEPTH) throw new FormatError('XML nested too deeply');
        stack.push(element);
        break;
      }
      case ChunkType.XmlEndElement:
        stack.pop();
        break;
      default:
        // Namespaces, CDATA and unknown chunks carry nothing a manifest reader needs.
        break;
    }
  }
  if (!top) throw new FormatError('binary XML has no root element');
  return top;
}

function readStartElement(
  buf: Buffer,
  start: number,
  headerSize: number,
  size: number,
  strings: StringPool,
  resourceIds: number[],
): XmlElement {
  const ext = start + headerSize; // ResXMLTree_attrExt follows the node header
  if (ext + 20 > start + size) throw new FormatError('element chunk too short');
  const name = strings.get(buf.readUInt32LE(ext + 4)) ?? '';
  const attributeStart = buf.readUInt16LE(ext + 8);
  const attributeSize = buf.readUInt16LE(ext + 10);
  const attributeCount = buf.readUInt16LE(ext + 12);
  if (attributeCount > 0 && attributeSize < 20) throw new FormatError('attribute size too small');

  const attrs: XmlAttr[] = [];
  for (let i = 0; i < attributeCount; i++) {
    const at = ext + attributeStart + i * attributeSize;
    if (at + 20 > start + size) throw new FormatError('attribute runs past its element');
    const nsIndex = buf.readUInt32LE(at);
    const nameIndex = buf.readUInt32LE(at + 4);
    const rawIndex = buf.readUInt32LE(at + 8);
    const dataType = buf.readUInt8(at + 15);
    const data = buf.readUInt32LE(at + 16);
    let value = decodeResValue(dataType, data, strings);
    // Some tools leave the typed value null and keep only the raw string.
    if (value.kind === 'other' && rawIndex !== NO_INDEX) {
      value = { kind: 'string', value: strings.get(rawIndex) ?? '' };
    }
    attrs.push({
      name: strings.get(nameIndex) ?? '',
      namespace: nsIndex === NO_INDEX ? '' : (strings.get(nsIndex) ?? ''),
      resourceId: resourceIds[nameIndex] ?? 0,
      value,
    });
  }
  return { name, attrs, children: [] };
}
