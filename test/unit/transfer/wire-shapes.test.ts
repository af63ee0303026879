import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeMultipart } from '../../../main/core/transfer/wire/multipart';
import {
  expectedPostStatus,
  presignedKey,
  presignedPostFields,
} from '../../../main/core/transfer/wire/presigned-post';
import { signedPutHeaders } from '../../../main/core/transfer/wire/signed-put';
import { readStorageError } from '../../../main/core/transfer/wire/storage-errors';

let dir: string;
let filePath: string;
const fileBytes = Buffer.alloc(3 * 1024 * 1024 + 17, 7);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-wire-'));
  filePath = join(dir, 'Café "Build".apk');
  fileBytes.write('PK\u0003\u0004', 0);
  await writeFile(filePath, fileBytes);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

function parse(body: Buffer, contentType: string) {
  return new Promise<{
    order: string[];
    fields: Record<string, string>;
    file: Buffer;
    name?: string;
  }>((resolve, reject) => {
    const parser = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8' });
    const out = {
      order: [] as string[],
      fields: {} as Record<string, string>,
      file: Buffer.alloc(0),
      name: undefined as string | undefined,
    };
    parser.on('field', (name, value) => {
      out.order.push(name);
      out.fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      out.order.push(name);
      out.name = info.filename;
      const parts: Buffer[] = [];
      stream.on('data', (c: Buffer) => parts.push(c));
      stream.on('end', () => (out.file = Buffer.concat(parts)));
    });
    parser.on('close', () => resolve(out));
    parser.on('error', reject);
    Readable.from([body]).pipe(parser);
  });
}

describe('multipart encoding', () => {
  it('announces exactly the length it sends, with fields first and the file last', async () => {
    const fields: [string, string][] = [
      ['releaseNotes', 'Line one\nLine two — ünïcode ✓'],
      ['notify', 'QA,devs'],
    ];
    const encoded = encodeMultipart(fields, {
      field: 'qqfile',
      fileName: 'Café "Build".apk',
      contentType: 'application/vnd.android.package-archive',
      path: filePath,
      size: fileBytes.length,
    });
    const body = await collect(
      encoded.body(createReadStream(filePath, { highWaterMark: 1 << 20 })),
    );
    expect(body.length).toBe(encoded.contentLength);
    const parsed = await parse(body, encoded.contentType);
    expect(parsed.order).toEqual(['releaseNotes', 'notify', 'qqfile']);
    expect(parsed.fields.releaseNotes).toBe('Line one\r\nLine two — ünïcode ✓');
    expect(parsed.name).toBe('Café %22Build%22.apk');
    expect(createHash('sha256').update(parsed.file).digest('hex')).toBe(
      createHash('sha256').update(fileBytes).digest('hex'),
    );
  });

  it('counts files past 4 GiB exactly (a 32-bit size would wrap to 0)', async () => {
    const size = 5 * 1024 ** 3 + 3;
    const encoded = encodeMultipart([['a', 'b']], {
      field: 'file',
      fileName: 'huge.apk',
      contentType: 'application/octet-stream',
      path: filePath,
      size,
    });
    async function* nothing() {}
    const framing = await collect(encoded.body(nothing()));
    expect(encoded.contentLength).toBe(framing.length + size);
  });

  it('passes the file stream chunks through as the same objects (no copy)', async () => {
    const encoded = encodeMultipart([], {
      field: 'file',
      fileName: 'a.apk',
      contentType: 'application/octet-stream',
      path: filePath,
      size: fileBytes.length,
    });
    const chunks = [Buffer.alloc(10, 1), Buffer.alloc(fileBytes.length - 10, 2)];
    async function* source() {
      yield* chunks;
    }
    const seen: Uint8Array[] = [];
    for await (const part of encoded.body(source())) seen.push(part);
    expect(seen).toContain(chunks[0]);
    expect(seen).toContain(chunks[1]);
  });
});

describe('presigned POST fields', () => {
  const presign = {
    url: 'https://bucket.example',
    fields: {
      key: 'uploads/binary_app/package/123/${filename}',
      success_action_status: '201',
      policy: 'eyJ…',
      'x-amz-credential': 'AKIA/…',
      'x-amz-algorithm': 'AWS4-HMAC-SHA256',
      'x-amz-date': '20251104T154715Z',
      'x-amz-signature': 'abc',
    },
  };
  it('keeps every field in order and fills ${filename} into the key only', () => {
    const fields = presignedPostFields(presign, 'MyApp-v1.2.3.apk');
    expect(fields.map(([name]) => name)).toEqual(Object.keys(presign.fields));
    expect(presignedKey(presign, 'MyApp-v1.2.3.apk')).toBe(
      'uploads/binary_app/package/123/MyApp-v1.2.3.apk',
    );
    expect(fields.find(([n]) => n === 'policy')?.[1]).toBe('eyJ…');
  });
  it('expects success_action_status, else S3’s default 204', () => {
    expect(expectedPostStatus(presign)).toBe(201);
    expect(expectedPostStatus({ url: '', fields: {} })).toBe(204);
  });
});

describe('signed PUT headers', () => {
  it('sends the spec’s headers exactly, with our Content-Length', () => {
    const headers = signedPutHeaders(
      {
        method: 'PUT',
        url: 'https://storage.example/x?sig=1',
        headers: {
          'Content-Type': 'application/octet-stream',
          'X-Goog-Content-Length-Range': '0,1073741824',
          'Content-Length': '1',
        },
      },
      5000,
    );
    expect(headers).toEqual({
      'Content-Type': 'application/octet-stream',
      'X-Goog-Content-Length-Range': '0,1073741824',
      'content-length': '5000',
    });
  });
  it('reads S3/GCS XML errors', () => {
    expect(
      readStorageError(
        '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>',
      ),
    ).toEqual({ code: 'AccessDenied', message: 'Request has expired' });
    expect(readStorageError({ error: 'json' })).toEqual({});
  });
});
