import { parseProtoTable, parseProtoXml } from './aab-proto';
import { describeAndroid, nativeAbis, readManifestTree, readResourceTable } from './android-build';
import type { PlatformFields } from './fields';
import type { ZipArchive } from './zip';
import { t } from '../i18n/translate';

export const AAB_MANIFEST = 'base/manifest/AndroidManifest.xml';

/**
 * An Android App Bundle: one folder per module, each with a protobuf manifest; the app's
 * identity is in the base module's, whose resource paths are relative to `base/`.
 */
export async function inspectAab(
  archive: ZipArchive,
  signal: AbortSignal | undefined,
): Promise<PlatformFields> {
  const what = t('inspect:aabManifest');
  const fields = await describeAndroid({
    archive,
    manifest: await readManifestTree(archive, AAB_MANIFEST, parseProtoXml, what, signal),
    resources: await readResourceTable(archive, 'base/resources.pb', parseProtoTable, signal),
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

/** Top-level folders holding `manifest/AndroidManifest.xml`: base first, then by name. */
export function bundleModules(names: string[]): string[] {
  const modules = names
    .map((n) => /^([^/]+)\/manifest\/AndroidManifest\.xml$/.exec(n)?.[1])
    .filter((m): m is string => m !== undefined);
  return [...new Set(modules)].sort(
    (a, b) => Number(b === 'base') - Number(a === 'base') || a.localeCompare(b),
  );
}
