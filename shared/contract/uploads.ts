import { z } from 'zod';
import { channel } from './define';
import { DropshipErrorSchema, ServiceIdSchema } from '../error-schemas';
import { BuildInfoSchema } from '../domain/build-info';
import { BITBAR_FILE_KINDS } from '../domain/upload-rules';

/** Per-service options for one delivery. Every field has a default, so `{service}` is valid. */
const teamList = z.array(z.string().trim().min(1)).default([]);

/**
 * Which of the service's accounts receives the build (its id or name); absent: the one its
 * views show. Remembered per app with the other options.
 */
const account = { account: z.string().trim().min(1).max(100).optional() };

export const InstallrTargetSchema = z.object({
  service: z.literal('installr'),
  ...account,
  releaseNotes: z.string().max(10_000).default(''),
  /** Team names to notify (they get access and an email). */
  notify: teamList,
  /** Team names given access silently. */
  add: teamList,
  /** `true` on the wire: everyone who had the previous build. */
  notifyPreviousTesters: z.boolean().default(false),
  addPreviousTesters: z.boolean().default(false),
});

export const TestioTargetSchema = z.object({ service: z.literal('testio'), ...account });

export const BitbarProjectChoiceSchema = z.discriminatedUnion('kind', [
  /** `name` may be empty when only the id is known (the CLI): the delivery looks it up. */
  z.object({ kind: z.literal('existing'), id: z.number().int().positive(), name: z.string() }),
  z.object({
    kind: z.literal('new'),
    name: z.string().trim().min(1, 'Name the new project'),
    type: z.enum(['ANDROID', 'IOS']),
  }),
  /** Found by name when the delivery starts (the CLI), so a failed lookup is Bitbar's alone. */
  z.object({ kind: z.literal('named'), name: z.string().trim().min(1, 'Name the project') }),
]);

export const BitbarTargetSchema = z.object({
  service: z.literal('bitbar'),
  ...account,
  project: BitbarProjectChoiceSchema,
  fileKind: z.enum(BITBAR_FILE_KINDS).default('application'),
});

export const ProductScienceTargetSchema = z.object({
  service: z.literal('productscience'),
  ...account,
  projectName: z.string().trim().min(1, 'Enter the Product Science project'),
  buildType: z.enum(['APK', 'INSTRUMENTED_APK']).default('APK'),
  /** Defaults to the build's version when empty. */
  name: z.string().trim().max(200).default(''),
  description: z.string().max(5_000).default(''),
  sourceControlId: z.string().trim().max(100).default(''),
  sourceControlIsoTimestamp: z.union([z.iso.datetime({ offset: true }), z.literal('')]).default(''),
});

export const UploadTargetSchema = z.discriminatedUnion('service', [
  InstallrTargetSchema,
  TestioTargetSchema,
  BitbarTargetSchema,
  ProductScienceTargetSchema,
]);
export type UploadTarget = z.infer<typeof UploadTargetSchema>;
export type UploadTargetInput = z.input<typeof UploadTargetSchema>;
export type TargetFor<S extends UploadTarget['service']> = Extract<UploadTarget, { service: S }>;

export const JobStateSchema = z.enum([
  'queued',
  'preparing',
  'uploading',
  'finalizing',
  'done',
  'failed',
  'cancelled',
]);
export type JobState = z.infer<typeof JobStateSchema>;

export const ProgressSchema = z.object({
  /** Body bytes the socket has accepted (not bytes read from disk). */
  bytesSent: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
  /** 0…1; reaches 1 only once the service has answered (never on the last byte alone). */
  fraction: z.number().min(0).max(1),
  bytesPerSecond: z.number().nonnegative(),
  etaSeconds: z.number().nonnegative().optional(),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const UploadResultSchema = z.object({
  service: ServiceIdSchema,
  /** "Build 148 of Your Cool App", "Binary app 123", … */
  headline: z.string(),
  remoteId: z.string(),
  details: z.array(z.object({ label: z.string(), value: z.string() })),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  /** SHA-256 of the bytes sent, computed on the upload stream itself. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type UploadResult = z.infer<typeof UploadResultSchema>;

export const UploadJobSchema = z.object({
  id: z.string(),
  /** Jobs from one drop share it (the fan-out). */
  dropId: z.string(),
  service: ServiceIdSchema,
  target: UploadTargetSchema,
  filePath: z.string(),
  fileName: z.string(),
  fileSize: z.number().int().nonnegative(),
  state: JobStateSchema,
  /** 1 on the first try; grows with each retry. */
  attempt: z.number().int().positive(),
  progress: ProgressSchema,
  /** What is happening now, in words: "Retrying in 4 s: Installr had an internal problem". */
  note: z.string().optional(),
  /** Something the person should know about the result (e.g. a possible duplicate). */
  warning: z.string().optional(),
  error: DropshipErrorSchema.optional(),
  result: UploadResultSchema.optional(),
  /** Picked up again after Dropship restarted. */
  resumed: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UploadJob = z.infer<typeof UploadJobSchema>;

export const ServiceVerdictSchema = z.object({
  service: ServiceIdSchema,
  accepted: z.boolean(),
  reason: z.string().optional(),
});

export const FileFactsSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  build: BuildInfoSchema.optional(),
  /** Why the build's metadata could not be read (the file may still be deliverable). */
  inspectError: z.string().optional(),
  services: z.array(ServiceVerdictSchema),
});
export type FileFacts = z.infer<typeof FileFactsSchema>;

const PathInput = z.object({ path: z.string().min(1, 'Choose a file') });
const JobInput = z.object({ jobId: z.string().min(1) });

export const StartUploadInputSchema = PathInput.extend({
  /** The git commit the build was made from, when known: the next release notes start there. */
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, 'A full git commit hash')
    .optional(),
  targets: z
    .array(UploadTargetSchema)
    .min(1, 'Choose at least one service')
    .refine((t) => new Set(t.map((x) => x.service)).size === t.length, 'Each service once'),
});

export const DropDescriptionSchema = z.object({
  file: FileFactsSchema,
  /** The options last used for the build's app id, to prefill the forms (none without one). */
  remembered: z.array(UploadTargetSchema),
});
export type DropDescription = z.infer<typeof DropDescriptionSchema>;

export const uploadsChannels = {
  /**
   * Everything a drop shows at once, in one call: the build's metadata, which services take
   * it, and the options last used for it. No byte is sent. The SHA-256 takes longer (it reads
   * the whole file), so it follows as the `uploads.digest` event.
   */
  describeDrop: channel(PathInput, DropDescriptionSchema),
  /** Checks every target first (nothing is sent if one is refused), then queues the jobs. */
  start: channel(
    StartUploadInputSchema,
    z.object({ dropId: z.string(), jobs: z.array(UploadJobSchema) }),
  ),
  list: channel(z.void(), z.array(UploadJobSchema)),
  cancel: channel(JobInput, UploadJobSchema),
  /** Starts a failed or cancelled job again (after checking the service where it can). */
  retry: channel(JobInput, UploadJobSchema),
  /** Forgets finished jobs (done, failed or cancelled). */
  clearFinished: channel(z.void(), z.array(UploadJobSchema)),
  /** Product Science metadata from a git folder: HEAD's hash and commit time (`%cI`). */
  gitCommit: channel(
    z.object({ folder: z.string().min(1, 'Choose a folder'), ref: z.string().default('HEAD') }),
    z.object({ commitId: z.string(), isoTimestamp: z.string() }),
  ),
};

export const DropSummarySchema = z.object({
  dropId: z.string(),
  fileName: z.string(),
  delivered: z.array(ServiceIdSchema),
  failed: z.array(ServiceIdSchema),
  cancelled: z.array(ServiceIdSchema),
});
export type DropSummary = z.infer<typeof DropSummarySchema>;

/** The SHA-256 of a file `describeDrop` was asked about, or why it could not be read. */
export const DropDigestSchema = z.union([
  z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.object({ path: z.string(), error: DropshipErrorSchema }),
]);
export type DropDigest = z.infer<typeof DropDigestSchema>;

export const uploadEvents = {
  /** A job changed state, note, warning, error or result (not progress). */
  'uploads.job': UploadJobSchema,
  /** Throttled in main to ~10 a second per job. */
  'uploads.progress': z.object({ jobId: z.string(), progress: ProgressSchema }),
  /** Every job of a drop has finished. */
  'uploads.dropFinished': DropSummarySchema,
  'uploads.digest': DropDigestSchema,
};
