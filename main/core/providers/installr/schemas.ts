import { z } from 'zod';

/**
 * Installr's response bodies, as documented in api-docs/installr-api.txt. Lenient where
 * the doc's examples disagree with each other (fields present in one example, absent in
 * another), strict where we rely on a field.
 */
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
export type ApiBuild = z.output<typeof ApiBuildSchema>;

export const ApiEventSchema = z.object({
  createdOn: z.string(),
  eventDescription: z.string(),
});

export const ApiAppSchema = z.object({
  id: z.number(),
  appId: z.string(),
  title: z.string(),
  latestBuild: ApiBuildSchema.nullish(),
  appEvents: z.array(ApiEventSchema).nullish(),
});

export const AppListResponseSchema = z.object({
  result: z.literal('success'),
  appList: z.array(ApiAppSchema),
});

export const AppDataSchema = ApiAppSchema.extend({
  builds: z.array(ApiBuildSchema).nullish(),
  planInfo: z.object({ name: z.string().nullish(), deviceLimit: z.number().nullish() }).nullish(),
});

/** "App Details" (and "Create App", which adds `action`). */
export const AppDetailsResponseSchema = z.object({
  result: z.literal('success'),
  appData: AppDataSchema,
});

export const ApiTesterStatusSchema = z.object({
  cssClass: z.string().nullish(),
  label: z.string().nullish(),
  level: z.number().nullish(),
});
export type ApiTesterStatus = z.output<typeof ApiTesterStatusSchema>;

export const ApiTesterSchema = z.object({
  id: z.number(),
  email: z.string(),
  inviteLink: z.string().nullish(),
  status: ApiTesterStatusSchema.nullish(),
  devicesData: z.array(z.unknown()).nullish(),
});
export type ApiTester = z.output<typeof ApiTesterSchema>;

export const TeamResponseSchema = z.object({
  result: z.literal('success'),
  testersData: z.object({
    pendingTesters: z.array(ApiTesterSchema).nullish(),
    testers: z.array(ApiTesterSchema).nullish(),
  }),
});

export const InviteResponseSchema = z.object({
  result: z.literal('success'),
  testersAdded: z.array(ApiTesterSchema).nullish(),
});

export const AppStatusResponseSchema = z.object({
  result: z.literal('success'),
  appData: z.object({
    appId: z.string(),
    title: z.string(),
    versionNumber: z.string().nullish(),
    buildNumber: z.string().nullish(),
    dateCreated: z.string(),
    releaseNotes: z.string().nullish(),
    installUrl: z.string().nullish(),
  }),
});

/** Error bodies carry `result: "error"` and a `message` saying what went wrong. */
export const readInstallrMessage = (body: unknown): string | undefined => {
  const parsed = z.object({ message: z.string() }).safeParse(body);
  return parsed.success && parsed.data.message.trim() ? parsed.data.message.trim() : undefined;
};

/** Installr can answer 200 with `result: "error"`; such a body is a refusal. */
export const isErrorResult = (body: unknown): boolean =>
  z.object({ result: z.literal('error') }).safeParse(body).success;
