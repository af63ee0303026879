import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { BuildFormat, BuildInfo } from '../../../shared/domain/build-info';
import { DropshipError } from '../../../shared/errors';
import { inspectAab, AAB_MANIFEST } from './aab';
import { inspectApk, APK_MANIFEST } from './apk';
import { toBuildInfo } from './build-info-order';
import type { PlatformFields } from './fields';
import { throwIfAborted, unsupported } from './errors';
import { APP_ZIP_PLIST, IPA_PLIST, inspectIpa } from './ipa';
import { ZipArchive } from './zip';
import { t } from '../i18n/translate';
import type { MessageKey } from '../i18n/resources';

/**
 * Reads a build's metadata (id, version, minimum OS, label, icon…) from its zip central
 * directory and the few entries that hold it, never the whole file. Every failure is a
 * DropshipError a person can act on: `not_found`, `unsupported_file` or `cancelled`.
 * Runs in the inspection worker (see index.ts), never on the app's main thread.
 */
export async function readBuild(path: string, signal?: AbortSignal): Promise<BuildInfo> {
  try {
    return await inspect(path, signal);
  } catch (err) {
    if (err instanceof DropshipError) throw err;
    // A bug of ours, not the person's file: say so rather than blame the build.
    throw new DropshipError({
      code: 'internal',
      message: t('inspect:internal', { file: basename(path), reason: (err as Error).message }),
      retryable: false,
    });
  }
}

async function inspect(path: string, signal: AbortSignal | undefined): Promise<BuildInfo> {
  throwIfAborted(signal);
  const fileName = basename(path);
  const ext = extname(fileName).toLowerCase();
  const fileSize = await checkFile(path, fileName);

  let archive: ZipArchive;
  try {
    archive = await ZipArchive.open(path, signal);
  } catch (err) {
    if (err instanceof DropshipError) throw err;
    throw (await startsLikeZip(path)) ? damagedZip(ext) : notAZip(ext);
  }
  try {
    const { format, read } = detect(archive, ext, signal);
    const fields = await read();
    return toBuildInfo({ ...fields, format, fileName, fileSize });
  } finally {
    archive.close();
  }
}

/** Decides by content, not by extension: a renamed build still reads; the extension only words errors. */
function detect(
  archive: ZipArchive,
  ext: string,
  signal: AbortSignal | undefined,
): { format: BuildFormat; read: () => Promise<PlatformFields> } {
  if (archive.has(APK_MANIFEST)) return { format: 'apk', read: () => inspectApk(archive, signal) };
  if (archive.has(AAB_MANIFEST)) return { format: 'aab', read: () => inspectAab(archive, signal) };
  const names = archive.names();
  const ipaPlist = names.find((n) => IPA_PLIST.test(n));
  if (ipaPlist) return { format: 'ipa', read: () => inspectIpa(archive, ipaPlist, signal) };
  const appPlist = names.find((n) => APP_ZIP_PLIST.test(n));
  if (appPlist) return { format: 'app-zip', read: () => inspectIpa(archive, appPlist, signal) };
  throw notABuild(ext);
}

async function checkFile(path: string, fileName: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new DropshipError({
        code: 'not_found',
        message: t('inspect:notFound', { file: fileName }),
        retryable: false,
      });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new DropshipError({
        code: 'forbidden',
        message: t('inspect:notAllowed', { file: fileName }),
        retryable: false,
      });
    }
    throw err;
  }
  if (info.isDirectory()) {
    throw unsupported(t('inspect:folder', { file: fileName }), t('inspect:folderHint'));
  }
  if (info.size === 0) throw unsupported(t('inspect:empty', { file: fileName }));
  return info.size;
}

/** Tells a truncated or damaged zip (it starts like one) from a file that is not a zip at all. */
async function startsLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.readUInt32LE(0) === 0x04034b50; // "PK\3\4"
  } finally {
    await handle.close();
  }
}

const KNOWN: Record<string, MessageKey> = {
  '.apk': 'inspect:kind.apk',
  '.aab': 'inspect:kind.aab',
  '.ipa': 'inspect:kind.ipa',
  '.zip': 'inspect:kind.appZip',
};
const kindOf = (ext: string): string | undefined =>
  Object.hasOwn(KNOWN, ext) ? t(KNOWN[ext]!) : undefined;

function notAZip(ext: string): DropshipError {
  return unsupported(
    t('inspect:notAZip', { kind: kindOf(ext) ?? t('inspect:kind.anyBuild') }),
    t('inspect:dropABuild'),
  );
}

function damagedZip(ext: string): DropshipError {
  return unsupported(
    t('inspect:damagedZip', { kind: kindOf(ext) ?? t('inspect:kind.zip') }),
    t('inspect:buildAgain'),
  );
}

function notABuild(ext: string): DropshipError {
  switch (ext) {
    case '.apk':
      return unsupported(t('inspect:noApkManifest'));
    case '.aab':
      return unsupported(t('inspect:noAabManifest'));
    case '.ipa':
      return unsupported(t('inspect:noIpaPlist'));
    default:
      return unsupported(t('inspect:noApp'), t('inspect:dropABuild'));
  }
}
