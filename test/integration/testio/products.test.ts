import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProduct,
  listProducts,
  verifyTestio,
} from '../../../main/core/providers/testio/products';
import { failure, startTestioHarness, type TestioHarness } from './testio-harness';

let t: TestioHarness;
beforeAll(async () => {
  t = await startTestioHarness();
});
afterAll(() => t.close());

describe('Test IO products', () => {
  it('lists the seeded products with their type and industry', async () => {
    const products = await listProducts(t.credentials);
    expect(products).toContainEqual({
      id: 100,
      title: 'Northwind Shop',
      description: 'Online store for outdoor gear',
      productType: 'website',
      industry: 'retail',
    });
    expect(products.find((p) => p.id === 101)?.productType).toBe('mobile_app_android');
  });

  it('creates a product that then appears in the list', async () => {
    const created = await createProduct(t.credentials, {
      title: 'Trailhead Booking',
      description: 'Hut reservations',
      productType: 'mobile_app_ios',
      industry: 'travel',
    });
    expect(created).toMatchObject({
      title: 'Trailhead Booking',
      productType: 'mobile_app_ios',
      industry: 'travel',
    });
    const products = await listProducts(t.credentials);
    expect(products.map((p) => p.id)).toContain(created.id);
    const sent = t.emulator.requests.findLast(
      (r) => r.method === 'POST' && r.path.endsWith('/products'),
    );
    expect(sent?.headers.authorization).toBe(`Token ${t.credentials.secret}`);
  });

  it('explains a missing title (400) with the field Test IO names', async () => {
    const error = await failure(
      createProduct(t.credentials, { title: '', productType: 'website' }),
    );
    expect(error).toMatchObject({ code: 'rejected', service: 'testio' });
    expect(error.message).toBe('Test IO could not create the product “”: title is missing.');
  });

  it('explains a validation failure (422): a title already taken', async () => {
    const error = await failure(
      createProduct(t.credentials, { title: 'Northwind Shop', productType: 'website' }),
    );
    expect(error.code).toBe('rejected');
    expect(error.message).toBe(
      'Test IO refused to create the product “Northwind Shop”: title has already been taken.',
    );
  });

  it('says the token was refused (401) and where to fix it', async () => {
    const error = await failure(listProducts({ ...t.credentials, secret: 'wrong-token' }));
    expect(error).toMatchObject({ code: 'unauthorized', retryable: false });
    expect(error.message).toBe('Test IO did not accept the API token.');
    expect(error.hint).toContain('Settings → Test IO');
    expect(JSON.stringify(error)).not.toContain('wrong-token');
  });

  it('checks a connection by counting products at the host', async () => {
    const detail = await verifyTestio(t.credentials);
    expect(detail).toMatch(/^\d+ products at 127\.0\.0\.1:\d+$/);
  });
});
