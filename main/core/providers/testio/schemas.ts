import { z } from 'zod';

/**
 * Test IO customer API v2 response bodies (api-docs/testio-*.txt and Test IO's public
 * reference). Lenient where the docs are: fields the docs do not promise are optional,
 * so a leaner answer (e.g. accept returning only id, title, severity, status) still parses.
 */

const text = z.string().nullish();
const num = z.number().nullish();

export const ApiProductSchema = z.object({
  id: z.number(),
  title: z.string(),
  description: text,
  product_type: text,
  industry: text,
});
export const ProductListSchema = z.object({ products: z.array(ApiProductSchema) });
export const ProductEnvelopeSchema = z.object({ product: ApiProductSchema });

export const ApiEnvironmentSchema = z.object({
  id: z.number(),
  title: z.string(),
  url: text,
  binary_app_id: num,
  username: text,
  password: text,
  access: text,
  allow_orders: z.boolean().nullish(),
});
export const EnvironmentListSchema = z.object({ test_environments: z.array(ApiEnvironmentSchema) });
export const EnvironmentEnvelopeSchema = z.object({ test_environment: ApiEnvironmentSchema });

export const ApiFeatureSchema = z.object({
  id: z.number(),
  title: z.string(),
  description: text,
  howtofind: text,
  // Plain strings by default; objects with a title when `includes[]=user_stories` is asked.
  user_stories: z
    .array(z.union([z.string(), z.object({ title: z.string() }).transform((story) => story.title)]))
    .nullish(),
});
export const FeatureListSchema = z.object({ features: z.array(ApiFeatureSchema) });
export const FeatureEnvelopeSchema = z.object({ feature: ApiFeatureSchema });

export const ApiTemplateSchema = z.object({
  id: z.number(),
  title: z.string(),
  test_scenario_template: text,
  max_test_duration: num,
  min_test_duration: num,
  default_test_duration: num,
});
export const TemplateListSchema = z.object({ test_templates: z.array(ApiTemplateSchema) });

/** Durations arrive as "24" (the request's own form) or as a number. */
const hours = z.union([z.number(), z.string()]).nullish();

export const ApiTestSchema = z.object({
  id: z.number(),
  test_title: text,
  title: text,
  status: z.string(),
  testing_type: text,
  duration: hours,
  report_language: text,
  goal: text,
  instructions: text,
  start_at: text,
  end_at: text,
  product: z.object({ id: z.number() }).nullish(),
  test_environment: z.object({ title: text }).nullish(),
  test_template: z.object({ title: text }).nullish(),
  features: z.array(z.object({ title: text })).nullish(),
  bugs_count: num,
});
export const TestListSchema = z.object({ exploratory_tests: z.array(ApiTestSchema) });
export const TestEnvelopeSchema = z.object({ exploratory_test: ApiTestSchema });

export const ApiBugSchema = z.object({
  id: z.number(),
  title: z.string(),
  severity: z.string(),
  status: text,
  known: z.boolean().nullish(),
  exported_at: text,
  language: text,
  location: text,
  expected_result: text,
  actual_result: text,
  steps: text,
  test: z.object({ id: z.number(), title: text }).nullish(),
  reported_at: text,
  author: z.object({ name: text }).nullish(),
  devices: z.array(z.object({ name: text })).nullish(),
});
export type ApiBug = z.output<typeof ApiBugSchema>;
export const BugListSchema = z.object({
  meta: z
    .object({ record_count: z.number(), page: z.number(), per_page: z.number() })
    .partial()
    .nullish(),
  bugs: z.array(ApiBugSchema),
});
export const BugEnvelopeSchema = z.object({ bug: ApiBugSchema });

/**
 * Test IO words errors as `{"error": "filename is missing, …"}`; other Rails-style shapes
 * (`errors` as a list or per field) are read too, so nothing the service says is lost.
 */
export function readTestioError(body: unknown): {
  message?: string;
  fields?: Record<string, string>;
} {
  if (typeof body === 'string') {
    return body && body.length < 300 && !body.includes('<') ? { message: body } : {};
  }
  if (!body || typeof body !== 'object') return {};
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === 'string' && error) return { message: error };
  if (
    error &&
    typeof error === 'object' &&
    typeof (error as { message?: unknown }).message === 'string'
  ) {
    return { message: (error as { message: string }).message };
  }
  const errors = record.errors;
  if (Array.isArray(errors)) {
    const messages = errors.filter((item): item is string => typeof item === 'string');
    if (messages.length) return { message: messages.join(', ') };
  }
  if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
    const fields: Record<string, string> = {};
    for (const [field, problems] of Object.entries(errors)) {
      const first = Array.isArray(problems) ? problems[0] : problems;
      if (typeof first === 'string') fields[field] = first;
    }
    const sentence = Object.entries(fields)
      .map(([field, problem]) => `${field.replace(/_/g, ' ')} ${problem}`)
      .join(', ');
    if (sentence) return { message: sentence, fields };
  }
  if (typeof record.message === 'string' && record.message) return { message: record.message };
  return {};
}
