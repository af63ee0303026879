import type { z } from 'zod';
import type { CreateTestInputSchema } from '../../../../shared/contract/testio';
import type { TestioTest, TestPage } from '../../../../shared/domain/testio';
import type { ServiceCredentials } from '../../accounts/accounts';
import { environmentBody } from './environments';
import { testioRequest } from './request';
import { TestEnvelopeSchema, TestListSchema, type ApiTestSchema } from './schemas';
import { t } from '../../i18n/translate';

/** Exploratory tests: create one, page through a product's tests, follow one's status. */

type NewTest = z.output<typeof CreateTestInputSchema>;

export async function createTest(
  credentials: ServiceCredentials,
  test: NewTest,
): Promise<TestioTest> {
  const body = await testioRequest(
    credentials,
    {
      method: 'POST',
      path: `products/${test.productId}/exploratory_tests`,
      action: t('testio:action.createTest', { title: test.title }),
      subject: t('testio:subject.product', { productId: test.productId }),
      json: { exploratory_test: testBody(test) },
    },
    TestEnvelopeSchema,
  );
  return toTest(body.exploratory_test);
}

/** The documented request body; duration travels as a string of hours ("2"). */
export function testBody(test: NewTest): Record<string, unknown> {
  return {
    test_title: test.title,
    ...(test.goal ? { goal: test.goal } : {}),
    ...(test.instructions ? { instructions: test.instructions } : {}),
    duration: String(test.durationHours),
    report_language: test.reportLanguage,
    testing_type: test.testingType,
    ...(test.environment.kind === 'existing'
      ? { test_environment_id: test.environment.environmentId }
      : { test_environment: environmentBody(test.environment.environment) }),
    ...(test.scope.kind === 'template'
      ? { test_template: { id: test.scope.templateId } }
      : { features: test.scope.featureIds.map((id) => ({ id })) }),
  };
}

export async function listTests(
  credentials: ServiceCredentials,
  productId: number,
  page: number,
  perPage: number,
): Promise<TestPage> {
  const body = await testioRequest(
    credentials,
    {
      method: 'GET',
      path: `products/${productId}/exploratory_tests`,
      query: { page, per_page: perPage },
      action: t('testio:action.listTests'),
      subject: t('testio:subject.product', { productId: productId }),
    },
    TestListSchema,
  );
  const tests = body.exploratory_tests.map(toTest);
  return { tests, page, perPage, hasMore: tests.length >= perPage };
}

export async function getTest(
  credentials: ServiceCredentials,
  testId: number,
  signal?: AbortSignal,
): Promise<TestioTest> {
  const body = await testioRequest(
    credentials,
    {
      method: 'GET',
      path: `exploratory_tests/${testId}`,
      action: t('testio:action.loadTest', { testId }),
      subject: t('testio:subject.test', { testId }),
      ...(signal ? { signal } : {}),
    },
    TestEnvelopeSchema,
  );
  return toTest(body.exploratory_test);
}

function toTest(test: z.output<typeof ApiTestSchema>): TestioTest {
  const duration = test.duration == null ? undefined : Number(test.duration);
  const featureTitles = (test.features ?? []).flatMap((feature) =>
    feature.title ? [feature.title] : [],
  );
  return {
    id: test.id,
    ...(test.product ? { productId: test.product.id } : {}),
    title: test.test_title ?? test.title ?? `Test ${test.id}`,
    status: test.status,
    testingType: test.testing_type ?? 'coverage',
    ...(duration !== undefined && Number.isFinite(duration) ? { durationHours: duration } : {}),
    ...(test.report_language ? { reportLanguage: test.report_language } : {}),
    ...(test.goal ? { goal: test.goal } : {}),
    ...(test.instructions ? { instructions: test.instructions } : {}),
    ...(test.start_at ? { startAt: test.start_at } : {}),
    ...(test.end_at ? { endAt: test.end_at } : {}),
    ...(test.test_environment?.title ? { environmentTitle: test.test_environment.title } : {}),
    ...(test.test_template?.title ? { templateTitle: test.test_template.title } : {}),
    featureTitles,
    ...(test.bugs_count != null ? { bugCount: test.bugs_count } : {}),
  };
}
