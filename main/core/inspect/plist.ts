import type { PlistValue } from 'plist';
import { parseBinaryPlist } from './bplist';
import { FormatError } from './errors';
import { checkXmlBounds } from './xml-bounds';

export type PlistDict = { [key: string]: PlistValue };

/**
 * Info.plist in either encoding Xcode writes: binary (`bplist00`) or XML. Both readers
 * are bounded (depth, object count, no re-expansion of shared objects), so a crafted
 * plist costs milliseconds, not minutes.
 */
export async function parsePlist(buf: Buffer): Promise<PlistDict> {
  let value: PlistValue;
  try {
    value =
      buf.subarray(0, 8).toString('latin1') === 'bplist00'
        ? parseBinaryPlist(buf)
        : parseXml(buf, await xmlReader());
  } catch (err) {
    if (err instanceof FormatError) throw err;
    throw new FormatError(`not a readable property list: ${(err as Error).message}`);
  }
  if (!isDict(value)) throw new FormatError('the property list is not a dictionary');
  return value;
}

type XmlReader = (xml: string) => PlistValue;
let loaded: XmlReader | undefined;

/**
 * The plist package (and xmldom under it) is loaded only when a build has an XML
 * Info.plist: importing it costs more than reading a small build, and Android builds and
 * binary plists never need it.
 */
async function xmlReader(): Promise<XmlReader> {
  loaded ??= (await import('plist')).parse;
  return loaded;
}

function parseXml(buf: Buffer, parse: XmlReader): PlistValue {
  const xml = buf.toString('utf8').replace(/^\uFEFF/, '');
  // Refuse obvious non-XML before xmldom sees it: it logs every parse error to the console.
  if (!/^\s*<(\?xml|!DOCTYPE|plist)/.test(xml)) throw new Error('neither binary nor XML');
  checkXmlBounds(xml);
  // plist gives xmldom no error handler, so xmldom reports problems on console.error
  // besides throwing. The call is synchronous: muting console.error for its duration
  // cannot swallow anyone else's output.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    return parse(xml);
  } finally {
    console.error = consoleError;
  }
}

export function isDict(value: PlistValue | undefined): value is PlistDict {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Uint8Array)
  );
}

/** A string field; numbers are accepted too, since some tools write CFBundleVersion as one. */
export function str(dict: PlistDict, key: string): string | undefined {
  const v = dict[key];
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

export function strings(value: PlistValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
