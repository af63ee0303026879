import type { ResConfigValue, ResValue, ResourceLookup, XmlElement } from './android-model';
import { FormatError, guardParse } from './errors';
import { all, decode, first, message, text } from './protobuf';
import type { Field } from './protobuf';

/**
 * aapt2's protobuf formats inside an .aab (frameworks/base/tools/aapt2/Resources.proto and
 * Configuration.proto), mapped onto the same model as an APK's binary XML and ARSC.
 * Field numbers are those of the .proto files.
 */

const MAX_DEPTH = 256;

/** Item (oneof ref=1, str=2, raw_str=3, styled_str=4, file=5, id=6, prim=7) → ResValue. */
function item(fields: Field[]): ResValue {
  const ref = first(fields, 1);
  if (ref) {
    const r = message(ref);
    // Reference.type 1 is a theme attribute (?attr/…), which a manifest value cannot resolve.
    if ((first(r, 1)?.int ?? 0) === 1) return { kind: 'other' };
    return { kind: 'ref', id: first(r, 2)?.int ?? 0 };
  }
  for (const no of [2, 3, 4, 5]) {
    // String, RawString and StyledString hold `value = 1`; FileReference holds `path = 1`.
    const f = first(fields, no);
    if (f) return { kind: 'string', value: text(first(message(f), 1)) ?? '' };
  }
  const prim = first(fields, 7);
  if (prim) {
    const p = message(prim);
    const int = first(p, 6) ?? first(p, 7); // int_decimal_value, int_hexadecimal_value
    if (int) return { kind: 'int', value: int.int | 0 };
    const bool = first(p, 8);
    if (bool) return { kind: 'bool', value: bool.int !== 0 };
  }
  return { kind: 'other' };
}

/** XmlNode { element = 1 } → XmlElement { name = 3, attribute = 4, child = 5 }. */
export function parseProtoXml(buf: Buffer): XmlElement {
  return guardParse(() => protoXml(buf));
}

function protoXml(buf: Buffer): XmlElement {
  const element = first(decode(buf), 1);
  if (!element) throw new FormatError('protobuf XML has no root element');
  return toElement(message(element), 0);
}

function toElement(fields: Field[], depth: number): XmlElement {
  if (depth > MAX_DEPTH) throw new FormatError('XML nested too deeply');
  const attrs = all(fields, 4).map((a) => {
    // XmlAttribute { namespace_uri = 1, name = 2, value = 3, resource_id = 5, compiled_item = 6 }
    const f = message(a);
    const compiled = first(f, 6);
    return {
      namespace: text(first(f, 1)) ?? '',
      name: text(first(f, 2)) ?? '',
      resourceId: first(f, 5)?.int ?? 0,
      value: compiled
        ? item(message(compiled))
        : ({ kind: 'string', value: text(first(f, 3)) ?? '' } as const),
    };
  });
  const children: XmlElement[] = [];
  for (const node of all(fields, 5)) {
    const el = first(message(node), 1); // text nodes (2) are skipped
    if (el) children.push(toElement(message(el), depth + 1));
  }
  return { name: text(first(fields, 3)) ?? '', attrs, children };
}

/**
 * ResourceTable { package = 2 } → Package { package_id = 1, type = 3 } → Type { type_id = 1,
 * entry = 3 } → Entry { entry_id = 1, config_value = 6 }. Entries are indexed by id and
 * their values decoded only when looked up.
 */
export function parseProtoTable(buf: Buffer): ResourceLookup {
  return guardParse(() => protoTable(buf));
}

function protoTable(buf: Buffer): ResourceLookup {
  const entries = new Map<number, Buffer>();
  for (const pkg of all(decode(buf), 2)) {
    const p = message(pkg);
    const packageId = first(message(first(p, 1)), 1)?.int ?? 0;
    for (const type of all(p, 3)) {
      const t = message(type);
      const typeId = first(message(first(t, 1)), 1)?.int ?? 0;
      for (const entry of all(t, 3)) {
        if (!entry.bytes) continue;
        const entryId = first(message(first(decode(entry.bytes), 1)), 1)?.int ?? 0;
        entries.set(((packageId << 24) | (typeId << 16) | entryId) >>> 0, entry.bytes);
      }
    }
  }
  return {
    lookup: (id: number): ResConfigValue[] =>
      guardParse(() => {
        const bytes = entries.get(id >>> 0);
        if (!bytes) return [];
        return all(decode(bytes), 6).map((cv) => {
          // ConfigValue { config = 1, value = 2 }; Value { item = 4 }
          const c = message(cv);
          const configBytes = first(c, 1)?.bytes;
          const config = configBytes ? decode(configBytes) : [];
          const valueItem = first(message(first(c, 2)), 4);
          return {
            // Configuration { locale = 3, density = 18 }
            density: first(config, 18)?.int ?? 0,
            locale: text(first(config, 3)) ?? '',
            isDefault: config.length === 0,
            value: valueItem ? item(message(valueItem)) : { kind: 'other' },
          };
        });
      }),
  };
}
