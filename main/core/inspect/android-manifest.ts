import type { ResValue, XmlAttr, XmlElement } from './android-model';

/**
 * The manifest fields Dropship shows, read from the element tree of either an APK's binary
 * XML or an AAB's protobuf XML. Attributes are matched by their android:attr resource id
 * first, as Android does (obfuscators strip or rename the names), then by name.
 */
const ATTR = {
  label: 0x01010001,
  icon: 0x01010002,
  name: 0x01010003,
  minSdkVersion: 0x0101020c,
  versionCode: 0x0101021b,
  versionName: 0x0101021c,
  targetSdkVersion: 0x01010270,
  versionCodeMajor: 0x01010576,
} as const;

export interface ManifestFields {
  packageName: string | undefined;
  /** Decimal string; versionCodeMajor, when set, makes it exceed 32 bits. */
  versionCode: string | undefined;
  versionName: ResValue | undefined;
  /** Raw minSdkVersion ("21" or a codename), undefined when the manifest has none. */
  minSdk: string | undefined;
  targetSdk: string | undefined;
  label: ResValue | undefined;
  icon: ResValue | undefined;
  /** `uses-permission` (and `uses-permission-sdk-23`) names, sorted and unique. */
  permissions: string[];
}

function attr(el: XmlElement | undefined, name: keyof typeof ATTR): ResValue | undefined {
  if (!el) return undefined;
  const id = ATTR[name];
  const byId = el.attrs.find((a) => a.resourceId === id);
  if (byId) return byId.value;
  return el.attrs.find((a: XmlAttr) => a.resourceId === 0 && a.name === name)?.value;
}

function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** An attribute as text, whether compiled to an int or left as a string. */
function text(value: ResValue | undefined): string | undefined {
  if (value?.kind === 'string') return value.value;
  if (value?.kind === 'int') return String(value.value);
  return undefined;
}

export function readManifest(root: XmlElement): ManifestFields {
  const usesSdk = child(root, 'uses-sdk');
  const application = child(root, 'application');
  const packageAttr = root.attrs.find((a) => a.name === 'package' && a.namespace === '');

  const code = attr(root, 'versionCode');
  const major = attr(root, 'versionCodeMajor');
  let versionCode = text(code);
  if (code?.kind === 'int') {
    // versionCode is an unsigned 32-bit half; versionCodeMajor is the upper half.
    const low = BigInt(code.value >>> 0);
    const high = major?.kind === 'int' ? BigInt(major.value >>> 0) : 0n;
    versionCode = ((high << 32n) | low).toString();
  }

  return {
    packageName: text(packageAttr?.value),
    versionCode,
    versionName: attr(root, 'versionName'),
    minSdk: text(attr(usesSdk, 'minSdkVersion')),
    targetSdk: text(attr(usesSdk, 'targetSdkVersion')),
    label: attr(application, 'label'),
    icon: attr(application, 'icon'),
    permissions: permissionNames(root),
  };
}

function permissionNames(root: XmlElement): string[] {
  const names = new Set<string>();
  for (const el of root.children) {
    if (el.name !== 'uses-permission' && el.name !== 'uses-permission-sdk-23') continue;
    const name = text(attr(el, 'name'));
    if (name) names.add(name);
  }
  return [...names].sort();
}
