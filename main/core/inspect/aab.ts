import { parseProtoTable, parseProtoXml } from './aab-proto';
import { describeAndroid, nativeAbis } from './android-build';
import { tolerant } from './android-resources';
import type { ResourceLookup } from './android-model';
import { parseOr } from './apk';
import type { PlatformFields } from './apk';
import { FormatError } from './errors';
import { MAX_MANIFEST_BYTES, MAX_RESOURCES_BYTES } from './limits';
import { readOptional, readRequired } from './read-entry';
import type { ZipArchive } from './zip';

export const AAB_MANIFEST = 'base/manifest/AndroidManifest.xml';

/**
 * An Android App Bundle: one folder per module, each with a protobuf manifest; the app's
 * identity is in the base module's, its resource paths are relative to `base/`.
 */
export async function inspectAab(
  archive: ZipArchive,
  signal: AbortSignal | undefined,
): Promise<PlatformFields & { modules: string[] }> {
  const what = 'The base module manifest in this .aab';
  const manifest = parseOr(
    await readRequired(archive, AAB_MANIFEST, MAX_MANIFEST_BYTES, what, signal),
    parseProtoXml,
    what,
  );
  const fields = await describeAndroid({
    archive,
    manifest,
    resources: await readResources(archive, signal),
    entryOf: (path) => `base/${path}`,
    parseXml: parseProtoXml,
    kind: '.aab',
    signal,
  });
  return {
    platform: 'android',
    ...fields,
    abis: nativeAbis(archive.names(), /^[^/]+\/lib\/([^/]+)\/[^/]+$/),
    modules: bundleModules(archive.names()),
  };
}

async function readResources(
  archive: ZipArchive,
  signal: AbortSignal | undefined,
): Promise<ResourceLookup | undefined> {
  const buf = await readOptional(archive, 'base/resources.pb', MAX_RESOURCES_BYTES, signal);
  if (!buf) return undefined;
  try {
    return tolerant(parseProtoTable(buf));
  } catch (err) {
    if (err instanceof FormatError) return undefined;
    throw err;
  }
}

/** Top-level folders holding `manifest/AndroidManifest.xml`: base first, then by name. */
export function bundleModules(names: string[]): string[] {
  const modules = names
    .map((n) => /^([^/]+)\/manifest\/AndroidManifest\.xml$/.exec(n)?.[1])
    .filter((m): m is string => m !== undefined);
  return [...new Set(modules)].sort(
    (a, b) => Number(b === 'base') - Number(a === 'base') || a.localeCompare(b),
  );
}
