import { z } from 'zod';
import { BuildFormatSchema, BuildPlatformSchema } from './build-info';

/**
 * What Dropship keeps of a build to compare it with the next one: its identity, what it asks
 * the person to allow, and where its bytes are. Small enough to store with every delivery,
 * so a diff needs only the new file, not the old one.
 */
export const BuildProfileSchema = z.object({
  id: z.string(),
  platform: BuildPlatformSchema,
  format: BuildFormatSchema,
  fileName: z.string(),
  fileSize: z.number().int().nonnegative(),
  version: z.string(),
  build: z.string(),
  minOs: z.string(),
  /** Android: "Android 8.1 (API 27)"; absent on iOS, which has no target SDK in the plist. */
  targetOs: z.string().optional(),
  permissions: z.array(z.string()),
  /** Undefined when the build carries no readable copy of its entitlements. */
  entitlements: z.array(z.string()).optional(),
  abis: z.array(z.string()),
  /** Stored (compressed) bytes per area, keyed by AREA ids such as `lib/arm64-v8a` or `res`. */
  areas: z.record(z.string(), z.number().int().nonnegative()),
  /** SHA-256 of the icon PNG Dropship shows, to tell whether the icon changed. */
  iconSha256: z.string().optional(),
});
export type BuildProfile = z.infer<typeof BuildProfileSchema>;

const Value = z.union([z.string(), z.number(), z.null()]);

export const BuildChangeKindSchema = z.enum([
  'app',
  'version',
  'build',
  'min-os',
  'target-os',
  'size',
  'area',
  'permission-added',
  'permission-removed',
  'entitlement-added',
  'entitlement-removed',
  'abi-added',
  'abi-removed',
  'icon',
]);
export type BuildChangeKind = z.infer<typeof BuildChangeKindSchema>;

export const BuildChangeSchema = z.object({
  kind: BuildChangeKindSchema,
  /** For a person: "Build number", "Native code for arm64-v8a", "Permission CAMERA". */
  label: z.string(),
  old: Value,
  new: Value,
  /** Size changes only: new minus old, in bytes. */
  bytes: z.number().int().optional(),
});
export type BuildChange = z.infer<typeof BuildChangeSchema>;

/** What will surprise people, as a case and its facts in no language (the screen words it). */
export const DiffNoticeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('other-app'), old: z.string(), new: z.string() }),
  z.object({ kind: z.literal('other-platform') }),
  z.object({ kind: z.literal('same-build'), build: z.string() }),
  z.object({ kind: z.literal('build-down'), old: z.string(), new: z.string() }),
  z.object({ kind: z.literal('version-down'), old: z.string(), new: z.string() }),
]);
export type DiffNotice = z.infer<typeof DiffNoticeSchema>;

export const BuildDiffSchema = z.object({
  appId: z.string(),
  old: z.object({ fileName: z.string(), version: z.string(), build: z.string() }),
  new: z.object({ fileName: z.string(), version: z.string(), build: z.string() }),
  changes: z.array(BuildChangeSchema),
  /** Plain sentences about what will surprise people, e.g. an update testers won't be offered. */
  warnings: z.array(z.string()),
  /** The same warnings as cases, so the screen can word them in the person's language. */
  notices: z.array(DiffNoticeSchema).default([]),
});
export type BuildDiff = z.infer<typeof BuildDiffSchema>;
