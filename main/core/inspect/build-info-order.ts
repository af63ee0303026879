import type { BuildInfo } from '../../../shared/domain/build-info';

/**
 * BuildInfo's fields in the order of BuildInfoSchema, the order `dropship inspect --json`
 * prints them. Hand-written rather than taken from the schema so the inspection path
 * never loads zod (it costs the CLI more start time than the whole inspection);
 * test/unit/inspect/build-info-order.test.ts keeps the two in step.
 */
export const BUILD_INFO_KEYS = [
  'platform',
  'format',
  'fileName',
  'fileSize',
  'id',
  'name',
  'version',
  'build',
  'minOs',
  'minOsVersion',
  'minSdk',
  'targetSdk',
  'targetOs',
  'iconDataUrl',
  'iconPath',
  'abis',
  'modules',
  'permissions',
  'entitlements',
  'deviceFamilies',
  'deviceFamilyIds',
  'platformName',
  'simulatorBuild',
] as const satisfies readonly (keyof BuildInfo)[];

/**
 * The readers' fields as one BuildInfo: known fields only, in schema order, absent ones
 * left out. The readers are typed; what is checked here is what the types cannot say.
 */
export function toBuildInfo(fields: BuildInfo): BuildInfo {
  if (!fields.id) throw new Error('the build names no app id');
  if (fields.iconDataUrl !== undefined && !fields.iconDataUrl.startsWith('data:image/png;base64,'))
    throw new Error('the icon is not a PNG data URL');
  if (!Number.isInteger(fields.fileSize) || fields.fileSize < 0)
    throw new Error('the file size is not a whole number of bytes');
  const ordered: Record<string, unknown> = {};
  for (const key of BUILD_INFO_KEYS) {
    if (fields[key] !== undefined) ordered[key] = fields[key];
  }
  return ordered as BuildInfo;
}
