import type { BuildInfo } from '../../../shared/domain/build-info';
import type { ResourceLookup, XmlElement } from './android-model';
import { readManifest } from './android-manifest';
import {
  adaptiveIconLayers,
  rankPngs,
  resolveFiles,
  resolveString,
  tolerant,
} from './android-resources';
import type { IconFile } from './android-resources';
import { androidSdkLabel, androidVersionLabel } from './android-versions';
import { FormatError, unsupported } from './errors';
import { readFirstIcon } from './icon';
import type { IconResult } from './icon';
import { MAX_MANIFEST_BYTES, MAX_RESOURCES_BYTES } from './limits';
import { readOptional, readRequired } from './read-entry';
import type { ZipArchive } from './zip';
import { t } from '../i18n/translate';

/** What differs between an APK and an AAB; the rest of the reading is shared. */
export interface AndroidSource {
  archive: ZipArchive;
  manifest: XmlElement;
  resources: ResourceLookup | undefined;
  /** The zip entry holding a path from the resource table (`base/` + path in an AAB). */
  entryOf(resPath: string): string;
  /** Parses a compiled XML resource (binary XML in an APK, protobuf XML in an AAB). */
  parseXml(buf: Buffer): XmlElement;
  /** ".apk" or ".aab", for messages. */
  kind: string;
  signal: AbortSignal | undefined;
}

export type AndroidFields = Pick<
  BuildInfo,
  | 'id'
  | 'name'
  | 'version'
  | 'build'
  | 'minOs'
  | 'minOsVersion'
  | 'minSdk'
  | 'targetSdk'
  | 'targetOs'
  | 'iconDataUrl'
  | 'iconPath'
  | 'permissions'
>;

export async function describeAndroid(src: AndroidSource): Promise<AndroidFields> {
  const m = readManifest(src.manifest);
  if (!m.packageName) {
    throw unsupported(t('inspect:noPackageName', { kind: src.kind }));
  }
  // Android's default when uses-sdk says nothing is API 1.
  const minRaw = m.minSdk ?? '1';
  const minSdk = Number.isInteger(Number(minRaw)) ? Number(minRaw) : undefined;
  const targetSdk =
    m.targetSdk !== undefined && Number.isInteger(Number(m.targetSdk)) ? Number(m.targetSdk) : null;
  const effectiveTarget = targetSdk ?? minSdk;
  // Without a versionName, the versionCode is the only version a person can be shown.
  const version = resolveString(m.versionName, src.resources) ?? m.versionCode ?? '';
  const icon = await findIcon(src, m.icon?.kind === 'ref' ? m.icon.id : undefined);

  return {
    id: m.packageName,
    name: resolveString(m.label, src.resources)?.trim() || m.packageName,
    version,
    build: m.versionCode ?? '',
    minOs: androidSdkLabel(minRaw),
    minOsVersion: minRaw,
    minSdk,
    targetSdk,
    targetOs: effectiveTarget !== undefined ? androidVersionLabel(effectiveTarget) : undefined,
    permissions: m.permissions,
    ...icon,
  };
}

/**
 * The sharpest PNG the manifest icon resolves to. An adaptive icon (`<adaptive-icon>` XML,
 * API 26+) is not a bitmap: its own resource nearly always has PNGs for older densities,
 * and if not, we try the PNGs of its foreground/background drawables.
 */
async function findIcon(src: AndroidSource, iconId: number | undefined): Promise<IconResult> {
  if (iconId === undefined || !src.resources) return {};
  const files = resolveFiles(iconId, src.resources);
  let candidates = rankPngs(files);
  if (candidates.length === 0) candidates = await adaptiveLayerPngs(src, files);

  return readFirstIcon(
    src.archive,
    candidates.map((f) => src.entryOf(f.path)),
    src.signal,
  );
}

async function adaptiveLayerPngs(src: AndroidSource, files: IconFile[]): Promise<IconFile[]> {
  const resources = src.resources;
  if (!resources) return [];
  const out: IconFile[] = [];
  for (const file of files.filter((f) => f.path.endsWith('.xml'))) {
    const entry = src.entryOf(file.path);
    if (!src.archive.has(entry)) continue;
    try {
      const xml = src.parseXml(await src.archive.read(entry, MAX_MANIFEST_BYTES, src.signal));
      for (const id of adaptiveIconLayers(xml)) out.push(...rankPngs(resolveFiles(id, resources)));
    } catch (err) {
      if (!(err instanceof FormatError)) throw err;
    }
  }
  return out;
}

/** ABIs from `lib/<abi>/…` entries (under each module's folder in an AAB), sorted as aapt does. */
export function nativeAbis(names: string[], pattern: RegExp): string[] {
  const abis = new Set<string>();
  for (const name of names) {
    const abi = pattern.exec(name)?.[1];
    if (abi) abis.add(abi);
  }
  return [...abis].sort();
}

/** Reads and parses the manifest, wording a missing, oversized or malformed one for a person. */
export async function readManifestTree(
  archive: ZipArchive,
  entry: string,
  parse: (buf: Buffer) => XmlElement,
  what: string,
  signal: AbortSignal | undefined,
): Promise<XmlElement> {
  const buf = await readRequired(archive, entry, MAX_MANIFEST_BYTES, what, signal);
  try {
    return parse(buf);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    throw unsupported(t('inspect:manifestInvalid', { what }));
  }
}

/** Without a readable resource table the label and icon are unknown, which is not an error. */
export async function readResourceTable(
  archive: ZipArchive,
  entry: string,
  parse: (buf: Buffer) => ResourceLookup,
  signal: AbortSignal | undefined,
): Promise<ResourceLookup | undefined> {
  const buf = await readOptional(archive, entry, MAX_RESOURCES_BYTES, signal);
  if (!buf) return undefined;
  try {
    return tolerant(parse(buf));
  } catch (err) {
    if (err instanceof FormatError) return undefined;
    throw err;
  }
}
