import { FormatError, unsupported } from './errors';
import { EntryTooLargeError } from './zip';
import type { ZipArchive } from './zip';

const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;

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
        `${what} unpacks to ${mb(err.size)}, far more than any real one (the limit is ${mb(maxBytes)}). The file is damaged or not a genuine build.`,
      );
    }
    if (err instanceof FormatError) {
      throw unsupported(
        `${what} cannot be unpacked: the file is damaged.`,
        'Build or download it again, then drop the new file.',
      );
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
