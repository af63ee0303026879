import { describeAndroid, nativeAbis, readManifestTree, readResourceTable } from './android-build';
import { parseArsc } from './arsc';
import { parseAxml } from './axml';
import type { PlatformFields } from './fields';
import type { ZipArchive } from './zip';
import { t } from '../i18n/translate';

export const APK_MANIFEST = 'AndroidManifest.xml';

/** An .apk: binary XML manifest at the root, resources.arsc beside it. */
export async function inspectApk(
  archive: ZipArchive,
  signal: AbortSignal | undefined,
): Promise<PlatformFields> {
  const what = t('inspect:apkManifest');
  const fields = await describeAndroid({
    archive,
    manifest: await readManifestTree(archive, APK_MANIFEST, parseAxml, what, signal),
    resources: await readResourceTable(archive, 'resources.arsc', parseArsc, signal),
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
