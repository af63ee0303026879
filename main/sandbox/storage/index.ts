import type { ServerTls } from '../framework/certificates';
import { startGcsStorage, type GcsStorage } from './gcs-put';
import { startS3Storage, type S3Storage } from './s3-post';

export type { GcsStorage, GcsUploadEvent, GcsObject } from './gcs-put';
export type { S3Storage, StoredObject } from './s3-post';

export interface StorageOptions {
  /** Lifetime of presigned S3 POST policies / GCS signed URLs (tests shorten them). */
  presignTtlMs?: { s3?: number; gcs?: number } | undefined;
  tls?: ServerTls | undefined;
}

/** The cloud storage the services hand upload URLs for; tests inspect `received` here. */
export interface SandboxStorage {
  s3: S3Storage;
  gcs: GcsStorage;
  close(): Promise<void>;
}

export async function startStorage(options: StorageOptions = {}): Promise<SandboxStorage> {
  const [s3, gcs] = await Promise.all([
    startS3Storage({ presignTtlMs: options.presignTtlMs?.s3, tls: options.tls }),
    startGcsStorage({ presignTtlMs: options.presignTtlMs?.gcs, tls: options.tls }),
  ]);
  return { s3, gcs, close: async () => void (await Promise.all([s3.close(), gcs.close()])) };
}
