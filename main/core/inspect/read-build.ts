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
      message: `Dropship could not read ${basename(path)} because of an internal error: ${(err as Error).message}`,
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
        message: `Dropship cannot find ${fileName}. It may have been moved, renamed or deleted.`,
        retryable: false,
      });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new DropshipError({
        code: 'forbidden',
        message: `Dropship is not allowed to read ${fileName}. Check the file's permissions.`,
        retryable: false,
      });
    }
    throw err;
  }
  if (info.isDirectory()) {
    throw unsupported(
      `${fileName} is a folder, not a build file.`,
      'Drop an .apk, .aab or .ipa; for a simulator .app, zip the folder first.',
    );
  }
  if (info.size === 0)
    throw unsupported(`${fileName} is empty (0 bytes), so it cannot be a build.`);
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

const KNOWN: Record<string, string> = {
  '.apk': 'an .apk',
  '.aab': 'an .aab',
  '.ipa': 'an .ipa',
  '.zip': 'a zipped .app',
};

function notAZip(ext: string): DropshipError {
  return unsupported(
    `The file is not a zip archive, so it cannot be ${KNOWN[ext] ?? 'an .ipa/.apk/.aab'}.`,
    'Drop an .apk, .aab or .ipa file, or a zipped simulator .app.',
  );
}

function damagedZip(ext: string): DropshipError {
  return unsupported(
    `The file starts like ${KNOWN[ext] ?? 'a zip archive'} but is damaged or incomplete (its table of contents is missing or unreadable). It was probably cut off while downloading or copying.`,
    'Build or download it again, then drop the new file.',
  );
}

function notABuild(ext: string): DropshipError {
  switch (ext) {
    case '.apk':
      return unsupported(
        'This .apk has no AndroidManifest.xml — it is not an Android app package.',
      );
    case '.aab':
      return unsupported(
        'This .aab has no base/manifest/AndroidManifest.xml — it is not an Android App Bundle.',
      );
    case '.ipa':
      return unsupported(
        'This .ipa has no Payload/<name>.app/Info.plist — it is not an iOS app package.',
      );
    default:
      return unsupported(
        'This zip archive holds no app: Dropship looks for an Android manifest or an iOS .app with its Info.plist.',
        'Drop an .apk, .aab or .ipa file, or a zipped simulator .app.',
      );
  }
}
