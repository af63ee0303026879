/**
 * Everything the Test IO emulator remembers, shared by its route modules. Products,
 * tests and bugs add their collections here next to binary apps.
 */
export interface BinaryAppRecord {
  id: number;
  /** `direct`: multipart POST /binary_apps; `presigned`: upload_url → S3 → PUT finalize. */
  source: 'direct' | 'presigned';
  /** `awaiting_upload` until a presigned app is finalized (never shown by the API). */
  status: 'awaiting_upload' | 'new';
  filename: string | null;
  file_size: number | null;
  content_type: string | null;
  bundle_identifier: string | null;
  bundle_version: string | null;
  /** S3 key of the stored file once known. */
  storageKey: string | null;
  url: string | null;
  createdAt: string;
}

export class TestioState {
  readonly binaryApps = new Map<number, BinaryAppRecord>();
  #nextBinaryAppId = 1001;

  nextBinaryAppId(): number {
    return this.#nextBinaryAppId++;
  }
}
