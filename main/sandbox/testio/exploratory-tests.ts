import { existingProduct, readEnvironmentFields } from './environments';
import { createFeature } from './features';
import { schedule, testStatus } from './progress';
import {
  idParam,
  invalid,
  isObject,
  missing,
  notFound,
  optionalString,
  pageOf,
  readPaging,
  readRoot,
  workspaceRoute,
  type Routes,
} from './route-kit';
import type { EnvironmentSnapshot, TestRecord, TestioWorkspace } from './workspace';

export const TESTING_TYPES = ['coverage', 'usability', 'rapid', 'focused'];
const DEFAULT_HOURS: Record<string, number> = {
  coverage: 28,
  usability: 24,
  rapid: 2,
  focused: 24,
};
const LANGUAGES = ['en', 'de'];

/** Exploratory tests: create (starts by itself), list with paging, get with live status. */
export function registerExploratoryTestRoutes(api: Routes, workspace: TestioWorkspace): void {
  api.get(
    '/products/:productId/exploratory_tests',
    workspaceRoute(workspace, (ctx) => {
      const productId = existingProduct(workspace, ctx.params.productId);
      const paging = readPaging(ctx, { perPage: 25, max: 150 });
      const newestFirst = workspace.tests.filter((t) => t.product_id === productId).reverse();
      // Without `page`, the doc says: no paging, the last 150 tests.
      const list = paging ? pageOf(newestFirst, paging) : newestFirst.slice(0, 150);
      ctx.json(200, { exploratory_tests: list.map((test) => renderTest(workspace, test)) });
    }),
  );

  api.get(
    '/exploratory_tests/:id',
    workspaceRoute(workspace, (ctx) => {
      const id = idParam(ctx.params.id, 'Exploratory test');
      const test = workspace.tests.find((t) => t.id === id);
      if (!test) throw notFound('Exploratory test');
      ctx.json(200, { exploratory_test: renderTest(workspace, test) });
    }),
  );

  api.post(
    '/products/:productId/exploratory_tests',
    workspaceRoute(workspace, async (ctx) => {
      const productId = existingProduct(workspace, ctx.params.productId);
      const fields = await readRoot(ctx, 'exploratory_test');
      const test = buildTest(workspace, productId, fields);
      schedule(workspace, test);
      workspace.tests.push(test);
      ctx.json(201, { exploratory_test: renderTest(workspace, test) });
    }),
  );
}

function buildTest(
  workspace: TestioWorkspace,
  productId: number,
  fields: Record<string, unknown>,
): TestRecord {
  const testingType = optionalString(fields, 'testing_type') ?? 'coverage';
  if (!TESTING_TYPES.includes(testingType)) {
    throw invalid(`Testing type must be one of ${TESTING_TYPES.join(', ')}`);
  }
  const language = optionalString(fields, 'report_language') ?? 'en';
  if (!LANGUAGES.includes(language)) throw invalid('Report language must be en or de');
  const duration = readDuration(fields.duration, DEFAULT_HOURS[testingType]!);
  const environment = readEnvironment(workspace, productId, fields);

  const hasTemplate = fields.test_template !== undefined && fields.test_template !== null;
  const hasFeatures = fields.features !== undefined && fields.features !== null;
  if (hasTemplate === hasFeatures) {
    throw invalid(
      hasTemplate
        ? 'Provide either test_template or features, not both'
        : 'Provide either test_template or features',
    );
  }
  const template = hasTemplate ? readTemplate(workspace, productId, fields.test_template) : null;
  const features = hasFeatures ? readFeatures(workspace, productId, fields.features) : [];
  const now = workspace.now();
  return {
    id: workspace.nextId('test'),
    product_id: productId,
    test_title: optionalString(fields, 'test_title') ?? `${label(testingType)} test`,
    goal: optionalString(fields, 'goal'),
    instructions: optionalString(fields, 'instructions'),
    duration,
    report_language: language,
    testing_type: testingType,
    test_environment: environment,
    test_template: template,
    features,
    created_at: now,
    starts_at: now,
    ends_at: now,
    cancelled: false,
    planned: [],
  };
}

/** Hours as the doc sends them ("24"), or a number; whole hours from 1 to 14 days. */
function readDuration(raw: unknown, fallback: number): number {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const hours = typeof raw === 'string' ? Number(raw.trim()) : raw;
  if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > 336) {
    throw invalid('Duration must be a whole number of hours between 1 and 336');
  }
  return hours;
}

/** `test_environment_id` (reuse) or `test_environment` ({id} or inline fields). */
function readEnvironment(
  workspace: TestioWorkspace,
  productId: number,
  fields: Record<string, unknown>,
): EnvironmentSnapshot {
  const inline = fields.test_environment;
  const referenced = fields.test_environment_id ?? (isObject(inline) ? inline.id : undefined);
  if (referenced !== undefined && referenced !== null) {
    const environment = workspace.environments.find(
      (e) => e.id === Number(referenced) && e.product_id === productId,
    );
    if (!environment)
      throw invalid(`Test environment ${String(referenced)} does not belong to this product`);
    const { product_id: _product, ...snapshot } = environment;
    return snapshot;
  }
  if (!isObject(inline)) throw missing('test_environment');
  return { id: null, ...readEnvironmentFields(workspace, inline) };
}

function readTemplate(workspace: TestioWorkspace, productId: number, raw: unknown) {
  const id = isObject(raw) ? Number(raw.id) : NaN;
  const template = workspace.templates.find((t) => t.id === id && t.product_id === productId);
  if (!template) throw invalid('Test template does not exist for this product');
  return { id: template.id, title: template.title };
}

function readFeatures(workspace: TestioWorkspace, productId: number, raw: unknown) {
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every(isObject)) {
    throw invalid('Features must be a list of features ({"id": …} or a new feature)');
  }
  return raw.map((item) => {
    if (item.id === undefined) {
      const created = createFeature(workspace, productId, item);
      return { id: created.id, title: created.title };
    }
    const feature = workspace.features.find(
      (f) => f.id === Number(item.id) && f.product_id === productId,
    );
    if (!feature) throw invalid(`Feature ${String(item.id)} does not exist for this product`);
    return { id: feature.id, title: feature.title };
  });
}

export function renderTest(workspace: TestioWorkspace, test: TestRecord) {
  return {
    id: test.id,
    test_title: test.test_title,
    goal: test.goal,
    instructions: test.instructions,
    duration: String(test.duration),
    report_language: test.report_language,
    testing_type: test.testing_type,
    status: testStatus(test, workspace.now()),
    start_at: new Date(test.starts_at).toISOString(),
    end_at: new Date(test.ends_at).toISOString(),
    product: { id: test.product_id },
    test_environment: test.test_environment,
    test_template: test.test_template,
    features: test.features,
    bugs_count: workspace.bugs.filter((bug) => bug.test_id === test.id).length,
  };
}

function label(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}
