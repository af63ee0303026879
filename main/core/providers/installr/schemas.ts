import { z } from 'zod';

/** Installr's response bodies, as documented in api-docs/installr-api.txt. */
export const ApiBuildSchema = z.object({
  id: z.number(),
  versionNumber: z.string().nullish(),
  buildNumber: z.string().nullish(),
  dateCreated: z.string(),
  releaseNotes: z.string().nullish(),
  numberInstalled: z.number().nullish(),
  type: z.string().nullish(),
  icon: z.object({ url: z.string().nullish(), buildSize: z.string().nullish() }).nullish(),
  buildFile: z.object({ url: z.string().nullish(), buildSize: z.string().nullish() }).nullish(),
});

export const ApiAppSchema = z.object({
  id: z.number(),
  appId: z.string(),
  title: z.string(),
  latestBuild: ApiBuildSchema.nullish(),
});

export const AppListResponseSchema = z.object({
  result: z.literal('success'),
  appList: z.array(ApiAppSchema),
});

/** Error bodies carry `result: "error"` and a `message` saying what went wrong. */
export const readInstallrMessage = (body: unknown): string | undefined => {
  const parsed = z.object({ message: z.string() }).safeParse(body);
  return parsed.success ? parsed.data.message : undefined;
};
