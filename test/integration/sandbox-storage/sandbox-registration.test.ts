import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';

/** startSandbox wires Test IO and Product Science to the storage it exposes for tests. */
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ presignTtlMs: { s3: 60_000, gcs: 120_000 } });
});
afterAll(() => sandbox.close());

describe('startSandbox', () => {
  it('registers Test IO on /customer/v2 with its presigned uploads on the sandbox S3', async () => {
    const testio = sandbox.services.testio;
    expect(testio?.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/customer\/v2$/);
    const response = await fetch(`${testio?.baseUrl}/binary_apps/upload_url`, {
      headers: { authorization: `Token ${testio?.secret}` },
    });
    const body = (await response.json()) as { url: string; fields: { policy: string } };
    expect(body.url).toBe(sandbox.storage.s3.url);
    const policy = JSON.parse(Buffer.from(body.fields.policy, 'base64').toString('utf8')) as {
      expiration: string;
    };
    const ttl = Date.parse(policy.expiration) - Date.now();
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('registers Product Science with signed URLs on the sandbox GCS', async () => {
    const ps = sandbox.services.productscience;
    const post = (path: string, body?: unknown) =>
      fetch(`${ps?.baseUrl}/api/v1/projects/demo-android/${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ps?.secret}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }).then((r) => r.json() as Promise<Record<string, unknown>>);
    const context = await post('build-uploads');
    const submitted = (await post('builds', {
      contextId: context.id,
      buildType: 'APK',
      buildFileName: 'app.apk',
    })) as { uploadSpec: { url: string } };
    const url = new URL(submitted.uploadSpec.url);
    expect(url.origin).toBe(sandbox.storage.gcs.url);
    expect(url.searchParams.get('X-Goog-Expires')).toBe('120');
  });

  it('lets tests inject faults on the storage servers', async () => {
    sandbox.storage.s3.faults.failNext(1, { status: 500 });
    expect((await fetch(`${sandbox.storage.s3.url}/anything`)).status).toBe(500);
    expect((await fetch(`${sandbox.storage.s3.url}/anything`)).status).toBe(404);
  });
});
