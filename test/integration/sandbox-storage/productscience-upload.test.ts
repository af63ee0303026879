import { openAsBlob } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startProductScienceEmulator,
  type ProductScienceEmulator,
} from '../../../main/sandbox/productscience/emulator';
import { startGcsStorage, type GcsStorage } from '../../../main/sandbox/storage/gcs-put';
import { rawRequest, testFiles, xmlCode, type TestFile, type TestFiles } from './helpers';

/** Product Science's three steps, as api-docs/productscience-build-upload.txt lays them out. */
let gcs: GcsStorage;
let ps: ProductScienceEmulator;
let files: TestFiles;
let build: TestFile;
let small: TestFile;

beforeAll(async () => {
  gcs = await startGcsStorage();
  ps = await startProductScienceEmulator({ storage: gcs });
  files = await testFiles();
  build = await files.make('app-play-release.apk', 5 * 1024 * 1024);
  small = await files.make('small.apk', 4096);
});
afterAll(async () => {
  await ps.close();
  await gcs.close();
  await files.cleanUp();
});
afterEach(() => {
  gcs.clock.reset();
  gcs.faults.reset();
});

interface UploadSpec {
  method: string;
  url: string;
  headers: Record<string, string>;
}
interface Submitted {
  uploadSpec: UploadSpec;
  build: { id: number; contextId: number; uploadState: string } & Record<string, unknown>;
}

async function api(path: string, body?: unknown, token = `Bearer ${ps.demoToken}`) {
  const response = await fetch(`${ps.url}/api/v1/projects/${path}`, {
    method: 'POST',
    headers: { authorization: token, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Steps 1 and 2: a context, then the build metadata → uploadSpec. */
async function submit(
  fields: Record<string, unknown> = {},
  project = 'demo-android',
): Promise<Submitted> {
  const context = await api(`${project}/build-uploads`);
  expect(context.status).toBe(200);
  const submitted = await api(`${project}/builds`, {
    contextId: String(context.body.id),
    buildType: 'APK',
    buildFileName: 'app-play-release.apk',
    ...fields,
  });
  expect(submitted.status).toBe(200);
  return submitted.body as unknown as Submitted;
}

/** Step 3: `{method} {url}` with the spec's headers, the bytes and a Content-Length. */
async function put(spec: UploadSpec, file: TestFile, headers: Record<string, string> = {}) {
  const response = await fetch(spec.url, {
    method: spec.method,
    headers: { ...spec.headers, ...headers },
    body: await openAsBlob(file.path),
  });
  return { status: response.status, text: await response.text() };
}

describe('Product Science API', () => {
  it('answers 401 without a bearer token or with a wrong one', async () => {
    for (const token of ['', 'Bearer nope', `Token ${ps.demoToken}`]) {
      const response = await api('demo-android/build-uploads', undefined, token);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ status: 401, error: 'Unauthorized' });
    }
  });

  it('answers 404 for an unknown project', async () => {
    const response = await api('no-such-project/build-uploads');
    expect(response.status).toBe(404);
    expect(response.body.message).toContain('no-such-project');
  });

  it('gives a context id and creation date, then an uploadSpec and an UPLOADING build', async () => {
    const context = await api('demo-android/build-uploads');
    expect(context.body).toEqual({ id: expect.any(Number), dateCreated: expect.any(String) });
    expect(Number.isNaN(Date.parse(String(context.body.dateCreated)))).toBe(false);
    const submitted = await api('demo-android/builds', {
      contextId: context.body.id,
      buildType: 'INSTRUMENTED_APK',
      buildFileName: 'app-play-release.apk',
      name: 'v5.2.8',
      sourceControlIsoTimestamp: '2024-03-07T15:55:43+01:00',
    });
    expect(submitted.status).toBe(200);
    const { uploadSpec, build: created } = submitted.body as unknown as Submitted;
    expect(uploadSpec).toEqual({
      method: 'PUT',
      url: expect.stringContaining(`${gcs.url}/`),
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Goog-Content-Length-Range': '0,1073741824',
      },
    });
    expect(new URL(uploadSpec.url).searchParams.get('X-Goog-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(created).toMatchObject({
      contextId: context.body.id,
      buildType: 'INSTRUMENTED_APK',
      name: 'v5.2.8',
      description: null,
      uploadState: 'UPLOADING',
    });
  });

  it('validates the build metadata', async () => {
    const { body } = await api('demo-android/build-uploads');
    const attempt = (fields: Record<string, unknown>) =>
      api('demo-android/builds', {
        contextId: body.id,
        buildType: 'APK',
        buildFileName: 'a.apk',
        ...fields,
      });
    const unknownContext = await attempt({ contextId: 999999 });
    expect(unknownContext.status).toBe(400);
    expect(unknownContext.body.message).toContain('999999');
    const otherProject = await api('checkout-android/build-uploads');
    expect((await attempt({ contextId: otherProject.body.id })).status).toBe(400);
    expect((await attempt({ contextId: undefined })).body.message).toContain(
      'contextId is required',
    );
    expect((await attempt({ buildType: 'IPA' })).body.message).toContain(
      'buildType must be one of APK, INSTRUMENTED_APK',
    );
    expect((await attempt({ buildFileName: '' })).body.message).toContain(
      'buildFileName is required',
    );
    expect((await attempt({ sourceControlIsoTimestamp: 'yesterday' })).status).toBe(400);
    expect((await attempt({})).status).toBe(200);
    expect((await attempt({})).status).toBe(409); // one build per upload context
  });
});

describe('GCS signed PUT', () => {
  it('stores a 5 MB build; the build becomes FINISHED', async () => {
    const { uploadSpec, build: created } = await submit();
    const response = await put(uploadSpec, build);
    expect(response.status).toBe(200);
    expect(gcs.received.at(-1)).toMatchObject({ size: build.size, sha256: build.sha256 });
    expect(ps.build(created.id)).toMatchObject({
      uploadState: 'FINISHED',
      file: { size: build.size, sha256: build.sha256 },
    });
  });

  it('refuses a Content-Type other than the signed one, and the build FAILS', async () => {
    const { uploadSpec, build: created } = await submit();
    const response = await put(uploadSpec, small, {
      'Content-Type': 'application/vnd.android.package-archive',
    });
    expect(response.status).toBe(403);
    expect(xmlCode(response.text)).toBe('SignatureDoesNotMatch');
    expect(response.text).toContain('differs from the signed');
    expect(ps.build(created.id)).toMatchObject({ uploadState: 'FAILED', refusal: { status: 403 } });
    expect((await put(uploadSpec, small)).status).toBe(200);
    expect(ps.build(created.id)?.uploadState).toBe('FINISHED');
  });

  it('refuses an expired URL', async () => {
    const { uploadSpec } = await submit();
    gcs.clock.advance(15 * 60 * 1000 + 2000);
    const response = await put(uploadSpec, small);
    expect(response.status).toBe(400);
    expect(xmlCode(response.text)).toBe('ExpiredToken');
  });

  it('refuses a tampered signature or path, another method, and an unsigned request', async () => {
    const { uploadSpec } = await submit();
    const url = new URL(uploadSpec.url);
    url.searchParams.set('X-Goog-Signature', 'f'.repeat(64));
    expect(xmlCode((await put({ ...uploadSpec, url: url.toString() }, small)).text)).toBe(
      'SignatureDoesNotMatch',
    );
    const otherPath = uploadSpec.url.replace('app-play-release.apk', 'other.apk');
    expect((await put({ ...uploadSpec, url: otherPath }, small)).status).toBe(403);
    expect((await put({ ...uploadSpec, method: 'POST' }, small)).status).toBe(403);
    const anonymous = await put({ ...uploadSpec, url: uploadSpec.url.split('?')[0]! }, small);
    expect(anonymous.status).toBe(403);
    expect(xmlCode(anonymous.text)).toBe('AccessDenied');
  });

  it('requires the signed X-Goog-Content-Length-Range header and a length within it', async () => {
    const { uploadSpec } = await submit();
    const withoutRange = await fetch(uploadSpec.url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: await openAsBlob(small.path),
    });
    expect(withoutRange.status).toBe(403);
    expect(await withoutRange.text()).toContain('x-goog-content-length-range is missing');

    const tight = gcs.signPutUrl({
      bucket: 'productscience-sandbox-builds',
      object: 'projects/demo-android/builds/tight/app.apk',
      contentType: 'application/octet-stream',
      contentLengthRange: [0, 1024],
    });
    const tooLarge = await put(tight, small);
    expect(tooLarge.status).toBe(400);
    expect(xmlCode(tooLarge.text)).toBe('EntityTooLarge');
    const declared2GB = await rawRequest(uploadSpec.url, {
      method: 'PUT',
      headers: uploadSpec.headers,
      body: Buffer.alloc(1024),
      declaredLength: 2 * 1024 ** 3,
    });
    expect(xmlCode(declared2GB.text)).toBe('EntityTooLarge');
  });

  it('refuses a chunked body without Content-Length with 411', async () => {
    const { uploadSpec, build: created } = await submit();
    const response = await rawRequest(uploadSpec.url, {
      method: 'PUT',
      headers: uploadSpec.headers,
      body: Buffer.alloc(2048),
    });
    expect(response.status).toBe(411);
    expect(xmlCode(response.text)).toBe('MissingContentLength');
    expect(ps.build(created.id)?.uploadState).toBe('FAILED');
  });

  it('injects faults on the bucket without touching the build', async () => {
    const { uploadSpec, build: created } = await submit();
    gcs.faults.failNext(1, { status: 503, headers: { 'retry-after': '1' } });
    const failed = await put(uploadSpec, small);
    expect(failed.status).toBe(503);
    expect(ps.build(created.id)?.uploadState).toBe('UPLOADING');
    expect((await put(uploadSpec, small)).status).toBe(200);
  });
});
