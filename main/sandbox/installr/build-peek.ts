import type { Platform } from './model';

export interface PeekedBuild {
  appId: string;
  title: string;
  platform: Platform;
  versionNumber: string;
  buildNumber?: string;
}

/**
 * What Installr reads from an uploaded build: bundle id, name and version. For now the
 * name is derived from the file name ("Your Cool App 0.8.0.ipa"), deterministically.
 */
export async function peekBuild(
  _path: string,
  filename: string,
  platform: Platform,
): Promise<PeekedBuild> {
  return fromFileName(filename, platform);
}

export function fromFileName(filename: string, platform: Platform): PeekedBuild {
  const stem = filename.replace(/\.(ipa|apk)$/i, '');
  const version = /[-_ ]v?(\d+(?:\.\d+){1,3})$/.exec(stem);
  const title = (version ? stem.slice(0, version.index) : stem).trim() || 'Untitled App';
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'app';
  return { appId: `com.sandbox.${slug}`, title, platform, versionNumber: version?.[1] ?? '1.0' };
}
