import { catchUp, schedule } from './progress';
import {
  DEMO_PACE,
  TestioWorkspace,
  type EnvironmentRecord,
  type TemplateRecord,
  type TestioPace,
  type TestRecord,
} from './workspace';

/**
 * Demo data: two products with environments, features and templates; one finished test
 * whose bugs are partly triaged, and one running test whose testers are still reporting.
 */
export function seedWorkspace(pace: TestioPace = DEMO_PACE, now = Date.now()): TestioWorkspace {
  const workspace = new TestioWorkspace(pace);
  const shop = addProduct(workspace, {
    title: 'Northwind Shop',
    description: 'Online store for outdoor gear',
    product_type: 'website',
    industry: 'retail',
  });
  const android = addProduct(workspace, {
    title: 'Northwind for Android',
    description: 'The shop’s companion app',
    product_type: 'mobile_app_android',
    industry: 'retail',
  });

  const staging = addEnvironment(workspace, shop, {
    title: 'Staging',
    url: 'https://staging.northwind.example',
    username: 'tester',
    password: 'staging-pass',
    access: 'Use the seeded account tester@northwind.example',
  });
  addEnvironment(workspace, android, {
    title: 'Play internal track',
    url: 'https://play.google.com/apps/internaltest/northwind',
  });

  const checkout = workspace.nextId('feature');
  workspace.features.push(
    {
      id: checkout,
      product_id: shop,
      title: 'Checkout',
      description: 'From the cart to the order confirmation',
      howtofind: 'Add an item, then open the cart',
      user_stories: [
        'As a customer, I want to pay by card',
        'As a customer, I want to see my order confirmation',
      ],
    },
    {
      id: workspace.nextId('feature'),
      product_id: shop,
      title: 'Search',
      description: 'Finding products by name and filter',
      howtofind: 'Search field at the top of every page',
      user_stories: ['As a customer, I want to filter results by size'],
    },
  );

  const finished = addTest(workspace, shop, staging, now, {
    test_title: 'Spring release regression',
    testing_type: 'coverage',
    duration: 28,
    startedAgoMs: 3 * 24 * 3_600_000,
    runsForMs: 28 * 3_600_000,
  });
  addTest(workspace, shop, staging, now, {
    test_title: 'Checkout smoke test',
    testing_type: 'rapid',
    duration: 2,
    startedAgoMs: 60_000,
    runsForMs: 10 * 60_000,
  });
  catchUp(workspace);

  // Triage already done on the finished test, so every review state shows up.
  const reviewed = workspace.bugs.filter((bug) => bug.test_id === finished.id);
  if (reviewed[0]) reviewed[0].status = 'accepted';
  if (reviewed[1])
    Object.assign(reviewed[1], {
      status: 'fixed',
      exported_at: new Date(now - 86_400_000).toISOString(),
    });
  if (reviewed[2]) {
    Object.assign(reviewed[2], {
      status: 'rejected',
      reject_reason: 'works_as_designed',
      reject_comment: 'The banner is meant to stay visible.',
    });
  }
  if (reviewed[3]) reviewed[3].known = true;
  return workspace;
}

export const STANDARD_TEMPLATES: Omit<TemplateRecord, 'id' | 'product_id'>[] = [
  {
    title: 'Smoke test',
    test_scenario_template: 'smoke',
    min_test_duration: 1,
    max_test_duration: 4,
    default_test_duration: 2,
  },
  {
    title: 'Full regression',
    test_scenario_template: 'regression',
    min_test_duration: 12,
    max_test_duration: 72,
    default_test_duration: 28,
  },
  {
    title: 'New feature exploration',
    test_scenario_template: 'exploration',
    min_test_duration: 2,
    max_test_duration: 48,
    default_test_duration: 24,
  },
];

/** Adds a product with the account's standard templates, as Test IO offers them to every product. */
export function addProduct(
  workspace: TestioWorkspace,
  fields: {
    title: string;
    description: string | null;
    product_type: string;
    industry: string | null;
  },
): number {
  const id = workspace.nextId('product');
  workspace.products.push({ id, ...fields });
  for (const template of STANDARD_TEMPLATES) {
    workspace.templates.push({ id: workspace.nextId('template'), product_id: id, ...template });
  }
  return id;
}

function addEnvironment(
  workspace: TestioWorkspace,
  productId: number,
  fields: Partial<EnvironmentRecord> & { title: string },
): EnvironmentRecord {
  const environment: EnvironmentRecord = {
    id: workspace.nextId('environment'),
    product_id: productId,
    url: null,
    binary_app_id: null,
    username: null,
    password: null,
    access: null,
    allow_orders: false,
    ...fields,
  };
  workspace.environments.push(environment);
  return environment;
}

function addTest(
  workspace: TestioWorkspace,
  productId: number,
  environment: EnvironmentRecord,
  now: number,
  fields: {
    test_title: string;
    testing_type: string;
    duration: number;
    startedAgoMs: number;
    runsForMs: number;
  },
): TestRecord {
  const template = workspace.templates.find((t) => t.product_id === productId)!;
  const { product_id: _product, ...snapshot } = environment;
  const test: TestRecord = {
    id: workspace.nextId('test'),
    product_id: productId,
    test_title: fields.test_title,
    goal: 'Find what stops customers from ordering',
    instructions: 'Focus on the checkout flow on phones.',
    duration: fields.duration,
    report_language: 'en',
    testing_type: fields.testing_type,
    test_environment: snapshot,
    test_template: { id: template.id, title: template.title },
    features: [],
    created_at: now - fields.startedAgoMs,
    starts_at: 0,
    ends_at: 0,
    cancelled: false,
    planned: [],
  };
  schedule(workspace, test);
  // Seeded tests run on their own clock, not the pace: one is long done, one is mid-run.
  test.starts_at = now - fields.startedAgoMs;
  test.ends_at = test.starts_at + fields.runsForMs;
  workspace.tests.push(test);
  return test;
}
