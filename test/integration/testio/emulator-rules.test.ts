import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestioHarness, type TestioHarness } from './testio-harness';

/** The emulator's own rules over raw HTTP, including what our client cannot send. */
let t: TestioHarness;
beforeAll(async () => {
  t = await startTestioHarness();
});
afterAll(() => t.close());

async function call(method: string, path: string, body?: unknown, token = t.credentials.secret) {
  const response = await fetch(`${t.credentials.baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: token.startsWith('Token') ? token : `Token ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const inlineEnvironment = { title: 'Web', url: 'https://web.example' };

describe('Test IO emulator rules', () => {
  it('insists on exactly one of test_template and features', async () => {
    const both = await call('POST', '/products/100/exploratory_tests', {
      exploratory_test: {
        test_environment: inlineEnvironment,
        test_template: { id: 400 },
        features: [{ id: 300 }],
      },
    });
    expect(both).toEqual({
      status: 422,
      body: { error: 'Validation failed: Provide either test_template or features, not both' },
    });
    const neither = await call('POST', '/products/100/exploratory_tests', {
      exploratory_test: { test_environment: inlineEnvironment },
    });
    expect(neither.status).toBe(422);
  });

  it('defaults the duration by testing type and reuses an environment by id', async () => {
    const created = await call('POST', '/products/100/exploratory_tests', {
      exploratory_test: {
        testing_type: 'usability',
        test_environment_id: 200,
        test_template: { id: 400 },
      },
    });
    expect(created.status).toBe(201);
    const test = created.body.exploratory_test as Record<string, unknown>;
    expect(test).toMatchObject({
      duration: '24',
      status: 'pending',
      test_environment: { id: 200, title: 'Staging' },
    });
    const coverage = await call('POST', '/products/100/exploratory_tests', {
      exploratory_test: { test_environment: { id: 200 }, test_template: { id: 400 } },
    });
    expect(coverage.body.exploratory_test).toMatchObject({
      testing_type: 'coverage',
      duration: '28',
    });
  });

  it('refuses an environment with two access methods, or none', async () => {
    const mixed = await call('POST', '/products/100/test_environments', {
      test_environment: { title: 'Mixed', url: 'https://a.example', binary_app_id: 1001 },
    });
    expect(mixed).toEqual({
      status: 422,
      body: {
        error: 'Validation failed: Provide only one access method, not url and binary_app_id',
      },
    });
    const none = await call('POST', '/products/100/test_environments', {
      test_environment: { title: 'None' },
    });
    expect(none.status).toBe(422);
  });

  it('names what is missing with 400', async () => {
    expect(await call('POST', '/products', {})).toEqual({
      status: 400,
      body: { error: 'product is missing' },
    });
    expect(await call('POST', '/features', { feature: { title: 'x' } })).toEqual({
      status: 400,
      body: { error: 'product_id is missing' },
    });
    expect((await call('GET', '/test_templates')).body).toEqual({ error: 'product_id is missing' });
    expect(await call('PUT', '/bugs/9000/reject', {})).toEqual({
      status: 400,
      body: { error: 'reason is missing, comment is missing' },
    });
  });

  it('checks the token on every route, in either Token form', async () => {
    expect(await call('GET', '/bugs', undefined, 'wrong')).toMatchObject({ status: 401 });
    expect((await call('GET', '/exploratory_tests/5000', undefined, '')).status).toBe(401);
    const quoted = await call(
      'GET',
      '/products',
      undefined,
      `Token token="${t.credentials.secret}"`,
    );
    expect(quoted.status).toBe(200);
  });

  it('bounds paging: per_page above 500 is lowered, 0 is refused', async () => {
    const big = await call('GET', '/bugs?page=1&per_page=1000');
    expect(big.body.meta).toMatchObject({ page: 1, per_page: 500 });
    expect((await call('GET', '/bugs?page=1&per_page=0')).status).toBe(400);
    expect((await call('GET', '/bugs?export_status=lost')).status).toBe(400);
  });

  it('answers accept with the lean bug the reference shows', async () => {
    const bugs = (await call('GET', '/bugs?filter_product_ids=100')).body.bugs as {
      id: number;
      status: string;
    }[];
    const fresh = bugs.find((b) => b.status === 'new')!;
    const accepted = await call('PUT', `/bugs/${fresh.id}/accept`);
    expect(Object.keys(accepted.body.bug as object).sort()).toEqual([
      'id',
      'severity',
      'status',
      'title',
    ]);
  });

  it('keeps the seeded running test reporting as time passes', async () => {
    const before = await call('GET', '/exploratory_tests/5001');
    expect(before.body.exploratory_test).toMatchObject({ status: 'running' });
    t.clock.advance(10 * 60_000);
    const after = await call('GET', '/exploratory_tests/5001');
    const test = after.body.exploratory_test as { status: string; bugs_count: number };
    expect(test.status).toBe('completed');
    expect(test.bugs_count).toBeGreaterThan(
      (before.body.exploratory_test as { bugs_count: number }).bugs_count,
    );
  });
});
