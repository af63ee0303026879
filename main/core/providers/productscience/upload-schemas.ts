import { z } from 'zod';

/** productscience-build-upload.txt: steps 1 and 2. */
export const UploadContextSchema = z.object({ id: z.number(), dateCreated: z.string() });

export const PsBuildSchema = z.object({
  id: z.number(),
  contextId: z.number(),
  buildType: z.enum(['APK', 'INSTRUMENTED_APK']),
  buildFileName: z.string(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  sourceControlId: z.string().nullish(),
  sourceControlIsoTimestamp: z.string().nullish(),
  uploadState: z.enum(['UPLOADING', 'FINISHED', 'FAILED']).nullish(),
  dateCreated: z.string().nullish(),
});
export type PsBuild = z.output<typeof PsBuildSchema>;

export const SubmitBuildResponseSchema = z.object({
  uploadSpec: z.object({
    method: z.string(),
    url: z.string(),
    headers: z.record(z.string(), z.string()),
  }),
  build: PsBuildSchema,
});
export type SubmittedBuild = z.output<typeof SubmitBuildResponseSchema>;

/** Error bodies look like Spring Boot's `{status, error, message, path}`. */
export function readPsMessage(body: unknown): string | undefined {
  const parsed = z.object({ message: z.string().min(1) }).safeParse(body);
  if (parsed.success) return parsed.data.message;
  const error = z.object({ error: z.string().min(1) }).safeParse(body);
  return error.success ? error.data.error : undefined;
}
