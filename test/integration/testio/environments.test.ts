import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEnvironment,
  listEnvironments,
} from '../../../main/core/providers/testio/environments';
import {
  createFeature,
  listFeatures,
  listTemplates,
} from '../../../main/core/providers/testio/features';
import { createProduct } from '../../../main/core/providers/testio/products';
import { fixture } from '../../fixtures/index';
import { failure, startTestioHarness, type TestioHarness } from './testio-harness';

let t: TestioHarness;
let productId: number;
beforeAll(async () => {
  t = await startTestioHarness();
  productId = (await createProduct(t.credentials, { title: 'Env Co', productType: 'website' })).id;
});
afterAll(() => t.close());

/** Uploads a real APK the documented way (multipart POST /binary_apps) and returns its id. */
async function uploadBinaryApp(): Promise<number> {
  const bytes = await readFile(fixture('android-plain.apk'));
  const form = new FormData();
  form.append('file', new Blob([bytes]), 'android-plain.apk');
  const response = await fetch(`${t.credentials.baseUrl}/binary_apps`, {
    method: 'POST',
    headers: { authorization: `Token ${t.credentials.secret}` },
    body: form,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { binary_app: { id: number } }).binary_app.id;
}

describe('Test IO test environments', () => {
  it('creates a web environment with credentials, notes and orders allowed', async () => {
    const environment = await createEnvironment(t.credentials, productId, {
      title: 'Staging',
      access: { kind: 'url', url: 'https://staging.env.example' },
      username: 'qa',
      password: 'secret-pass',
      accessNotes: 'VPN required',
      allowOrders: true,
    });
    expect(environment).toEqual({
      id: environment.id,
      title: 'Staging',
      url: 'https://staging.env.example',
      username: 'qa',
      hasPassword: true,
      accessNotes: 'VPN required',
      allowOrders: true,
    });
    const body = t.emulator.requests.findLast((r) => r.path.endsWith('/test_environments'));
    expect(body?.method).toBe('POST');
    const listed = await listEnvironments(t.credentials, productId);
    expect(listed.map((e) => e.id)).toEqual([environment.id]);
  });

  it('creates an environment from an uploaded binary app', async () => {
    const binaryAppId = await uploadBinaryApp();
    const environment = await createEnvironment(t.credentials, productId, {
      title: 'Android build',
      access: { kind: 'binaryApp', binaryAppId },
      allowOrders: false,
    });
    expect(environment).toMatchObject({ binaryAppId, hasPassword: false, allowOrders: false });
    expect(environment.url).toBeUndefined();
  });

  it('refuses a binary app that was never uploaded (422)', async () => {
    const error = await failure(
      createEnvironment(t.credentials, productId, {
        title: 'Ghost build',
        access: { kind: 'binaryApp', binaryAppId: 424242 },
        allowOrders: false,
      }),
    );
    expect(error.code).toBe('rejected');
    expect(error.message).toBe(
      'Test IO refused to create the environment “Ghost build”: binary app 424242 does not exist or is not finalized.',
    );
  });

  it('says which product it could not find (404)', async () => {
    const error = await failure(listEnvironments(t.credentials, 999_999));
    expect(error).toMatchObject({ code: 'not_found' });
    expect(error.message).toBe('Test IO could not find product 999999.');
    expect(error.hint).toMatch(/deleted/);
  });
});

describe('Test IO features and templates', () => {
  it('creates a feature with its user stories and lists it for the product', async () => {
    const feature = await createFeature(t.credentials, {
      productId,
      title: 'Checkout Process',
      description: 'Test the complete checkout flow',
      howToFind: 'Navigate to cart and proceed to checkout',
      userStories: [
        'As a customer, I want to complete a purchase',
        'As a customer, I want to see order confirmation',
      ],
    });
    expect(feature.userStories).toHaveLength(2);
    expect(feature.howToFind).toBe('Navigate to cart and proceed to checkout');
    const features = await listFeatures(t.credentials, productId);
    expect(features).toContainEqual(feature);
  });

  it('explains a feature without a title (400)', async () => {
    const error = await failure(
      createFeature(t.credentials, { productId, title: '', userStories: ['x'] }),
    );
    expect(error.message).toBe('Test IO could not create the feature “”: title is missing.');
  });

  it('lists a product’s templates with their durations', async () => {
    const templates = await listTemplates(t.credentials, productId);
    expect(templates.map((x) => x.title)).toEqual([
      'Smoke test',
      'Full regression',
      'New feature exploration',
    ]);
    expect(templates[0]).toMatchObject({
      defaultDurationHours: 2,
      minDurationHours: 1,
      maxDurationHours: 4,
    });
    const sent = t.emulator.requests.findLast((r) => r.path.endsWith('/test_templates'));
    expect(sent?.query).toBe(`?product_id=${productId}`);
  });

  it('says which product has no templates to list (404)', async () => {
    const error = await failure(listTemplates(t.credentials, 31337));
    expect(error.message).toBe('Test IO could not find product 31337.');
  });
});
