/**
 * The small model both Android readers produce: binary XML + resources.arsc for an APK,
 * aapt2's protobuf XmlNode + ResourceTable for an AAB. The manifest and resource logic
 * above it is written once against this model.
 */

/** A typed attribute or resource value, reduced to the kinds a manifest needs. */
export type ResValue =
  | { kind: 'string'; value: string }
  | { kind: 'int'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'ref'; id: number }
  | { kind: 'other' };

export interface XmlAttr {
  name: string;
  namespace: string;
  /** The android:attr id (e.g. 0x0101021b for versionCode), or 0 when not compiled. */
  resourceId: number;
  value: ResValue;
}

export interface XmlElement {
  name: string;
  attrs: XmlAttr[];
  children: XmlElement[];
}

/** One configuration's value of a resource entry (e.g. the xxxhdpi file of an icon). */
export interface ResConfigValue {
  /** Screen density in dpi; 0 = unspecified, 0xfffe = anydpi, 0xffff = nodpi. */
  density: number;
  /** Language and region ("", "pl", "en-rUS"); empty for the default. */
  locale: string;
  /** True when no qualifier at all is set, the configuration Android falls back to. */
  isDefault: boolean;
  value: ResValue;
}

export interface ResourceLookup {
  /** Every configuration's value for a resource id; empty when unknown. */
  lookup(id: number): ResConfigValue[];
}

export const DENSITY_ANY = 0xfffe;
export const DENSITY_NONE = 0xffff;
