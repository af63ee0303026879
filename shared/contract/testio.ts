import { z } from 'zod';
import { channel } from './define';
import {
  BugPageSchema,
  DEFAULT_DURATION_HOURS,
  ExportStatusSchema,
  PageInputSchema,
  ProductTypeSchema,
  RejectReasonSchema,
  ReportLanguageSchema,
  TestingTypeSchema,
  TestioBugSchema,
  TestioEnvironmentSchema,
  TestioFeatureSchema,
  TestioProductSchema,
  TestioTemplateSchema,
  TestioTestSchema,
  TestPageSchema,
} from '../domain/testio';

/** Test IO workflows for a QA lead: products, environments, tests and bug triage. */

const id = z.number().int().positive();
const text = (required: string) => z.string().trim().min(1, required);
/** Blank means absent; optional outside the transform so the key stays optional. */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value ? value : undefined))
  .optional();
const webAddress = z
  .string()
  .trim()
  .pipe(
    z.url({
      protocol: /^https?$/,
      error: 'Enter a full address, like https://staging.example.com',
    }),
  );

export const CreateProductInputSchema = z.object({
  title: text('Give the product a name'),
  description: optionalText,
  productType: ProductTypeSchema,
  industry: optionalText,
});
export type CreateProductInput = z.input<typeof CreateProductInputSchema>;

/** Where testers reach the product: exactly one way (Test IO rejects mixing them). */
export const EnvironmentAccessSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('url'), url: webAddress }),
  z.object({ kind: z.literal('binaryApp'), binaryAppId: id }),
]);

export const EnvironmentFieldsSchema = z.object({
  title: text('Name the environment, e.g. “Staging”'),
  access: EnvironmentAccessSchema,
  username: optionalText,
  password: optionalText,
  accessNotes: optionalText,
  allowOrders: z.boolean().default(false),
});
export type EnvironmentFields = z.input<typeof EnvironmentFieldsSchema>;

export const CreateEnvironmentInputSchema = EnvironmentFieldsSchema.extend({ productId: id });
export type CreateEnvironmentInput = z.input<typeof CreateEnvironmentInputSchema>;

export const CreateFeatureInputSchema = z.object({
  productId: id,
  title: text('Name the feature, e.g. “Checkout”'),
  description: optionalText,
  howToFind: optionalText,
  userStories: z
    .array(z.string().trim())
    .transform((stories) => stories.filter(Boolean))
    .pipe(z.array(z.string()).min(1, 'Add at least one user story')),
});
export type CreateFeatureInput = z.input<typeof CreateFeatureInputSchema>;

/** What the test covers: a template or features, never both (the API insists). */
export const TestScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), templateId: id }),
  z.object({
    kind: z.literal('features'),
    featureIds: z.array(id).min(1, 'Pick at least one feature'),
  }),
]);

export const TestEnvironmentChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), environmentId: id }),
  z.object({ kind: z.literal('inline'), environment: EnvironmentFieldsSchema }),
]);

export const CreateTestInputSchema = z
  .object({
    productId: id,
    title: text('Give the test a title'),
    testingType: TestingTypeSchema.default('coverage'),
    /** Hours; the form prefills the type's default (DEFAULT_DURATION_HOURS). */
    durationHours: z.number().int().min(1, 'A test runs at least one hour').max(336).optional(),
    reportLanguage: ReportLanguageSchema.default('en'),
    goal: optionalText,
    instructions: optionalText,
    environment: TestEnvironmentChoiceSchema,
    scope: TestScopeSchema,
  })
  .transform((input) => ({
    ...input,
    durationHours: input.durationHours ?? DEFAULT_DURATION_HOURS[input.testingType],
  }));
export type CreateTestInput = z.input<typeof CreateTestInputSchema>;

export const ListBugsInputSchema = PageInputSchema.extend({
  productId: id.optional(),
  testId: id.optional(),
  exportStatus: ExportStatusSchema.optional(),
});

export const RejectBugInputSchema = z.object({
  bugId: id,
  reason: RejectReasonSchema,
  comment: text('Tell the tester why the bug is rejected'),
});

const productRef = z.object({ productId: id });
const bugRef = z.object({ bugId: id });

export const testioChannels = {
  listProducts: channel(z.void(), z.array(TestioProductSchema)),
  createProduct: channel(CreateProductInputSchema, TestioProductSchema),
  listEnvironments: channel(productRef, z.array(TestioEnvironmentSchema)),
  createEnvironment: channel(CreateEnvironmentInputSchema, TestioEnvironmentSchema),
  listFeatures: channel(productRef, z.array(TestioFeatureSchema)),
  createFeature: channel(CreateFeatureInputSchema, TestioFeatureSchema),
  listTemplates: channel(productRef, z.array(TestioTemplateSchema)),
  listTests: channel(productRef.extend(PageInputSchema.shape), TestPageSchema),
  getTest: channel(z.object({ testId: id }), TestioTestSchema),
  createTest: channel(CreateTestInputSchema, TestioTestSchema),
  listBugs: channel(ListBugsInputSchema, BugPageSchema),
  getBug: channel(bugRef, TestioBugSchema),
  acceptBug: channel(bugRef, TestioBugSchema),
  rejectBug: channel(RejectBugInputSchema, TestioBugSchema),
  markBugFixed: channel(bugRef, TestioBugSchema),
  markBugKnown: channel(bugRef, TestioBugSchema),
};
