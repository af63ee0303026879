import { FormatError, unsupported } from './errors';
import { EntryTooLargeError } from './zip';
import type { ZipArchive } from './zip';
import { t } from '../i18n/translate';
import { formatMegabytes } from '../i18n/format';

/**
 * Reads an entry the build cannot be described without (manifest, Info.plist), turning
 * low-level failures into a message that names the file and says what it means.
 * `what` reads like "The AndroidManifest.xml in this .apk".
 */
export async function readRequired(
  archive: ZipArchive,
  entry: string,
  maxBytes: number,
  what: string,
  signal: AbortSignal | undefined,
): Promise<Buffer> {
  try {
    return await archive.read(entry, maxBytes, signal);
  } catch (err) {
    if (err instanceof EntryTooLargeError) {
      throw unsupported(
        t('inspect:entryTooLarge', {
          what,
          size: formatMegabytes(err.size),
          limit: formatMegabytes(maxBytes),
        }),
      );
    }
    if (err instanceof FormatError) {
      throw unsupported(t('inspect:entryDamaged', { what }), t('inspect:buildAgain'));
    }
    throw err;
  }
}

/** Reads an optional entry; anything wrong with it just means "not available". */
export async function readOptional(
  archive: ZipArchive,
  entry: string,
  maxBytes: number,
  signal: AbortSignal | undefined,
): Promise<Buffer | undefined> {
  if (!archive.has(entry)) return undefined;
  try {
    return await archive.read(entry, maxBytes, signal);
  } catch (err) {
    if (err instanceof FormatError) return undefined;
    throw err;
  }
}
