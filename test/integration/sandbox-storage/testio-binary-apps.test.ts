import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Storage, type S3Storage } from '../../../main/sandbox/storage/s3-post';
import { startTestioEmulator, type TestioEmulator } from '../../../main/sandbox/testio/emulator';
import {
  postForm,
  rawRequest,
  testFiles,
  xmlValue,
  type TestFile,
  type TestFiles,
} from './helpers';

/** Test IO's binary app endpoints, driven as api-docs/testio-binary-apps.txt shows them. */
let s3: S3Storage;
let testio: TestioEmulator;
let files: TestFiles;
let build: TestFile;
let small: TestFile;

beforeAll(async () => {
  s3 = await startS3Storage();
  testio = await startTestioEmulator({ storage: s3 });
  files = await testFiles();
  build = await files.make('MyApp-v1.2.3.apk', 5 * 1024 * 1024);
  small = await files.make('MyApp.apk', 200 * 1024);
});
afterAll(async () => {
  await testio.close();
  await s3.close();
  await files.cleanUp();
});

const auth = () => ({ authorization: `Token ${testio.demoToken}` });

async function call(
  method: string,
  path: string,
  init: { body?: BodyInit; json?: unknown; token?: string } = {},
) {
  const headers: Record<string, string> =
    init.token === undefined ? auth() : { authorization: init.token };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${testio.baseUrl}${path}`, {
    method,
    headers,
    ...(init.json !== undefined
      ? { body: JSON.stringify(init.json) }
      : init.body
        ? { body: init.body }
        : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

interface UploadUrl {
  binary_app_id: number;
  url: string;
  fields: Record<string, string>;
}

/** GET upload_url, then the S3 POST with `${filename}` replaced and the file last. */
async function uploadViaS3(file: TestFile): Promise<UploadUrl> {
  const issued = (await call('GET', '/binary_apps/upload_url')).body as unknown as UploadUrl;
  const fields = { ...issued.fields, key: issued.fields.key!.replace('${filename}', file.name) };
  const response = await fetch(issued.url, { method: 'POST', body: await postForm(fields, file) });
  expect(response.status).toBe(201);
  return issued;
}

describe('Test IO auth', () => {
  it('answers 401 without a token, with a wrong one, and with another scheme', async () => {
    for (const token of ['', 'Token nope', `Bearer ${testio.demoToken}`]) {
      const response = await call('GET', '/binary_apps/upload_url', { token });
      expect(response.status).toBe(401);
      expect(response.body.error).toEqual(expect.any(String));
    }
    expect(
      (await call('GET', '/binary_apps/upload_url', { token: `Token token="${testio.demoToken}"` }))
        .status,
    ).toBe(200);
  });
});

describe('POST /binary_apps (direct upload)', () => {
  it('stores the file and answers 201 with id, filename, file_size and a working url', async () => {
    const response = await call('POST', '/binary_apps', { body: await postForm({}, small) });
    expect(response.status).toBe(201);
    const app = response.body.binary_app as {
      id: number;
      filename: string;
      file_size: number;
      url: string;
    };
    expect(app).toMatchObject({ filename: 'MyApp.apk', file_size: small.size });
    expect(testio.received.at(-1)?.sha256).toBe(small.sha256);
    const download = await fetch(app.url);
    expect(Buffer.from(await download.arrayBuffer()).equals(await readFile(small.path))).toBe(true);
  });

  it('refuses an unsupported extension with 422 and a missing file with 400', async () => {
    const exe = await call('POST', '/binary_apps', {
      body: await postForm({}, small, { fileName: 'MyApp.exe' }),
    });
    expect(exe.status).toBe(422);
    expect(exe.body.error).toContain('.ipa, .apk, .xap, .appx, .zip, .wgt');
    const none = await call('POST', '/binary_apps', {
      body: await postForm({ note: 'x' }, undefined),
    });
    expect(none).toEqual({ status: 400, body: { error: 'file is missing' } });
  });

  it('stops reading a file over the limit as it streams', async () => {
    // 200 KB against a 64 KB limit: small enough to pass the Content-Length pre-check.
    const strict = await startTestioEmulator({ storage: s3, maxBinaryAppBytes: 64 * 1024 });
    try {
      const response = await fetch(`${strict.baseUrl}/binary_apps`, {
        method: 'POST',
        headers: { authorization: `Token ${strict.demoToken}` }, // each emulator has its own
        body: await postForm({}, small),
      });
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({
        error: 'Validation failed: File size exceeds the maximum allowed size of 64KB',
      });
      expect(strict.received).toHaveLength(0);
      await expect.poll(() => readdir(strict.filesDir)).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('refuses a declared 2 GB body before reading it', async () => {
    const response = await rawRequest(`${testio.baseUrl}/binary_apps`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'multipart/form-data; boundary=x' },
      body: Buffer.from('--x\r\n'),
      declaredLength: 2 * 1024 ** 3,
    });
    expect(response.status).toBe(422);
    expect(JSON.parse(response.text)).toEqual({
      error: 'Validation failed: File size exceeds the maximum allowed size of 1GB',
    });
  });
});

describe('GET /binary_apps/upload_url → S3 → PUT /binary_apps/{id}', () => {
  it('issues a presigned POST as documented', async () => {
    const { body } = await call('GET', '/binary_apps/upload_url');
    const issued = body as unknown as UploadUrl;
    const id = issued.binary_app_id;
    expect(issued.url).toBe(s3.url);
    expect(issued.fields).toMatchObject({
      key: `uploads/binary_app/package/${id}/\${filename}`,
      success_action_status: '201',
      'x-amz-algorithm': 'AWS4-HMAC-SHA256',
    });
    expect(issued.fields['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    const policy = JSON.parse(Buffer.from(issued.fields.policy!, 'base64').toString('utf8')) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(Date.parse(policy.expiration)).toBeGreaterThan(Date.now());
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        { bucket: s3.bucket },
        ['starts-with', '$key', `uploads/binary_app/package/${id}/`],
        { success_action_status: '201' },
        ['content-length-range', 1, 1073741824],
      ]),
    );
  });

  it('finalizes a 5 MB upload whose object matches', async () => {
    const issued = await uploadViaS3(build);
    const object = s3.objects.get(
      `uploads/binary_app/package/${issued.binary_app_id}/${build.name}`,
    );
    expect(object?.sha256).toBe(build.sha256);
    const response = await call('PUT', `/binary_apps/${issued.binary_app_id}`, {
      json: {
        filename: build.name,
        file_size: build.size,
        content_type: 'application/vnd.android.package-archive',
        bundle_identifier: 'com.example.myapp',
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.binary_app).toMatchObject({
      id: issued.binary_app_id,
      filename: build.name,
      file_size: build.size,
      content_type: 'application/vnd.android.package-archive',
      bundle_identifier: 'com.example.myapp',
      bundle_version: null,
      status: 'new',
    });
    const url = (response.body.binary_app as { url: string }).url;
    expect((await fetch(url, { method: 'HEAD' })).headers.get('content-length')).toBe(
      String(build.size),
    );
  });

  it('answers 404 for an unknown id and 400 naming every missing parameter', async () => {
    expect(await call('PUT', '/binary_apps/999999', { json: {} })).toEqual({
      status: 404,
      body: { error: "Couldn't find BinaryApp with 'id'=999999" },
    });
    const { body } = await call('GET', '/binary_apps/upload_url');
    expect(await call('PUT', `/binary_apps/${String(body.binary_app_id)}`, { json: {} })).toEqual({
      status: 400,
      body: { error: 'filename is missing, file_size is missing, content_type is missing' },
    });
  });

  it('answers 422 when the file is not in S3, its size differs, it exceeds 1 GB or has a bad extension', async () => {
    const issued = await uploadViaS3(small);
    const finalize = (json: Record<string, unknown>) =>
      call('PUT', `/binary_apps/${issued.binary_app_id}`, {
        json: {
          filename: small.name,
          file_size: small.size,
          content_type: 'application/octet-stream',
          ...json,
        },
      });
    const key = `uploads/binary_app/package/${issued.binary_app_id}/Other.apk`;
    expect(await finalize({ filename: 'Other.apk' })).toEqual({
      status: 422,
      body: { error: `File not found in S3: ${key}` },
    });
    const mismatch = await finalize({ file_size: small.size + 1 });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error).toContain(`${small.size} bytes in S3`);
    expect(await finalize({ file_size: 1073741825 })).toEqual({
      status: 422,
      body: { error: 'Validation failed: File size exceeds the maximum allowed size of 1GB' },
    });
    expect((await finalize({ filename: 'MyApp.txt' })).status).toBe(422);
    expect((await finalize({})).status).toBe(200);
  });

  it('does not accept the key with ${filename} left in it', async () => {
    const issued = (await call('GET', '/binary_apps/upload_url')).body as unknown as UploadUrl;
    const response = await fetch(issued.url, {
      method: 'POST',
      body: await postForm(issued.fields, small),
    });
    expect(response.status).toBe(400);
    expect(xmlValue(await response.text(), 'ArgumentName')).toBe('key');
  });
});
