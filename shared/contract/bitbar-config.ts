import { z } from 'zod';

/**
 * A Bitbar project's test-run config and the rules the doc gives for it: which mode fits
 * which project type, which options belong to one mode only, and what each mode needs.
 * The renderer uses these to show only what applies; main validates with them.
 */
export const BitbarProjectTypeSchema = z.enum(['ANDROID', 'CTS', 'IOS', 'UIAUTOMATOR']);
export type BitbarProjectType = z.infer<typeof BitbarProjectTypeSchema>;

export const BitbarModeSchema = z.enum(['FULL_RUN', 'APP_CRAWLER', 'CTS', 'UIAUTOMATOR', 'IOS']);
export type BitbarMode = z.infer<typeof BitbarModeSchema>;

export function modesForProject(type: BitbarProjectType): BitbarMode[] {
  return type === 'IOS' ? ['IOS'] : ['FULL_RUN', 'APP_CRAWLER', 'CTS', 'UIAUTOMATOR'];
}

/** Options the doc marks "<MODE> mode only". */
export const MODE_ONLY = {
  autoScreenshots: 'FULL_RUN',
  withAnnotation: 'FULL_RUN',
  withoutAnnotation: 'FULL_RUN',
  instrumentationRunner: 'FULL_RUN',
  applicationUsername: 'APP_CRAWLER',
  applicationPassword: 'APP_CRAWLER',
  uiAutomatorTestClasses: 'UIAUTOMATOR',
  launchApp: 'UIAUTOMATOR',
} as const satisfies Record<string, BitbarMode>;

export function optionApplies(option: string, mode: BitbarMode): boolean {
  const only = (MODE_ONLY as Record<string, BitbarMode>)[option];
  return only === undefined || only === mode;
}

const LANGUAGE = /^[a-z]{2}_[A-Z]{2}$/;

/** What the person edits. Strings are '' where Bitbar says null, so forms stay simple. */
const ConfigFieldsSchema = z.object({
  scheduler: z.enum(['PARALLEL', 'SERIAL']),
  mode: BitbarModeSchema,
  autoScreenshots: z.boolean(),
  screenshotDir: z.string().trim(),
  limitationType: z.enum(['PACKAGE', 'CLASS']).nullable(),
  limitationValue: z.string().trim(),
  withAnnotation: z.string().trim(),
  withoutAnnotation: z.string().trim(),
  applicationUsername: z.string(),
  applicationPassword: z.string(),
  deviceLanguageCode: z.string().trim(),
  hookURL: z.string().trim(),
  uiAutomatorTestClasses: z.string().trim(),
  launchApp: z.boolean(),
  instrumentationRunner: z.string().trim(),
  checkApp: z.boolean(),
});

export const BitbarConfigEditSchema = ConfigFieldsSchema.superRefine((config, ctx) => {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  if (config.mode === 'UIAUTOMATOR' && !config.uiAutomatorTestClasses) {
    issue(
      'uiAutomatorTestClasses',
      'UIAutomator runs need at least one test class, e.g. com.example.LoginTest',
    );
  }
  if (!LANGUAGE.test(config.deviceLanguageCode)) {
    issue('deviceLanguageCode', 'Use a language and country code like en_US or fi_FI');
  }
  if (config.hookURL && !/^https?:\/\/\S+$/.test(config.hookURL)) {
    issue('hookURL', 'Enter a full address starting with https://');
  }
  if (config.limitationType && !config.limitationValue) {
    issue(
      'limitationValue',
      `Name the ${config.limitationType === 'PACKAGE' ? 'package' : 'class'} to test`,
    );
  }
});
export type BitbarConfigEdit = z.infer<typeof BitbarConfigEditSchema>;

export const BitbarConfigSchema = z.object({
  projectId: z.number(),
  /** Bitbar's own check: can a run start on this project now? */
  runAvailable: z.boolean(),
  usedDeviceGroupId: z.number().nullable(),
  creditsPrice: z.number(),
  /** The values as Bitbar holds them (not re-validated: Bitbar is the source of truth). */
  edit: ConfigFieldsSchema,
});
export type BitbarConfig = z.infer<typeof BitbarConfigSchema>;
