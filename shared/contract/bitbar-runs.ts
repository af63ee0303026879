import { z } from 'zod';
import { BitbarDeviceSchema } from './bitbar-devices';
import { BitbarDownloadSchema, DownloadFolderSchema } from './bitbar-projects';
import { channel } from './define';

/** Bitbar test runs and their device runs; enums stay Bitbar's, the renderer words them. */
const id = z.number().int().nonnegative();

export const BitbarRunStateSchema = z.enum(['WAITING', 'RUNNING', 'FINISHED']);
export const BitbarScreenshotsZipSchema = z.enum(['BLANK', 'PROGRESS', 'READY']);

export const BitbarRunSchema = z.object({
  id,
  /** Known for runs listed under a project; Bitbar's /me/runs may include it too. */
  projectId: z.number().nullable(),
  projectName: z.string().nullable(),
  number: z.number(),
  name: z.string(),
  createdAt: z.number(),
  state: BitbarRunStateSchema,
  /** 0..1, null while every device waits. */
  executionRatio: z.number().nullable(),
  successRatio: z.number().nullable(),
  startedBy: z.string(),
  screenshotsZip: BitbarScreenshotsZipSchema,
});
export type BitbarRun = z.infer<typeof BitbarRunSchema>;

export const BitbarRunPageSchema = z.object({
  runs: z.array(BitbarRunSchema),
  offset: z.number(),
  limit: z.number(),
  total: z.number(),
  hasMore: z.boolean(),
});

export const BitbarDeviceRunStatusSchema = z.enum([
  'WAITING',
  'RUNNING',
  'EXCLUDED',
  'WARNING',
  'FAILED',
  'SUCCEEDED',
]);
export type BitbarDeviceRunStatus = z.infer<typeof BitbarDeviceRunStatusSchema>;

export const BitbarStepSchema = z.object({
  id,
  /** Bitbar's deviceRunStateType, e.g. DEVICE_RUNNING. */
  type: z.string(),
  status: z.string(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  failReason: z.string().nullable(),
});
export type BitbarStep = z.infer<typeof BitbarStepSchema>;

export const BitbarDeviceRunSchema = z.object({
  id,
  device: BitbarDeviceSchema,
  status: BitbarDeviceRunStatusSchema,
  testsPassed: z.number(),
  testsRun: z.number(),
  testCount: z.number(),
  startedAt: z.number().nullable(),
  currentStep: BitbarStepSchema.nullable(),
});

export const BitbarTagSchema = z.object({ id, name: z.string() });
export type BitbarTag = z.infer<typeof BitbarTagSchema>;

export const BitbarRunDetailSchema = z.object({
  run: BitbarRunSchema,
  deviceRuns: z.array(BitbarDeviceRunSchema),
  tags: z.array(BitbarTagSchema),
});
export type BitbarRunDetail = z.infer<typeof BitbarRunDetailSchema>;

export const BitbarScreenshotSchema = z.object({
  id,
  name: z.string(),
  failed: z.boolean(),
  orientation: z.enum(['PORTRAIT', 'LANDSCAPE']),
});
export const BitbarPerformanceSampleSchema = z.object({
  at: z.number(),
  /** 0..1 */
  cpu: z.number(),
  memoryKb: z.number(),
});
export type BitbarPerformanceSample = z.infer<typeof BitbarPerformanceSampleSchema>;

export const BitbarDeviceRunDetailSchema = z.object({
  deviceRun: BitbarDeviceRunSchema,
  steps: z.array(BitbarStepSchema),
  screenshots: z.array(BitbarScreenshotSchema),
  performance: z.array(BitbarPerformanceSampleSchema),
});
export type BitbarDeviceRunDetail = z.infer<typeof BitbarDeviceRunDetailSchema>;

const runRef = { projectId: id, runId: id };
const tagName = z.string().trim().min(1, 'Name the tag').max(100);

export const bitbarRunChannels = {
  /** A project's runs, or all the person's runs when projectId is left out. */
  runs: channel(
    z.object({
      projectId: id.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(20),
      search: z.string().trim().max(100).default(''),
    }),
    BitbarRunPageSchema,
  ),
  startRun: channel(
    z.object({ projectId: id, name: z.string().trim().min(1, 'Name the run').max(200) }),
    BitbarRunSchema,
  ),
  run: channel(z.object(runRef), BitbarRunDetailSchema),
  deviceRun: channel(z.object({ ...runRef, deviceRunId: id }), BitbarDeviceRunDetailSchema),
  downloadDeviceRunFile: channel(
    z.object({
      ...runRef,
      deviceRunId: id,
      file: z.enum(['junit', 'logs']),
      folder: DownloadFolderSchema,
    }),
    BitbarDownloadSchema,
  ),
  addTag: channel(z.object({ ...runRef, name: tagName }), BitbarTagSchema),
  removeTag: channel(z.object({ ...runRef, tagId: id }), z.object({ tagId: id })),
  downloadReport: channel(
    z.object({
      ...runRef,
      report: z.enum(['summary', 'failures', 'detail-failures']),
      format: z.enum(['PDF', 'HTML', 'CSV']),
      folder: DownloadFolderSchema,
    }),
    BitbarDownloadSchema,
  ),
  /** Asks Bitbar to build the screenshots ZIP; poll the run until it says READY. */
  requestScreenshots: channel(z.object(runRef), BitbarRunSchema),
  downloadScreenshots: channel(
    z.object({ ...runRef, folder: DownloadFolderSchema }),
    BitbarDownloadSchema,
  ),
  /** Success ratio of the project's recent runs, oldest first, for the chart. */
  successHistory: channel(
    z.object({ projectId: id, count: z.number().int().min(1).max(100).default(20) }),
    z.array(
      z.object({
        runId: id,
        number: z.number(),
        name: z.string(),
        createdAt: z.number(),
        successRatio: z.number().nullable(),
      }),
    ),
  ),
};
