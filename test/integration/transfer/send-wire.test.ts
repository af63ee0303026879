import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendWire, type WireSendOptions } from '../../../main/core/transfer/send-wire';
import type { WireRequest } from '../../../main/core/transfer/wire/wire-request';
import { startGcsStorage, type GcsStorage } from '../../../main/sandbox/storage/gcs-put';
import { startS3Storage, type S3Storage } from '../../../main/sandbox/storage/s3-post';
import { testFiles, type TestFile, type TestFiles } from '../sandbox-storage/helpers';

/**
 * The engine's read buffers are reused once the socket has taken them: over a real socket,
 * with many small chunks of random bytes, the storage must receive exactly the file.
 */
let s3: S3Storage;
let gcs: GcsStorage;
let files: TestFiles;
let build: TestFile;

beforeAll(async () => {
  [s3, gcs, files] = await Promise.all([startS3Storage(), startGcsStorage(), testFiles()]);
  build = await files.make('random-build.apk', 24 * 1024 * 1024 + 777);
});
afterAll(async () => {
  await Promise.all([s3.close(), gcs.close(), files.cleanUp()]);
});

function options(hash: boolean): WireSendOptions {
  return {
    service: 'testio',
    file: { path: build.path, fileName: build.name, size: build.size },
    signal: new AbortController().signal,
    onProgress: () => undefined,
    onBodySent: () => undefined,
    onStall: () => undefined,
    // 97 chunks through two buffers.
    chunkBytes: 256 * 1024,
    hash,
  };
}

describe('sendWire delivers the file byte for byte', () => {
  it('as a presigned POST, hashing on the same chunks', async () => {
    const presign = s3.presignPost({ keyPrefix: 'uploads/', contentLengthRange: [1, 1 << 30] });
    const request: WireRequest = { shape: 'presigned-post', presign };
    const { response, sha256 } = await sendWire(request, options(true));
    expect(response.status).toBe(201);
    expect(sha256).toBe(build.sha256);
    const stored = s3.objects.get(`uploads/${build.name}`);
    expect(stored?.sha256).toBe(build.sha256);
    expect(stored?.size).toBe(build.size);
  });

  it('as a signed PUT, four at once on one event loop', async () => {
    const puts = [0, 1, 2, 3].map(async (n) => {
      const spec = gcs.signPutUrl({
        bucket: 'builds',
        object: `fan-${n}.apk`,
        contentType: 'application/octet-stream',
        contentLengthRange: [1, 1 << 30],
      });
      const { response } = await sendWire({ shape: 'signed-put', spec }, options(false));
      return response.status;
    });
    expect(await Promise.all(puts)).toEqual([200, 200, 200, 200]);
    for (const n of [0, 1, 2, 3]) {
      expect(gcs.objects.get(`builds/fan-${n}.apk`)?.sha256).toBe(build.sha256);
    }
  });
});
