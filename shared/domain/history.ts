import { z } from 'zod';
import { ServiceIdSchema } from '../error-schemas';
import { BuildProfileSchema } from './build-diff';
import { BuildPlatformSchema } from './build-info';

/**
 * One delivery of one build to one service, as Dropship remembers it for good: the build's
 * identity and bytes (SHA-256), where it went, with which account, and what came of it.
 */
export const DeliveryOutcomeSchema = z.enum([
  'delivered',
  'failed',
  'cancelled',
  'already-delivered',
]);
export type DeliveryOutcome = z.infer<typeof DeliveryOutcomeSchema>;

export const DeliverySchema = z.object({
  /** The upload job's id. */
  id: z.string(),
  dropId: z.string(),
  finishedAt: z.iso.datetime({ offset: true }),
  service: ServiceIdSchema,
  /** The account as a person knows it ("Sandbox with demo data", "QA team"). */
  account: z.string(),
  /**
   * Which account exactly: service, address and name. A sandbox started anew has a new
   * address, so builds sent to an earlier, vanished sandbox never count as "already there".
   */
  accountKey: z.string(),
  outcome: DeliveryOutcomeSchema,
  appId: z.string().nullable(),
  appName: z.string().nullable(),
  version: z.string().nullable(),
  build: z.string().nullable(),
  platform: BuildPlatformSchema.nullable(),
  sha256: z.string().nullable(),
  /** The git commit the build was made from, when known. */
  commit: z.string().nullable(),
  fileName: z.string(),
  filePath: z.string(),
  fileSize: z.number().int().nonnegative(),
  remoteId: z.string().nullable(),
  headline: z.string().nullable(),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  /** Why it failed, in the words the person saw. */
  error: z.string().nullable(),
  /** The options it was sent with, to send it again the same way (JSON of an UploadTarget). */
  target: z.unknown().nullable(),
  profile: BuildProfileSchema.nullable(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T.+)?$/, 'Use a date like 2026-12-03')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'That date does not exist');

export const HistoryFilterSchema = z.object({
  /** Matches the app id or name, in part, ignoring case. */
  app: z.string().trim().max(200).optional(),
  version: z.string().trim().max(100).optional(),
  service: ServiceIdSchema.optional(),
  account: z.string().max(200).optional(),
  outcome: DeliveryOutcomeSchema.optional(),
  /** Inclusive: a date alone ("2026-12-03") means that whole day. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});
export type HistoryFilter = z.input<typeof HistoryFilterSchema>;

export const HistoryPageSchema = z.object({
  total: z.number().int().nonnegative(),
  deliveries: z.array(DeliverySchema),
});
export type HistoryPage = z.infer<typeof HistoryPageSchema>;
