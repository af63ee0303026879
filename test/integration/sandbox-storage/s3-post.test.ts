import { readdir, readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startS3Storage, type S3Storage } from '../../../main/sandbox/storage/s3-post';
import {
  encodeForm,
  postForm,
  rawRequest,
  testFiles,
  xmlCode,
  xmlValue,
  type TestFile,
  type TestFiles,
} from './helpers';

/** The S3-like bucket driven with browser-style presigned POSTs, as S3's docs describe them. */
let s3: S3Storage;
let files: TestFiles;
let build: TestFile;
let small: TestFile;

beforeAll(async () => {
  s3 = await startS3Storage();
  files = await testFiles();
  build = await files.make('MyApp-v1.2.3.apk', 5 * 1024 * 1024);
  small = await files.make('small.apk', 5000);
});
afterAll(async () => {
  await s3.close();
  await files.cleanUp();
});
afterEach(() => {
  s3.faults.reset();
  s3.clock.reset();
});

const prefix = 'uploads/binary_app/package/7/';
let uploads = 0;

/** A fresh presigned form per test, its key filled in with a name no other test uses. */
function presigned(options: Partial<Parameters<S3Storage['presignPost']>[0]> = {}) {
  const post = s3.presignPost({ keyPrefix: prefix, ...options });
  const key = `${prefix}MyApp-${++uploads}.apk`;
  const fields: Record<string, string> & { key: string } = { ...post.fields, key };
  return { url: post.url, fields };
}

async function post(
  fields: Record<string, string>,
  file: TestFile | null = small,
  extra: Parameters<typeof postForm>[2] = {},
) {
  const response = await fetch(s3.url, {
    method: 'POST',
    body: await postForm(fields, file ?? undefined, extra),
  });
  return { status: response.status, text: await response.text() };
}

describe('S3 presigned POST', () => {
  it('stores a 5 MB file and answers 201 with a PostResponse', async () => {
    const { url, fields } = presigned();
    const response = await fetch(url, { method: 'POST', body: await postForm(fields, build) });
    const text = await response.text();
    expect(response.status).toBe(201);
    expect(xmlValue(text, 'Key')).toBe(fields.key);
    expect(xmlValue(text, 'Bucket')).toBe(s3.bucket);
    const object = s3.objects.get(fields.key);
    expect(object).toMatchObject({ size: build.size, sha256: build.sha256 });
    expect(s3.received.at(-1)?.sha256).toBe(build.sha256);
    expect(response.headers.get('etag')).toBe(`"${object?.md5}"`);
    const download = await fetch(xmlValue(text, 'Location') ?? '');
    expect(Buffer.from(await download.arrayBuffer()).equals(await readFile(build.path))).toBe(true);
  });

  it('answers an empty 204 when the policy asks for success_action_status 204', async () => {
    const { fields } = presigned({ successActionStatus: '204' });
    const response = await post(fields);
    expect(response).toEqual({ status: 204, text: '' });
  });

  it('refuses an expired policy', async () => {
    const { fields } = presigned();
    s3.clock.advance(60 * 60 * 1000 + 1000);
    const response = await post(fields);
    expect(response.status).toBe(403);
    expect(xmlCode(response.text)).toBe('AccessDenied');
    expect(xmlValue(response.text, 'Message')).toBe('Invalid according to Policy: Policy expired.');
  });

  it('honours a shorter presign TTL set on the storage', async () => {
    s3.presignTtlMs = 50;
    try {
      const { fields } = presigned();
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(xmlValue((await post(fields)).text, 'Message')).toContain('Policy expired');
    } finally {
      s3.presignTtlMs = 60 * 60 * 1000;
    }
  });

  it('refuses a key outside the policy prefix', async () => {
    const { fields } = presigned();
    const response = await post({ ...fields, key: 'uploads/binary_app/package/8/MyApp.apk' });
    expect(response.status).toBe(403);
    expect(xmlValue(response.text, 'Message')).toBe(
      `Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "${prefix}"]`,
    );
  });

  it('refuses a key that still holds the ${filename} placeholder', async () => {
    const { fields } = presigned();
    const response = await post({ ...fields, key: `${prefix}\${filename}` });
    expect(response.status).toBe(400);
    expect(xmlCode(response.text)).toBe('InvalidArgument');
    expect(xmlValue(response.text, 'ArgumentValue')).toBe(`${prefix}\${filename}`);
  });

  it('refuses fields sent after the file', async () => {
    const { fields } = presigned();
    const { success_action_status: status, ...before } = fields;
    const response = await post(before, small, {
      fieldsAfterFile: { success_action_status: status ?? '' },
    });
    expect(response.status).toBe(403); // the policy's success_action_status condition fails first
    const trailing = await post(fields, small, { fieldsAfterFile: { 'x-ignore-note': 'late' } });
    expect(trailing.status).toBe(400);
    expect(xmlValue(trailing.text, 'Message')).toContain('found after the file: x-ignore-note');
    const keyAfter = await post(
      Object.fromEntries(Object.entries(fields).filter(([name]) => name !== 'key')),
      small,
      { fieldsAfterFile: { key: fields.key } },
    );
    expect(keyAfter.status).toBe(400);
    expect(xmlValue(keyAfter.text, 'Message')).toBe(
      "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.",
    );
    expect(s3.objects.has(fields.key)).toBe(false);
  });

  it('refuses a bad signature and an unknown access key', async () => {
    const { fields } = presigned();
    const badSignature = await post({ ...fields, 'x-amz-signature': '0'.repeat(64) });
    expect(badSignature.status).toBe(403);
    expect(xmlCode(badSignature.text)).toBe('SignatureDoesNotMatch');
    const credential = (fields['x-amz-credential'] ?? '').replace(/^[^/]+/, 'AKIAOTHER');
    const badKey = await post({ ...fields, 'x-amz-credential': credential });
    expect(xmlCode(badKey.text)).toBe('InvalidAccessKeyId');
  });

  it('refuses a tampered policy even with the rest intact', async () => {
    const { fields } = presigned();
    const doc = JSON.parse(Buffer.from(fields.policy ?? '', 'base64').toString('utf8')) as {
      expiration: string;
    };
    doc.expiration = '2099-01-01T00:00:00.000Z';
    const policy = Buffer.from(JSON.stringify(doc)).toString('base64');
    expect(xmlCode((await post({ ...fields, policy })).text)).toBe('SignatureDoesNotMatch');
  });

  it('refuses a file larger than content-length-range, and one too small', async () => {
    const { fields } = presigned({ contentLengthRange: [1, 1024] });
    const large = await post(fields, small);
    expect(large.status).toBe(400);
    expect(xmlCode(large.text)).toBe('EntityTooLarge');
    expect(xmlValue(large.text, 'MaxSizeAllowed')).toBe('1024');
    const empty = await files.make('empty.apk', 0);
    const tooSmall = await post(fields, empty);
    expect(xmlCode(tooSmall.text)).toBe('EntityTooSmall');
    expect(s3.objects.has(fields.key)).toBe(false);
  });

  it('refuses input fields the policy does not cover', async () => {
    const { fields } = presigned();
    const response = await post({ ...fields, 'Content-Type': 'application/octet-stream' });
    expect(response.status).toBe(403);
    expect(xmlValue(response.text, 'Message')).toBe(
      'Invalid according to Policy: Extra input fields: content-type',
    );
  });

  it('requires a Content-Length (no chunked POST) and a multipart body', async () => {
    const { url, fields } = presigned();
    const { body, contentType } = await encodeForm(await postForm(fields, small));
    const chunked = await rawRequest(url, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    expect(chunked.status).toBe(411);
    expect(xmlCode(chunked.text)).toBe('MissingContentLength');
    const urlencoded = await fetch(url, { method: 'POST', body: new URLSearchParams(fields) });
    expect(urlencoded.status).toBe(412);
    expect(xmlCode(await urlencoded.text())).toBe('PreconditionFailed');
  });

  it('refuses a form without a file, and an anonymous one', async () => {
    const { fields } = presigned();
    const noFile = await post(fields, null);
    expect(noFile.status).toBe(400);
    expect(xmlValue(noFile.text, 'Message')).toBe(
      'POST requires exactly one file upload per request.',
    );
    const anonymous = await post({ key: fields.key });
    expect(anonymous.status).toBe(403);
    expect(xmlCode(anonymous.text)).toBe('AccessDenied');
  });

  it('answers 404 NoSuchKey for an object that is not there', async () => {
    const response = await fetch(`${s3.url}/uploads/nothing.apk`);
    expect(response.status).toBe(404);
    expect(xmlCode(await response.text())).toBe('NoSuchKey');
  });

  it('injects faults: a 503, then a dropped connection mid-upload', async () => {
    const { url, fields } = presigned();
    s3.faults.failNext(1, { status: 503 });
    expect((await post(fields)).status).toBe(503);
    s3.faults.dropConnectionAfter(64 * 1024);
    await expect(
      fetch(url, { method: 'POST', body: await postForm(fields, build) }),
    ).rejects.toThrow();
    expect(s3.objects.has(fields.key)).toBe(false);
    // The partial upload leaves nothing behind on disk: only stored objects remain.
    await expect.poll(async () => (await readdir(s3.filesDir)).length).toBe(s3.objects.size);
    expect((await post(fields)).status).toBe(201);
  });
});
