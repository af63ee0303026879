import { FormatError, throwIfAborted } from './errors';
import { MAX_ICON_BYTES, MAX_ICON_PNG_BYTES } from './limits';
import { toStandardPng } from './png';
import type { ZipArchive } from './zip';

export interface IconResult {
  iconDataUrl?: string;
  iconPath?: string;
}

/**
 * The first of the ranked candidate entries that is a usable PNG, as a data URL the
 * renderer can show under its CSP. A missing, oversized or damaged candidate is skipped:
 * an icon is a nicety and must never hide the rest of the metadata.
 */
export async function readFirstIcon(
  archive: ZipArchive,
  entries: string[],
  signal: AbortSignal | undefined,
): Promise<IconResult> {
  for (const entry of entries) {
    throwIfAborted(signal);
    const size = archive.size(entry);
    if (size === undefined || size > MAX_ICON_BYTES) continue;
    try {
      const png = toStandardPng(await archive.read(entry, MAX_ICON_BYTES, signal));
      if (png.bytes.length > MAX_ICON_PNG_BYTES) continue;
      return {
        iconDataUrl: `data:image/png;base64,${png.bytes.toString('base64')}`,
        iconPath: entry,
      };
    } catch (err) {
      if (!(err instanceof FormatError)) throw err;
    }
  }
  return {};
}
