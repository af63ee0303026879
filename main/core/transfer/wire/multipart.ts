import { openAsBlob } from 'node:fs';
import { FormDataEncoder, isFile } from 'form-data-encoder';

/** The file part of a multipart body: described here, its bytes come from the file stream. */
export interface MultipartFilePart {
  field: string;
  fileName: string;
  contentType: string;
  path: string;
}

export interface EncodedMultipart {
  contentType: string;
  /** Exact: part headers + fields + the file's size + the closing boundary. */
  contentLength: number;
  /**
   * The body as an async generator: the encoder's preamble (fields and the file part's
   * headers), then the file stream's chunks as they are (no copy, no Transform), then the
   * epilogue. `fileChunks` is the file's stream for this attempt.
   */
  body(fileChunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array>;
}

/**
 * Encodes `fields` (in order) followed by the file part, with form-data-encoder doing the
 * boundaries, escaping and length. The file enters the FormData as a Blob backed by the
 * file on disk (`openAsBlob`), so the encoder knows its size without reading it; we never
 * read through that Blob, the bytes come from the stream we meter and hash.
 */
export async function encodeMultipart(
  fields: readonly (readonly [string, string])[],
  file: MultipartFilePart,
): Promise<EncodedMultipart> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append(file.field, await openAsBlob(file.path, { type: file.contentType }), file.fileName);
  const encoder = new FormDataEncoder(form);
  const contentLength = Number(encoder.contentLength);
  if (!Number.isSafeInteger(contentLength)) throw new Error('multipart length is unknown');
  return {
    contentType: encoder.contentType,
    contentLength,
    async *body(fileChunks) {
      // `values()` yields the part headers and field values as bytes, and the File object
      // itself where the file's bytes go (it never reads the file, unlike `encode()`).
      for (const part of encoder.values()) {
        if (isFile(part)) yield* fileChunks;
        else yield part;
      }
    },
  };
}

/** The Content-Type of a build's file part. */
export function buildContentType(fileName: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.apk')) return 'application/vnd.android.package-archive';
  if (lower.endsWith('.zip')) return 'application/zip';
  return 'application/octet-stream';
}
