import { createReadStream } from 'node:fs';
import { FormDataEncoder, isFile, type FileLike, type FormDataLike } from 'form-data-encoder';

/** The file part of a multipart body: described here, its bytes come from the file stream. */
export interface MultipartFilePart {
  field: string;
  fileName: string;
  contentType: string;
  path: string;
  /** Bytes; any size (the part list below is not limited to 32 bits, unlike some Blobs). */
  size: number;
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
 * boundaries, escaping and length. The file enters as a FileLike that only describes it
 * (name, type, exact size); we never read through it: the bytes come from the stream we
 * meter and hash. (Node's `openAsBlob` was tried first: its size wraps at 4 GiB.)
 */
export function encodeMultipart(
  fields: readonly (readonly [string, string])[],
  file: MultipartFilePart,
): EncodedMultipart {
  const form = new PartList();
  for (const [name, value] of fields) form.append(name, value);
  form.append(file.field, fileLike(file));
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

function fileLike(file: MultipartFilePart): FileLike {
  return {
    name: file.fileName,
    type: file.contentType,
    size: file.size,
    lastModified: Date.now(),
    // Only used by the encoder's own `encode()`, which we do not call; correct if it were.
    stream: () => createReadStream(file.path),
    [Symbol.toStringTag]: 'File',
  };
}

/** The FormData shape form-data-encoder reads: entries in order, strings or FileLikes. */
class PartList implements FormDataLike {
  readonly #entries: [string, string | FileLike][] = [];
  readonly [Symbol.toStringTag] = 'FormData';
  append(name: string, value: unknown): void {
    this.#entries.push([name, typeof value === 'string' ? value : (value as FileLike)]);
  }
  getAll(name: string) {
    return this.#entries.filter(([key]) => key === name).map(([, value]) => value as never);
  }
  entries() {
    return this.#entries[Symbol.iterator]() as never;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
}

/** The Content-Type of a build's file part. */
export function buildContentType(fileName: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.apk')) return 'application/vnd.android.package-archive';
  if (lower.endsWith('.zip')) return 'application/zip';
  return 'application/octet-stream';
}
