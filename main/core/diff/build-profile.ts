import { createHash } from 'node:crypto';
import type { BuildProfile } from '../../../shared/domain/build-diff';
import type { BuildInfo } from '../../../shared/domain/build-info';
import { inspectBuild } from '../inspect';
import { ZipArchive } from '../inspect/zip';
import { areaSizes } from './build-areas';

/** Reads what a diff needs of a build: its metadata (one inspection) and its zip listing. */
export async function profileBuild(path: string, signal?: AbortSignal): Promise<BuildProfile> {
  const info = await inspectBuild(path, { signal });
  const archive = await ZipArchive.open(path, signal);
  try {
    return profileOf(info, areaSizes(archive.listing()));
  } finally {
    archive.close();
  }
}

export function profileOf(info: BuildInfo, areas: Record<string, number>): BuildProfile {
  return {
    id: info.id,
    platform: info.platform,
    format: info.format,
    fileName: info.fileName,
    fileSize: info.fileSize,
    version: info.version,
    build: info.build,
    minOs: info.minOs,
    targetOs: info.targetOs,
    permissions: info.permissions ?? [],
    entitlements: info.entitlements,
    abis: info.abis ?? [],
    areas,
    iconSha256: info.iconDataUrl
      ? createHash('sha256')
          .update(info.iconDataUrl.split(',')[1] ?? '', 'base64')
          .digest('hex')
      : undefined,
  };
}
