import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import busboy from 'busboy';
import type { HttpContext } from './http-context';

/** A file an emulator received, as it landed on disk. Tests compare size and SHA-256. */
export interface ReceivedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  path: string;
  receivedAt: string;
}

export interface MultipartBody {
  fields: Record<string, string>;
  /** Field names in the order they arrived (S3 requires `file` to come last). */
  order: string[];
  files: ReceivedFile[];
}

/** Streams a file to `dir` while hashing it; never holds the file in memory. */
export async function saveStream(
  source: Readable,
  dir: string,
  meta: { field: string; filename: string; contentType: string },
): Promise<ReceivedFile> {
  const path = join(dir, `${randomUUID()}-${meta.filename.replace(/[^\w.-]+/g, '_')}`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(source, meter, createWriteStream(path));
  return { ...meta, size, sha256: hash.digest('hex'), path, receivedAt: new Date().toISOString() };
}

/** Parses multipart/form-data as it streams in; files go straight to disk. */
export function readMultipart(ctx: HttpContext, dir: string): Promise<MultipartBody> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: ctx.req.headers, preservePath: false });
    } catch (error) {
      reject(new MalformedMultipart((error as Error).message));
      return;
    }
    const body: MultipartBody = { fields: {}, order: [], files: [] };
    const pending: Promise<void>[] = [];
    parser.on('field', (name, value) => {
      body.fields[name] = value;
      body.order.push(name);
    });
    parser.on('file', (field, stream, info) => {
      body.order.push(field);
      pending.push(
        saveStream(stream, dir, {
          field,
          filename: info.filename ?? 'upload.bin',
          contentType: info.mimeType,
        }).then((file) => void body.files.push(file)),
      );
    });
    parser.on('error', (error) => reject(new MalformedMultipart((error as Error).message)));
    parser.on('close', () => {
      Promise.all(pending).then(() => resolve(body), reject);
    });
    ctx.req.on('aborted', () => reject(new MalformedMultipart('client aborted')));
    ctx.req.pipe(parser);
  });
}

export class MalformedMultipart extends Error {}
