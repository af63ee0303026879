import type { BuildInfo } from '../../../shared/domain/build-info';
import { describeAndroid, nativeAbis } from './android-build';
import { tolerant } from './android-resources';
import type { ResourceLookup, XmlElement } from './android-model';
import { parseArsc } from './arsc';
import { parseAxml } from './axml';
import { FormatError, unsupported } from './errors';
import { MAX_MANIFEST_BYTES, MAX_RESOURCES_BYTES } from './limits';
import { readOptional, readRequired } from './read-entry';
import type { ZipArchive } from './zip';

export type PlatformFields = Omit<BuildInfo, 'format' | 'fileName' | 'fileSize'>;

export const APK_MANIFEST = 'AndroidManifest.xml';

/** An .apk: binary XML manifest at the root, resources.arsc beside it. */
export async function inspectApk(
  archive: ZipArchive,
  signal: AbortSignal | undefined,
): Promise<PlatformFields> {
  const what = 'The AndroidManifest.xml in this .apk';
  const manifest = parseOr(
    await readRequired(archive, APK_MANIFEST, MAX_MANIFEST_BYTES, what, signal),
    parseAxml,
    what,
  );
  const resources = await readResources(archive, signal);
  const fields = await describeAndroid({
    archive,
    manifest,
    resources,
    entryOf: (path) => path,
    parseXml: parseAxml,
    kind: '.apk',
    signal,
  });
  return {
    platform: 'android',
    ...fields,
    abis: nativeAbis(archive.names(), /^lib\/([^/]+)\/[^/]+$/),
  };
}

/** Without a readable resource table the label and icon are unknown, not an error. */
async function readResources(
  archive: ZipArchive,
  signal: AbortSignal | undefined,
): Promise<ResourceLookup | undefined> {
  const buf = await readOptional(archive, 'resources.arsc', MAX_RESOURCES_BYTES, signal);
  if (!buf) return undefined;
  try {
    return tolerant(parseArsc(buf));
  } catch (err) {
    if (err instanceof FormatError) return undefined;
    throw err;
  }
}

/** Parses a manifest, wording a malformed one for a person. */
export function parseOr(buf: Buffer, parse: (b: Buffer) => XmlElement, what: string): XmlElement {
  try {
    return parse(buf);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    throw unsupported(
      `${what} is not a valid compiled manifest, so the file is damaged or not a real app.`,
    );
  }
}
