import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { RequestTooLarge, type HttpContext } from './http-context';

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

/** A received file plus its MD5 (S3 and GCS report it as the ETag / x-goog-hash). */
export interface StoredFile extends ReceivedFile {
  md5: string;
}

export interface FormFilePart {
  field: string;
  filename: string;
  contentType: string;
  /** Bytes seen, including any past the limit (S3 reports it as ProposedSize). */
  size: number;
  exceeded: boolean;
  /** Set once the part is fully on disk within its limit; absent when discarded. */
  stored?: StoredFile;
}

export type FormEntry =
  { kind: 'field'; name: string; value: string } | { kind: 'file'; part: FormFilePart };

/**
 * What to do with a file part, decided when it starts, from the entries before it: the
 * real services check the policy / extension first and never store a refused upload.
 */
export type FileHandling =
  { save: false } | { save: true; limitBytes: number; onExceeded?: (seenBytes: number) => void };

/** The body was not readable multipart/form-data, or the client hung up mid-body. */
export class MalformedForm extends Error {}

/**
 * Parses multipart/form-data as it streams, keeping every entry in arrival order (S3
 * cares whether the file came last). Filenames are read as UTF-8, as browsers, curl and
 * fetch send them (busboy would default to latin1). Files go to `dir`, hashed on the way;
 * a file over its limit stops being written at once and is deleted, while parsing
 * continues so the caller still learns everything that was sent.
 */
export function readStreamedForm(
  ctx: HttpContext,
  dir: string,
  decide: (
    info: { field: string; filename: string; contentType: string },
    before: FormEntry[],
  ) => FileHandling,
): Promise<FormEntry[]> {
  return new Promise<FormEntry[]>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: ctx.req.headers,
        defParamCharset: 'utf8',
        limits: { fieldSize: 1024 * 1024, fields: 200 },
      });
    } catch (error) {
      reject(new MalformedForm((error as Error).message));
      return;
    }
    const entries: FormEntry[] = [];
    const pending: Promise<void>[] = [];
    parser.on('field', (name, value) => void entries.push({ kind: 'field', name, value }));
    parser.on('file', (field, stream, info) => {
      const part: FormFilePart = {
        field,
        filename: info.filename ?? '',
        contentType: info.mimeType,
        size: 0,
        exceeded: false,
      };
      const handling = decide({ field, filename: part.filename, contentType: part.contentType }, [
        ...entries,
      ]);
      entries.push({ kind: 'file', part });
      pending.push(handling.save ? saveWithin(stream, part, dir, handling) : discard(stream, part));
    });
    parser.on('error', (error) => reject(new MalformedForm((error as Error).message)));
    parser.on('close', () => {
      Promise.all(pending).then(() => resolve(entries), reject);
    });
    // A client that hangs up mid-body would leave busboy (and the file being written)
    // waiting forever; ending the parser ends the file stream, whose partial file is deleted.
    ctx.req.on('close', () => {
      if (!ctx.req.complete) parser.destroy(new MalformedForm('client closed the connection'));
    });
    ctx.req.pipe(parser);
  }).catch((error: unknown) => {
    throw error instanceof MalformedForm ? error : new MalformedForm(String(error));
  });
}

export interface MultipartBody {
  fields: Record<string, string>;
  /** Field names in the order they arrived, files included. */
  order: string[];
  /** Every file part, saved whole, in arrival order. */
  files: ReceivedFile[];
}

/**
 * The API emulators' view of a form: every file saved (up to the server's upload cap),
 * fields by name. Throws MalformedForm like readStreamedForm, which it reads with, and
 * RequestTooLarge (413) past the cap.
 */
export async function readMultipart(ctx: HttpContext, dir: string): Promise<MultipartBody> {
  let tooLarge = false;
  // A chunked body has no Content-Length for the server to refuse up front: cap the file.
  const entries = await readStreamedForm(ctx, dir, () => ({
    save: true,
    limitBytes: ctx.maxUploadBytes,
    onExceeded: () => (tooLarge = true),
  }));
  if (tooLarge) throw new RequestTooLarge();
  const body: MultipartBody = { fields: {}, order: [], files: [] };
  for (const entry of entries) {
    if (entry.kind === 'field') {
      body.fields[entry.name] = entry.value;
      body.order.push(entry.name);
      continue;
    }
    body.order.push(entry.part.field);
    const { stored } = entry.part;
    // A part busboy takes for a file without a filename (octet-stream) still needs a name.
    if (stored) body.files.push({ ...stored, filename: stored.filename || 'upload.bin' });
  }
  return body;
}

async function discard(stream: Readable, part: FormFilePart): Promise<void> {
  for await (const chunk of stream) part.size += (chunk as Buffer).length;
}

async function saveWithin(
  stream: Readable,
  part: FormFilePart,
  dir: string,
  handling: { limitBytes: number; onExceeded?: (seenBytes: number) => void },
): Promise<void> {
  const meta = { field: part.field, filename: part.filename, contentType: part.contentType };
  const result = await writeHashed(stream, dir, meta, handling.limitBytes, (seen) => {
    part.exceeded = true;
    handling.onExceeded?.(seen);
  });
  part.size = result.size;
  if (result.stored) part.stored = result.stored;
}

/**
 * Streams `source` to a new file in `dir`, hashing SHA-256 and MD5 on the way; never
 * holds the file in memory. Past `limitBytes` it stops writing (but keeps counting and
 * draining, so a parser upstream is not left waiting) and deletes the partial file:
 * `stored` is then absent. A source that fails midway leaves no file either.
 */
export async function writeHashed(
  source: Readable,
  dir: string,
  meta: { field: string; filename: string; contentType: string },
  limitBytes: number,
  onExceeded?: (seenBytes: number) => void,
): Promise<{ size: number; stored?: StoredFile }> {
  const path = join(dir, `${randomUUID()}-${meta.filename.replace(/[^\w.-]+/g, '_') || 'file'}`);
  const sha256 = createHash('sha256');
  const md5 = createHash('md5');
  let size = 0;
  let exceeded = false;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limitBytes) {
        if (!exceeded) {
          exceeded = true;
          // Delete now, not when the part ends: a client that has its answer may stop
          // sending without hanging up, and the part would then never end.
          void rm(path, { force: true });
          onExceeded?.(size);
        }
        return done();
      }
      sha256.update(chunk);
      md5.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  if (exceeded) {
    await rm(path, { force: true });
    return { size };
  }
  const stored: StoredFile = {
    ...meta,
    size,
    sha256: sha256.digest('hex'),
    md5: md5.digest('hex'),
    path,
    receivedAt: new Date().toISOString(),
  };
  return { size, stored };
}
