import type { PlatformFields } from './fields';
import { FormatError, LimitError, unsupported } from './errors';
import { readFirstIcon } from './icon';
import type { IconResult } from './icon';
import { MAX_PLIST_BYTES } from './limits';
import { isDict, parsePlist, str, strings } from './plist';
import type { PlistDict } from './plist';
import { readOptional, readRequired } from './read-entry';
import type { ZipArchive } from './zip';
import { t } from '../i18n/translate';

/**
 * The app's own Info.plist sits directly in the .app folder. Nested ones (frameworks,
 * plug-ins, storyboards, dSYMs) are deeper, so anchoring the pattern is what tells them
 * apart, whatever their order in the zip.
 */
export const IPA_PLIST = /^Payload\/[^/]+\.app\/Info\.plist$/;
export const APP_ZIP_PLIST = /^[^/]+\.app\/Info\.plist$/;

const FAMILIES: Record<number, string> = {
  1: 'iPhone',
  2: 'iPad',
  3: 'Apple TV',
  4: 'Apple Watch',
  6: 'Mac',
  7: 'Apple Vision',
};

const OS_NAMES: [RegExp, string][] = [
  [/^appletv/, 'tvOS'],
  [/^watch/, 'watchOS'],
  [/^xr/, 'visionOS'],
];

export async function inspectIpa(
  archive: ZipArchive,
  plistEntry: string,
  signal: AbortSignal | undefined,
): Promise<PlatformFields> {
  const what = t('inspect:ipaPlist', { entry: plistEntry });
  let info: PlistDict;
  try {
    info = await parsePlist(await readRequired(archive, plistEntry, MAX_PLIST_BYTES, what, signal));
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    if (err instanceof LimitError) {
      throw unsupported(t('inspect:plistTooComplex', { what, why: err.message }));
    }
    throw unsupported(t('inspect:plistInvalid', { what }));
  }
  const id = str(info, 'CFBundleIdentifier');
  if (!id) {
    throw unsupported(t('inspect:noBundleId', { what }));
  }

  const platformName = (
    str(info, 'DTPlatformName') ??
    strings(info.CFBundleSupportedPlatforms)[0] ??
    ''
  ).toLowerCase();
  const osName = OS_NAMES.find(([re]) => re.test(platformName))?.[1] ?? 'iOS';
  const minOsVersion = str(info, 'MinimumOSVersion') ?? '';
  const familyIds = deviceFamilyIds(info.UIDeviceFamily);
  const appDir = plistEntry.slice(0, -'Info.plist'.length);

  return {
    platform: 'ios',
    id,
    name:
      str(info, 'CFBundleDisplayName') ??
      str(info, 'CFBundleName') ??
      str(info, 'CFBundleExecutable') ??
      id,
    version: str(info, 'CFBundleShortVersionString') ?? str(info, 'CFBundleVersion') ?? '',
    build: str(info, 'CFBundleVersion') ?? '',
    minOs: minOsVersion ? `${osName} ${minOsVersion}` : osName,
    minOsVersion,
    deviceFamilyIds: familyIds,
    deviceFamilies: familyIds.map((f) => FAMILIES[f] ?? t('inspect:deviceFamily', { id: f })),
    platformName: platformName || undefined,
    simulatorBuild: platformName.endsWith('simulator'),
    permissions: Object.keys(info)
      .filter((key) => key.endsWith('UsageDescription'))
      .sort(),
    entitlements: await readEntitlements(archive, appDir, signal),
    ...(await findIcon(archive, appDir, info, signal)),
  };
}

/**
 * Xcode leaves a plain copy of the signed entitlements beside the executable; the signature
 * itself is inside the Mach-O, which Dropship does not read. Absent or unreadable: unknown.
 */
async function readEntitlements(
  archive: ZipArchive,
  appDir: string,
  signal: AbortSignal | undefined,
): Promise<string[] | undefined> {
  const buf = await readOptional(
    archive,
    `${appDir}archived-expanded-entitlements.xcent`,
    MAX_PLIST_BYTES,
    signal,
  );
  if (!buf) return undefined;
  try {
    return Object.keys(await parsePlist(buf)).sort();
  } catch (err) {
    if (err instanceof FormatError) return undefined;
    throw err;
  }
}

/** UIDeviceFamily as numbers; Apple reads a missing key as iPhone only. */
function deviceFamilyIds(value: PlistDict[string] | undefined): number[] {
  const list = Array.isArray(value) ? value : value === undefined ? [1] : [value];
  const ids = list
    .map((v) => (typeof v === 'number' ? v : Number(v)))
    .filter((n) => Number.isInteger(n));
  return ids.length ? ids : [1];
}

/** Icon base names from CFBundleIcons (iPhone, then iPad) and the pre-iOS 5 keys. */
function iconNames(info: PlistDict): string[] {
  const names: string[] = [];
  for (const key of ['CFBundleIcons', 'CFBundleIcons~ipad']) {
    const icons = info[key];
    const primary = isDict(icons) ? icons.CFBundlePrimaryIcon : undefined;
    // CFBundlePrimaryIcon is a dictionary, or in some older builds the file name itself.
    names.push(...(isDict(primary) ? strings(primary.CFBundleIconFiles) : strings(primary)));
  }
  names.push(...strings(info.CFBundleIconFiles), ...strings(info.CFBundleIconFile));
  return [...new Set(names.map((n) => n.replace(/\.png$/i, '')))];
}

interface Candidate {
  entry: string;
  pixels: number;
  ipad: boolean;
  size: number;
}

/** `AppIcon60x60@3x~ipad.png` → 60 points × 3 = 180 pixels; unnamed sizes rank by bytes. */
function candidates(archive: ZipArchive, appDir: string, names: string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of archive.names()) {
    if (!entry.startsWith(appDir)) continue;
    const file = entry.slice(appDir.length);
    for (const name of names) {
      if (!file.startsWith(name)) continue;
      const m = /^(@(\d)x)?(~ipad|~iphone)?\.png$/i.exec(file.slice(name.length));
      if (!m) continue;
      const points = Number(/(\d+(?:\.\d+)?)x\d+(?:\.\d+)?$/.exec(name)?.[1] ?? 0);
      out.push({
        entry,
        pixels: points * Number(m[2] ?? 1),
        ipad: m[3]?.toLowerCase() === '~ipad',
        size: archive.size(entry) ?? 0,
      });
      break;
    }
  }
  return out.sort(
    (a, b) => b.pixels - a.pixels || Number(a.ipad) - Number(b.ipad) || b.size - a.size,
  );
}

function findIcon(
  archive: ZipArchive,
  appDir: string,
  info: PlistDict,
  signal: AbortSignal | undefined,
): Promise<IconResult> {
  const entries = candidates(archive, appDir, iconNames(info)).map((c) => c.entry);
  // iTunesArtwork (a 512 pt PNG without extension) is the App Store art of older builds.
  entries.push(`${appDir}iTunesArtwork`, 'iTunesArtwork');
  return readFirstIcon(archive, entries, signal);
}
