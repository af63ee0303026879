import { z } from 'zod';

/**
 * Bitbar Testing API v2 objects as api-docs/bitbar-testing-api-v2.txt documents them
 * ("API Objects"). Optional fields are `nullish`: the doc marks many "by default null".
 */
export const ApiSoftwareVersionSchema = z.object({
  id: z.number().nullish(),
  releaseVersion: z.string().nullish(),
  apiLevel: z.number().nullish(),
});

export const ApiDeviceSchema = z.object({
  id: z.number(),
  displayName: z.string(),
  softwareVersion: ApiSoftwareVersionSchema.nullish(),
  creditsPrice: z.number().nullish(),
  osType: z.string(),
  frame80Url: z.string().nullish(),
  frame100Url: z.string().nullish(),
});
export type ApiDevice = z.output<typeof ApiDeviceSchema>;

export const ApiDeviceGroupSchema = z.object({
  id: z.number(),
  name: z.string().nullish(),
  displayName: z.string().nullish(),
  deviceCount: z.number().nullish(),
  creditsPrice: z.number().nullish(),
  userId: z.number().nullish(),
  osType: z.string(),
});
export type ApiDeviceGroup = z.output<typeof ApiDeviceGroupSchema>;

export const ApiProjectSchema = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string().nullish(),
  type: z.string(),
  common: z.boolean().nullish(),
  sharedById: z.number().nullish(),
});
export type ApiProject = z.output<typeof ApiProjectSchema>;

export const ApiProjectConfigSchema = z.object({
  projectId: z.number(),
  scheduler: z.string().nullish(),
  mode: z.string().nullish(),
  autoScreenshots: z.boolean().nullish(),
  runAvailable: z.boolean().nullish(),
  screenshotDir: z.string().nullish(),
  limitationType: z.string().nullish(),
  limitationValue: z.string().nullish(),
  withAnnotation: z.string().nullish(),
  withoutAnnotation: z.string().nullish(),
  applicationUsername: z.string().nullish(),
  applicationPassword: z.string().nullish(),
  usedDeviceGroupId: z.number().nullish(),
  creditsPrice: z.number().nullish(),
  deviceLanguageCode: z.string().nullish(),
  hookURL: z.string().nullish(),
  uiAutomatorTestClasses: z.string().nullish(),
  launchApp: z.boolean().nullish(),
  instrumentationRunner: z.string().nullish(),
  checkApp: z.boolean().nullish(),
});
export type ApiProjectConfig = z.output<typeof ApiProjectConfigSchema>;

export const ApiParameterSchema = z.object({
  id: z.number(),
  key: z.string(),
  value: z.string().nullish(),
});

export const ApiFileSchema = z.object({
  id: z.number(),
  originalName: z.string(),
  readableSize: z.string().nullish(),
  uploadTime: z.number().nullish(),
});

export const ApiShareSchema = z.object({
  id: z.number(),
  userId: z.number().nullish(),
  userEmail: z.string(),
});

export const ApiNotificationSchema = z.object({
  id: z.number(),
  email: z.string(),
  project: z.number().nullish(),
  type: z.enum(['ALWAYS', 'ON_FAILURE']),
});

export const ApiTestRunSchema = z.object({
  id: z.number(),
  number: z.number().nullish(),
  createTime: z.number(),
  displayName: z.string().nullish(),
  executionRatio: z.number().nullish(),
  successRatio: z.number().nullish(),
  startedByDisplayName: z.string().nullish(),
  state: z.enum(['WAITING', 'RUNNING', 'FINISHED']),
  screenshotZipState: z.enum(['BLANK', 'PROGRESS', 'READY']).nullish(),
  // Not in the doc's testRun Object, but sent by Bitbar: lets /me/runs link to a project.
  projectId: z.number().nullish(),
  projectName: z.string().nullish(),
});
export type ApiTestRun = z.output<typeof ApiTestRunSchema>;

export const ApiStateSchema = z.object({
  id: z.number(),
  deviceRunId: z.number().nullish(),
  startTimeMS: z.number(),
  finishTimeMS: z.number().nullish(),
  failReason: z.string().nullish(),
  status: z.string(),
  deviceRunStateType: z.string(),
});
export type ApiState = z.output<typeof ApiStateSchema>;

export const ApiDeviceRunSchema = z.object({
  id: z.number(),
  device: ApiDeviceSchema,
  testCaseSuccessNo: z.coerce.number().nullish(),
  testCaseAllNo: z.number().nullish(),
  testCaseCount: z.number().nullish(),
  softwareVersion: ApiSoftwareVersionSchema.nullish(),
  startTime: z.number().nullish(),
  currentState: ApiStateSchema.nullish(),
  runStatus: z.enum(['WAITING', 'RUNNING', 'EXCLUDED', 'WARNING', 'FAILED', 'SUCCEEDED']),
});
export type ApiDeviceRun = z.output<typeof ApiDeviceRunSchema>;

export const ApiScreenshotSchema = z.object({
  id: z.number(),
  originalName: z.string(),
  fail: z.boolean().nullish(),
  type: z.enum(['PORTRAIT', 'LANDSCAPE']).nullish(),
});

export const ApiPerformanceItemSchema = z.object({
  packageName: z.string().nullish(),
  cpuUsage: z.number(),
  timestamp: z.number(),
  memUsage: z.number(),
});

export const ApiTagSchema = z.object({ id: z.number(), name: z.string() });

export const ApiMeSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string().nullish(),
});

/** The list Object: `data` plus paging (`next`/`previous` are absolute URLs or null). */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    next: z.string().nullish(),
    previous: z.string().nullish(),
    data: z.array(item),
    offset: z.number(),
    limit: z.number(),
    total: z.number(),
    search: z.string().nullish(),
    sort: z.string().nullish(),
    empty: z.boolean().nullish(),
  });
}

/** `POST /oauth/token` answer. */
export const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().nullish(),
  refresh_token: z.string().min(1),
  expires_in: z.number(),
  scope: z.string().nullish(),
});

/** The error Object (`statusCode`, `message`), or OAuth's `error_description`. */
export function readBitbarMessage(body: unknown): string | undefined {
  const parsed = z
    .object({ message: z.string().optional(), error_description: z.string().optional() })
    .safeParse(body);
  if (!parsed.success) return undefined;
  return parsed.data.message || parsed.data.error_description || undefined;
}
