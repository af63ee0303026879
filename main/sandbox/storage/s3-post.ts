import type { ServerTls } from '../framework/certificates';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { startEmulator, type Emulator } from '../framework/emulator-server';
import type { HttpContext } from '../framework/http-context';
import {
  MalformedForm,
  readStreamedForm,
  type FormEntry,
  type StoredFile,
} from '../framework/receive';
import { StorageClock } from './clock';
import {
  createPresignedPost,
  verifyPostPolicy,
  type PolicyVerdict,
  type PresignedPost,
  type PresignPostOptions,
  type S3Credentials,
} from './s3-policy';
import { serveObject } from './s3-objects';
import { StorageRouter } from './storage-router';
import { requestId, sendXml, sendXmlError, xmlElements, type XmlError } from './xml';

/** An object in the bucket: the file as received, under its key. */
export interface StoredObject extends StoredFile {
  key: string;
}

export interface S3StorageOptions {
  port?: number | undefined;
  tls?: ServerTls | undefined;
  /** Lifetime of the policies `presignPost` signs (default one hour, as in Test IO's example). */
  presignTtlMs?: number | undefined;
}

/**
 * An S3 bucket that accepts browser-style presigned POST uploads (POST /) and serves
 * objects back (GET /<key>). It enforces what S3 enforces, so a client that works here
 * does not fail on field order, key placeholders or policy limits in production.
 */
export interface S3Storage extends Emulator {
  bucket: string;
  /** Lifetime of policies signed from now on; tests may change it at any time. */
  presignTtlMs: number;
  /** Move it forward to expire policies already handed out. */
  clock: StorageClock;
  objects: Map<string, StoredObject>;
  /** What the service's backend does with its AWS keys: sign a POST policy for a client. */
  presignPost(options: PresignPostOptions): PresignedPost;
  /** Puts an object as the service itself would (no policy involved). */
  putObject(key: string, file: StoredFile): StoredObject;
}

const FIVE_GB = 5 * 1024 ** 3;

export async function startS3Storage(options: S3StorageOptions = {}): Promise<S3Storage> {
  const creds: S3Credentials = {
    accessKeyId: 'AKIASANDBOXDROPSHIP',
    secret: randomBytes(30).toString('base64'),
    region: 'eu-west-1',
    bucket: 'dropship-sandbox-uploads',
  };
  const clock = new StorageClock();
  const objects = new Map<string, StoredObject>();
  const router = new StorageRouter((ctx) => serveObject(ctx, objects));
  router.post('/', (ctx) => handlePost(ctx, storage, creds));
  const emulator = await startEmulator({
    name: 's3',
    router,
    // Only injected faults and crashes use this JSON shape; every real answer is S3's XML.
    errorBody: (status, message) => ({
      Code: status >= 500 ? 'InternalError' : 'Error',
      Message: message,
    }),
    ...(options.port ? { port: options.port } : {}),
    ...(options.tls ? { tls: options.tls } : {}),
  });
  const storage: S3Storage = Object.assign(emulator, {
    bucket: creds.bucket,
    presignTtlMs: options.presignTtlMs ?? 60 * 60 * 1000,
    clock,
    objects,
    presignPost: (presign: PresignPostOptions) =>
      createPresignedPost(creds, emulator.url, clock.now(), storage.presignTtlMs, presign),
    putObject: (key: string, file: StoredFile) => {
      const object = { ...file, key };
      objects.set(key, object);
      return object;
    },
  });
  return storage;
}

async function handlePost(
  ctx: HttpContext,
  storage: S3Storage,
  creds: S3Credentials,
): Promise<void> {
  const fail = (error: XmlError, early = false) =>
    sendXmlError(ctx, error, { requestIds: true, early });
  if (!/^multipart\/form-data/i.test(ctx.header('content-type') ?? '')) {
    return fail(
      {
        status: 412,
        code: 'PreconditionFailed',
        message: 'At least one of the pre-conditions you specified did not hold',
        extra: { Condition: 'Bucket POST must be of the enclosure-type multipart/form-data' },
      },
      true,
    );
  }
  if (ctx.header('content-length') === undefined) {
    // S3 refuses chunked POST bodies outright.
    return fail(
      {
        status: 411,
        code: 'MissingContentLength',
        message: 'You must provide the Content-Length HTTP header.',
      },
      true,
    );
  }

  let verdict: PolicyVerdict | undefined;
  let entries: FormEntry[];
  try {
    entries = await readStreamedForm(ctx, storage.filesDir, (info, before) => {
      // Only the first part named `file` is the upload; S3 checks the policy against the
      // fields before it and stores nothing if they do not hold.
      if (info.field !== 'file' || verdict) return { save: false };
      verdict = verifyPostPolicy(creds, fieldsOf(before), storage.clock.now());
      if (!verdict.ok) return { save: false };
      const max = verdict.lengthRange?.[1] ?? FIVE_GB;
      return { save: true, limitBytes: max, onExceeded: (seen) => fail(tooLarge(seen, max), true) };
    });
  } catch (error) {
    if (!(error instanceof MalformedForm)) throw error;
    return fail({
      status: 400,
      code: 'MalformedPOSTRequest',
      message: 'The body of your POST request is not well-formed multipart/form-data.',
    });
  }
  const committed = ctx.res.headersSent ? undefined : commit(ctx, storage, creds, entries, verdict);
  if (committed && 'status' in committed) fail(committed);
  const kept = committed && 'file' in committed ? committed.file : undefined;
  // Whatever did not become an object (refused, or a second file part) leaves the disk.
  await Promise.all(
    entries.map((entry) =>
      entry.kind === 'file' && entry.part.stored && entry.part.stored !== kept
        ? rm(entry.part.stored.path, { force: true })
        : undefined,
    ),
  );
}

/** The checks that need the whole form, then the object goes into the bucket. */
function commit(
  ctx: HttpContext,
  storage: S3Storage,
  creds: S3Credentials,
  entries: FormEntry[],
  earlyVerdict: PolicyVerdict | undefined,
): XmlError | { file: StoredFile } {
  const fileIndex = entries.findIndex((e) => e.kind === 'file' && e.part.field === 'file');
  const before = fileIndex < 0 ? entries : entries.slice(0, fileIndex);
  const verdict = earlyVerdict ?? verifyPostPolicy(creds, fieldsOf(before), storage.clock.now());
  if (!verdict.ok) return verdict.error;
  const files = entries.filter((e) => e.kind === 'file' && e.part.field === 'file');
  const upload = entries[fileIndex];
  if (files.length !== 1 || upload?.kind !== 'file') {
    return {
      status: 400,
      code: 'InvalidArgument',
      message: 'POST requires exactly one file upload per request.',
      extra: { ArgumentName: 'file', ArgumentValue: files.length },
    };
  }
  const after = entries
    .slice(fileIndex + 1)
    .map((e) => (e.kind === 'field' ? e.name : e.part.field));
  if (after.length > 0) {
    // Real S3 silently ignores fields after the file, which turns a client's ordering bug
    // into a missing-field or wrong-status mystery; the sandbox names it instead.
    return {
      status: 400,
      code: 'InvalidArgument',
      message: `Bucket POST must have the file as its last field: S3 ignores every field after it (found after the file: ${after.join(', ')}).`,
      extra: { ArgumentName: after[0], ArgumentValue: '' },
    };
  }
  const key = verdict.fields.key ?? '';
  if (key.includes('${filename}')) {
    // S3 itself would substitute the part's filename. Test IO's doc makes the client
    // replace it (finalize rebuilds the key from `filename`), so a literal one is a bug.
    return {
      status: 400,
      code: 'InvalidArgument',
      message:
        'The key still contains the ${filename} placeholder; replace it with the file name before uploading.',
      extra: { ArgumentName: 'key', ArgumentValue: key },
    };
  }
  const { part } = upload;
  const [min, max] = verdict.lengthRange ?? [0, FIVE_GB];
  if (part.size > max) return tooLarge(part.size, max);
  if (part.size < min) {
    return {
      status: 400,
      code: 'EntityTooSmall',
      message: 'Your proposed upload is smaller than the minimum allowed size',
      extra: { ProposedSize: part.size, MinSizeAllowed: min },
    };
  }
  if (!part.stored) throw new Error('file within limits but not stored');
  const object = storage.putObject(key, part.stored);
  storage.received.push(object);
  answerSuccess(ctx, storage, object, verdict.fields.success_action_status);
  return { file: part.stored };
}

function answerSuccess(
  ctx: HttpContext,
  storage: S3Storage,
  object: StoredObject,
  status?: string,
): void {
  const location = `${storage.url}/${encodeURIComponent(object.key)}`;
  const headers = { etag: `"${object.md5}"`, location, 'x-amz-request-id': requestId() };
  if (status === '201') {
    const xml = xmlElements({
      Location: location,
      Bucket: storage.bucket,
      Key: object.key,
      ETag: `"${object.md5}"`,
    });
    return sendXml(ctx, 201, `<PostResponse>${xml}</PostResponse>`, headers);
  }
  // Like S3: '200' gives an empty 200; anything else (absent, '204', invalid) an empty 204.
  ctx.empty(status === '200' ? 200 : 204, headers);
}

function tooLarge(proposed: number, max: number): XmlError {
  return {
    status: 400,
    code: 'EntityTooLarge',
    message: 'Your proposed upload exceeds the maximum allowed size',
    extra: { ProposedSize: proposed, MaxSizeAllowed: max },
  };
}

/** Field values by lower-cased name (S3 matches form field names case-insensitively). */
function fieldsOf(entries: FormEntry[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const entry of entries) {
    if (entry.kind === 'field') fields[entry.name.toLowerCase()] ??= entry.value;
  }
  return fields;
}
