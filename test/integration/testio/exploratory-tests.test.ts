import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBugs } from '../../../main/core/providers/testio/bugs';
import { createEnvironment } from '../../../main/core/providers/testio/environments';
import { createFeature, listTemplates } from '../../../main/core/providers/testio/features';
import { createProduct } from '../../../main/core/providers/testio/products';
import { createTest, getTest, listTests } from '../../../main/core/providers/testio/tests';
import type { TestioEnvironment, TestioTemplate } from '../../../shared/domain/testio';
import { failure, startTestioHarness, type TestioHarness } from './testio-harness';

let t: TestioHarness;
let productId: number;
let environment: TestioEnvironment;
let smoke: TestioTemplate;

beforeAll(async () => {
  t = await startTestioHarness();
  productId = (await createProduct(t.credentials, { title: 'Tests Co', productType: 'website' }))
    .id;
  environment = await createEnvironment(t.credentials, productId, {
    title: 'Staging',
    access: { kind: 'url', url: 'https://staging.tests.example' },
    allowOrders: false,
  });
  smoke = (await listTemplates(t.credentials, productId))[0]!;
});
afterAll(() => t.close());

const rapid = () => ({
  productId,
  title: 'Rapid check',
  testingType: 'rapid' as const,
  durationHours: 2,
  reportLanguage: 'en' as const,
  goal: 'Find blockers',
  instructions: 'Use the staging account',
  environment: { kind: 'existing' as const, environmentId: environment.id },
  scope: { kind: 'template' as const, templateId: smoke.id },
});

describe('Test IO exploratory tests', () => {
  it('creates a rapid test on a reused environment and a template, sent as documented', async () => {
    const test = await createTest(t.credentials, rapid());
    expect(test).toMatchObject({
      productId,
      title: 'Rapid check',
      status: 'pending',
      testingType: 'rapid',
      durationHours: 2,
      reportLanguage: 'en',
      goal: 'Find blockers',
      environmentTitle: 'Staging',
      templateTitle: 'Smoke test',
      featureTitles: [],
      bugCount: 0,
    });
  });

  it('creates a test from features with an environment defined inline', async () => {
    const feature = await createFeature(t.credentials, {
      productId,
      title: 'Login',
      userStories: ['As a member, I want to sign in'],
    });
    const test = await createTest(t.credentials, {
      ...rapid(),
      title: 'Login usability',
      testingType: 'usability',
      durationHours: 24,
      reportLanguage: 'de',
      environment: {
        kind: 'inline',
        environment: {
          title: 'Preview',
          access: { kind: 'url', url: 'https://preview.tests.example' },
          allowOrders: false,
        },
      },
      scope: { kind: 'features', featureIds: [feature.id] },
    });
    expect(test).toMatchObject({
      testingType: 'usability',
      reportLanguage: 'de',
      environmentTitle: 'Preview',
      featureTitles: ['Login'],
    });
    expect(test.templateTitle).toBeUndefined();
  });

  it('moves from pending to running to completed while testers report bugs', async () => {
    const test = await createTest(t.credentials, rapid());
    expect((await getTest(t.credentials, test.id)).status).toBe('pending');
    t.clock.advance(1_000 + 5_000); // started, a quarter of the way through two test-hours
    const running = await getTest(t.credentials, test.id);
    expect(running.status).toBe('running');
    t.clock.advance(20_000); // two test-hours at 10 s each: done
    const done = await getTest(t.credentials, test.id);
    expect(done.status).toBe('completed');
    expect(done.bugCount).toBe(4);
    expect(done.bugCount).toBeGreaterThan(running.bugCount ?? 0);
    const bugs = await listBugs(t.credentials, { testId: test.id, page: 1, perPage: 25 });
    expect(bugs.total).toBe(4);
    expect(new Set(bugs.bugs.map((b) => b.severity)).size).toBeGreaterThan(1);
  });

  it('pages through a product’s tests, newest first', async () => {
    const first = await listTests(t.credentials, productId, 1, 2);
    expect(first.tests).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    expect(first.tests[0]!.id).toBeGreaterThan(first.tests[1]!.id);
    const second = await listTests(t.credentials, productId, 2, 2);
    expect(second.tests).toHaveLength(1);
    expect(second.hasMore).toBe(false);
    const sent = t.emulator.requests.findLast((r) => r.path.endsWith('/exploratory_tests'));
    expect(sent?.query).toBe('?page=2&per_page=2');
  });

  it('refuses an environment of another product (422)', async () => {
    const error = await failure(
      createTest(t.credentials, {
        ...rapid(),
        environment: { kind: 'existing', environmentId: 200 }, // the seeded shop's staging
      }),
    );
    expect(error.code).toBe('rejected');
    expect(error.message).toBe(
      'Test IO refused to create the test “Rapid check”: test environment 200 does not belong to this product.',
    );
  });

  it('refuses a page number below 1 (400)', async () => {
    const error = await failure(listTests(t.credentials, productId, 0, 25));
    expect(error.message).toBe('Test IO could not list the tests: page must be 1 or greater.');
  });

  it('says which test it could not find (404)', async () => {
    const error = await failure(getTest(t.credentials, 777));
    expect(error).toMatchObject({ code: 'not_found', message: 'Test IO could not find test 777.' });
  });
});
