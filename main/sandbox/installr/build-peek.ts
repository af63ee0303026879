import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { manifestFacts } from './peek-axml';
import { plistStrings } from './peek-plist';
import type { Platform } from './model';

export interface PeekedBuild {
  appId: string;
  title: string;
  platform: Platform;
  versionNumber: string;
  buildNumber?: string;
}

/** Enough for any Info.plist or AndroidManifest.xml; larger entries are not read. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/**
 * What Installr reads from an uploaded build: bundle id, name and version. Looks inside
 * the zip (Info.plist of an .ipa, AndroidManifest.xml of an .apk); when that fails, falls
 * back to the file name ("Your Cool App 0.8.0.ipa"), deterministically.
 */
export async function peekBuild(
  path: string,
  filename: string,
  platform: Platform,
): Promise<PeekedBuild> {
  const fallback = fromFileName(filename, platform);
  try {
    const found = platform === 'IOS' ? await peekIpa(path) : await peekApk(path);
    return found ? { ...fallback, ...found } : fallback;
  } catch {
    return fallback;
  }
}

async function peekIpa(path: string): Promise<Partial<PeekedBuild> | undefined> {
  const data = await readEntry(path, (name) => /^Payload\/[^/]+\.app\/Info\.plist$/.test(name));
  if (!data) return undefined;
  const keys = plistStrings(data);
  const appId = keys.CFBundleIdentifier;
  if (!appId) return undefined;
  const title = keys.CFBundleDisplayName || keys.CFBundleName;
  return {
    appId,
    ...(title ? { title } : {}),
    ...(keys.CFBundleShortVersionString ? { versionNumber: keys.CFBundleShortVersionString } : {}),
    ...(keys.CFBundleVersion ? { buildNumber: keys.CFBundleVersion } : {}),
  };
}

async function peekApk(path: string): Promise<Partial<PeekedBuild> | undefined> {
  const data = await readEntry(path, (name) => name === 'AndroidManifest.xml');
  if (!data) return undefined;
  const facts = manifestFacts(data);
  if (!facts.packageName) return undefined;
  const lastSegment = facts.packageName.split('.').pop() ?? facts.packageName;
  return {
    appId: facts.packageName,
    title: facts.label ?? lastSegment.charAt(0).toUpperCase() + lastSegment.slice(1),
    ...(facts.versionName ? { versionNumber: facts.versionName } : {}),
    ...(facts.versionCode !== undefined ? { buildNumber: String(facts.versionCode) } : {}),
  };
}

/** An .apk's launcher icon by its usual names; the densest one, as Installr shows it. */
const LAUNCHER_ICON =
  /^res\/(mipmap|drawable)[^/]*\/(ic_launcher|icon|icon_launcher|app_icon)\.png$/;

/**
 * The icon Installr shows beside an app: an .apk's launcher PNG. An .ipa's icons are
 * Apple's crushed PNGs, which Installr converts and this sandbox does not: none then.
 */
export async function peekIcon(path: string, platform: Platform): Promise<Buffer | undefined> {
  if (platform !== 'ANDROID') return undefined;
  try {
    return await readEntry(
      path,
      (name) => LAUNCHER_ICON.test(name),
      (a, b) => b.uncompressedSize - a.uncompressedSize,
    );
  } catch {
    return undefined;
  }
}

/**
 * A zip entry whose name matches, inflated (small entries only): the first, or with
 * `rank`, the one ranked first among all that match.
 */
async function readEntry(
  path: string,
  wanted: (name: string) => boolean,
  rank?: (a: Entry, b: Entry) => number,
) {
  const zip: ZipFile = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  try {
    const matches: Entry[] = [];
    for await (const entry of zip.eachEntry()) {
      if (!wanted(entry.fileName) || entry.uncompressedSize > MAX_ENTRY_BYTES) continue;
      matches.push(entry);
      if (!rank) break;
    }
    const match = rank ? matches.sort(rank)[0] : matches[0];
    if (!match) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(match)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } finally {
    zip.close();
  }
}

export function fromFileName(filename: string, platform: Platform): PeekedBuild {
  const stem = filename.replace(/\.(ipa|apk)$/i, '');
  const version = /[-_ ]v?(\d+(?:\.\d+){1,3})$/.exec(stem);
  const title = (version ? stem.slice(0, version.index) : stem).trim() || 'Untitled App';
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'app';
  return { appId: `com.sandbox.${slug}`, title, platform, versionNumber: version?.[1] ?? '1.0' };
}
