import { z } from 'zod';

/**
 * Test IO's domain as Dropship's screens see it: camelCase, no API envelopes. Values the
 * service reports (statuses, severities) stay open strings, so a value Test IO adds later
 * still shows (testio-words.ts words the known ones); values we send are closed enums.
 */

export const PRODUCT_TYPES = [
  'website',
  'mobile_app_ios',
  'mobile_app_android',
  'streaming_app',
] as const;
export const ProductTypeSchema = z.enum(PRODUCT_TYPES);
export type ProductType = z.infer<typeof ProductTypeSchema>;

export const TESTING_TYPES = ['coverage', 'usability', 'rapid', 'focused'] as const;
export const TestingTypeSchema = z.enum(TESTING_TYPES);
export type TestingType = z.infer<typeof TestingTypeSchema>;

/** Hours Test IO runs a test of each type when no duration is given (getting-started doc). */
export const DEFAULT_DURATION_HOURS: Record<TestingType, number> = {
  coverage: 28,
  usability: 24,
  rapid: 2,
  focused: 24,
};

export const REPORT_LANGUAGES = ['en', 'de'] as const;
export const ReportLanguageSchema = z.enum(REPORT_LANGUAGES);
export type ReportLanguage = z.infer<typeof ReportLanguageSchema>;

export const EXPORT_STATUSES = ['export_requested', 'not_exported', 'exported'] as const;
export const ExportStatusSchema = z.enum(EXPORT_STATUSES);
export type ExportStatus = z.infer<typeof ExportStatusSchema>;

/** Reasons a reviewer gives when rejecting a bug (sent as `reason`). */
export const REJECT_REASONS = [
  'known_bug',
  'not_reproducible',
  'works_as_designed',
  'out_of_scope',
  'duplicate',
  'insufficient_information',
] as const;
export const RejectReasonSchema = z.enum(REJECT_REASONS);
export type RejectReason = z.infer<typeof RejectReasonSchema>;

/** Test lifecycle values we act on; others (e.g. "locked") are shown, never acted on. */
export type KnownTestStatus = 'pending' | 'running' | 'completed' | 'cancelled';
export type KnownBugStatus = 'new' | 'accepted' | 'rejected' | 'fixed';
export type KnownSeverity = 'low' | 'high' | 'critical' | 'visual' | 'content' | 'custom';

export const TestioProductSchema = z.object({
  id: z.number(),
  title: z.string(),
  description: z.string().optional(),
  productType: z.string().optional(),
  industry: z.string().optional(),
});
export type TestioProduct = z.infer<typeof TestioProductSchema>;

export const TestioEnvironmentSchema = z.object({
  id: z.number(),
  title: z.string(),
  url: z.string().optional(),
  binaryAppId: z.number().optional(),
  username: z.string().optional(),
  /** Whether a password is stored; the password itself never reaches the screen. */
  hasPassword: z.boolean(),
  accessNotes: z.string().optional(),
  allowOrders: z.boolean(),
});
export type TestioEnvironment = z.infer<typeof TestioEnvironmentSchema>;

export const TestioFeatureSchema = z.object({
  id: z.number(),
  title: z.string(),
  description: z.string().optional(),
  howToFind: z.string().optional(),
  userStories: z.array(z.string()),
});
export type TestioFeature = z.infer<typeof TestioFeatureSchema>;

export const TestioTemplateSchema = z.object({
  id: z.number(),
  title: z.string(),
  defaultDurationHours: z.number().optional(),
  minDurationHours: z.number().optional(),
  maxDurationHours: z.number().optional(),
});
export type TestioTemplate = z.infer<typeof TestioTemplateSchema>;

export const TestioTestSchema = z.object({
  id: z.number(),
  productId: z.number().optional(),
  title: z.string(),
  status: z.string(),
  testingType: z.string(),
  durationHours: z.number().optional(),
  reportLanguage: z.string().optional(),
  goal: z.string().optional(),
  instructions: z.string().optional(),
  startAt: z.string().optional(),
  endAt: z.string().optional(),
  environmentTitle: z.string().optional(),
  templateTitle: z.string().optional(),
  featureTitles: z.array(z.string()),
  bugCount: z.number().optional(),
});
export type TestioTest = z.infer<typeof TestioTestSchema>;

export const TestioBugSchema = z.object({
  id: z.number(),
  title: z.string(),
  severity: z.string(),
  /** Review state; absent when Test IO leaves it out of a list (treated as new). */
  status: z.string(),
  known: z.boolean(),
  exportedAt: z.string().optional(),
  language: z.string().optional(),
  location: z.string().optional(),
  expectedResult: z.string().optional(),
  actualResult: z.string().optional(),
  steps: z.string().optional(),
  testId: z.number().optional(),
  testTitle: z.string().optional(),
  reportedAt: z.string().optional(),
  reporter: z.string().optional(),
  device: z.string().optional(),
});
export type TestioBug = z.infer<typeof TestioBugSchema>;

export const PageInputSchema = z.object({
  page: z.number().int().min(1).default(1),
  perPage: z.number().int().min(1).max(500).default(25),
});

export const TestPageSchema = z.object({
  tests: z.array(TestioTestSchema),
  page: z.number(),
  perPage: z.number(),
  /** Test IO's test list has no total; a full page means there may be another. */
  hasMore: z.boolean(),
});
export type TestPage = z.infer<typeof TestPageSchema>;

export const BugPageSchema = z.object({
  bugs: z.array(TestioBugSchema),
  page: z.number(),
  perPage: z.number(),
  total: z.number(),
});
export type BugPage = z.infer<typeof BugPageSchema>;
