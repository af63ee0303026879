import type { ServerTls } from '../framework/certificates';
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { startEmulator, type Emulator } from '../framework/emulator-server';
import type { HttpContext } from '../framework/http-context';
import { StorageClock } from './clock';
import {
  signPutUrl,
  type GcsCredentials,
  type SignedPut,
  type SignPutOptions,
} from './gcs-signing';
import { verifySignedRequest } from './gcs-verify';
import { StorageRouter } from './storage-router';
import { writeHashed, type StoredFile } from '../framework/receive';
import { sendXmlError, type XmlError } from './xml';

export interface GcsObject extends StoredFile {
  bucket: string;
  object: string;
}

/** What the bucket tells its owner after each PUT (GCS would publish a notification). */
export type GcsUploadEvent =
  | { outcome: 'stored'; bucket: string; object: string; file: GcsObject }
  | { outcome: 'refused'; bucket: string; object: string; status: number; code: string };

export interface GcsStorageOptions {
  port?: number | undefined;
  tls?: ServerTls | undefined;
  /** Lifetime of the URLs `signPutUrl` signs (default 15 minutes); whole seconds on the wire. */
  presignTtlMs?: number | undefined;
}

/**
 * A GCS bucket reached through V4 signed URLs (PUT /<bucket>/<object>?X-Goog-…), enforcing
 * expiry, the signature over method, path and signed headers, Content-Length and the
 * signed X-Goog-Content-Length-Range.
 */
export interface GcsStorage extends Emulator {
  presignTtlMs: number;
  clock: StorageClock;
  /** Stored objects by `${bucket}/${object}`. */
  objects: Map<string, GcsObject>;
  /** What the service's backend does with its service account: sign one PUT. */
  signPutUrl(options: SignPutOptions): SignedPut;
  /** Subscribe to upload outcomes; returns the unsubscribe function. */
  onUpload(listener: (event: GcsUploadEvent) => void): () => void;
}

export async function startGcsStorage(options: GcsStorageOptions = {}): Promise<GcsStorage> {
  const creds: GcsCredentials = {
    accessId: 'GOOG1ESANDBOXDROPSHIP',
    secret: randomBytes(30).toString('base64'),
  };
  const clock = new StorageClock();
  const objects = new Map<string, GcsObject>();
  const listeners = new Set<(event: GcsUploadEvent) => void>();
  /** Signed URLs handed out, by signature, to explain a mismatch in plain words. */
  const issued = new Map<string, SignPutOptions>();
  const router = new StorageRouter((ctx) =>
    handleObjectRequest(ctx, storage, creds, issued, notify),
  );
  const notify = (event: GcsUploadEvent) => listeners.forEach((listener) => listener(event));
  const emulator = await startEmulator({
    name: 'gcs',
    router,
    // Injected faults and crashes answer in GCS's JSON error shape; real refusals in XML.
    errorBody: (status, message) => ({ error: { code: status, message } }),
    ...(options.port ? { port: options.port } : {}),
    ...(options.tls ? { tls: options.tls } : {}),
  });
  const storage: GcsStorage = Object.assign(emulator, {
    presignTtlMs: options.presignTtlMs ?? 15 * 60 * 1000,
    clock,
    objects,
    signPutUrl: (sign: SignPutOptions) => {
      const signed = signPutUrl(creds, emulator.url, clock.now(), storage.presignTtlMs, sign);
      issued.set(new URL(signed.url).searchParams.get('X-Goog-Signature') ?? '', sign);
      return signed;
    },
    onUpload: (listener: (event: GcsUploadEvent) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  });
  return storage;
}

async function handleObjectRequest(
  ctx: HttpContext,
  storage: GcsStorage,
  creds: GcsCredentials,
  issued: Map<string, SignPutOptions>,
  notify: (event: GcsUploadEvent) => void,
): Promise<void> {
  const target = parseObjectPath(ctx.path);
  const refuse = (error: XmlError) => {
    // Every refusal comes before the body is read: answer at once, then discard the body
    // (or cut it off when huge) rather than store a build nobody asked for.
    sendXmlError(ctx, error, { early: true });
    if (target) notify({ outcome: 'refused', ...target, status: error.status, code: error.code });
  };
  if (!target) {
    return refuse({
      status: 400,
      code: 'InvalidURI',
      message: "Couldn't parse the specified URI.",
    });
  }
  const contentLength = ctx.header('content-length');
  if (ctx.method === 'PUT' && contentLength === undefined) {
    // The Product Science doc sends Content-Length; a chunked body is refused here.
    return refuse({
      status: 411,
      code: 'MissingContentLength',
      message: 'You must provide the Content-Length HTTP header.',
    });
  }
  const denied = verifySignedRequest(ctx, creds, storage.clock.now(), issued);
  if (denied) return refuse(denied);
  if (ctx.method !== 'PUT') {
    return refuse({
      status: 405,
      code: 'MethodNotAllowed',
      message: 'The specified method is not allowed against this resource.',
    });
  }
  const size = Number(contentLength);
  const rangeHeader = ctx.header('x-goog-content-length-range');
  if (rangeHeader !== undefined) {
    const range = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(rangeHeader);
    if (!range) {
      return refuse({
        status: 400,
        code: 'InvalidArgument',
        message: 'Invalid argument.',
        extra: { Details: `X-Goog-Content-Length-Range must be "min,max", got "${rangeHeader}".` },
      });
    }
    const [min, max] = [Number(range[1]), Number(range[2])];
    if (size > max) {
      return refuse({
        status: 400,
        code: 'EntityTooLarge',
        message:
          'Your proposed upload is larger than the maximum object size specified in your Policy Document.',
        extra: { Details: `Content-length exceeds upper bound on range (${size} > ${max})` },
      });
    }
    if (size < min) {
      return refuse({
        status: 400,
        code: 'EntityTooSmall',
        message:
          'Your proposed upload is smaller than the minimum object size specified in your Policy Document.',
        extra: {
          Details: `Content-length is smaller than lower bound on range (${size} < ${min})`,
        },
      });
    }
  }
  const meta = {
    field: 'body',
    filename: basename(target.object),
    contentType: ctx.header('content-type') ?? 'application/octet-stream',
  };
  let stored: StoredFile | undefined;
  try {
    ({ stored } = await writeHashed(ctx.req, storage.filesDir, meta, size));
  } catch {
    return; // the client hung up mid-body: nothing stored, nobody left to answer
  }
  if (!stored) throw new Error('body longer than its Content-Length');
  const object: GcsObject = { ...stored, ...target };
  storage.objects.set(`${target.bucket}/${target.object}`, object);
  storage.received.push(object);
  notify({ outcome: 'stored', ...target, file: object });
  ctx.empty(200, {
    etag: `"${stored.md5}"`,
    'x-goog-hash': `md5=${Buffer.from(stored.md5, 'hex').toString('base64')}`,
    'x-goog-generation': String(Date.now() * 1000),
    'x-goog-stored-content-length': String(stored.size),
  });
}

function parseObjectPath(path: string): { bucket: string; object: string } | undefined {
  const match = /^\/([^/]+)\/(.+)$/.exec(path);
  if (!match) return undefined;
  try {
    return { bucket: decodeURIComponent(match[1]!), object: decodeURIComponent(match[2]!) };
  } catch {
    return undefined;
  }
}
