import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileChangedError, fileMissingError } from './errors';

/**
 * How much the file stream reads at a time. 4 MiB measured within 5% of curl on loopback
 * (test/bench); it is also the most a single upload holds in memory for the file.
 */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** One pass over the file for one attempt: the stream undici sends, and its SHA-256. */
export interface FileSource {
  readonly stream: ReadStream;
  readonly size: number;
  /** Bytes the stream has handed out so far. */
  bytesRead(): number;
  /** The SHA-256 of the bytes read, once all of them were; undefined before, or when
   * this pass does not hash (another pass over the same file does: file-digests.ts). */
  sha256(): string | undefined;
  close(): void;
}

/**
 * Opens the file for sending. The stream starts paused: undici resumes it when it starts
 * writing the body, so no chunk is emitted before undici listens. The SHA-256 is computed
 * by a 'data' listener on that same stream: it sees each chunk object as undici does, with
 * no copy and no Transform in the byte path. (`read()` emits 'data' too, so this holds
 * when the body is an async generator iterating the stream.)
 */
export async function openFileSource(
  path: string,
  fileName: string,
  expectedSize: number,
  chunkBytes = CHUNK_BYTES,
  /** Off when the digest comes from another pass, or in the benchmark's engine-only runs. */
  computeSha = true,
): Promise<FileSource> {
  const size = await fileSize(path, fileName);
  if (size !== expectedSize) throw fileChangedError(fileName, expectedSize, size);
  // `end` is inclusive: read exactly the bytes the Content-Length announces.
  const stream = createReadStream(path, { highWaterMark: chunkBytes, start: 0, end: size - 1 });
  stream.pause();
  const digester = createHash('sha256');
  let read = 0;
  stream.on('data', (chunk) => {
    if (computeSha) digester.update(chunk as Buffer);
    read += chunk.length;
  });
  let digest: string | undefined;
  return {
    stream,
    size,
    bytesRead: () => read,
    sha256: () => {
      if (read !== size || !computeSha) return undefined;
      digest ??= digester.digest('hex');
      return digest;
    },
    close: () => stream.destroy(),
  };
}

async function fileSize(path: string, fileName: string): Promise<number> {
  try {
    const info = await stat(path);
    return info.size;
  } catch {
    throw fileMissingError(fileName);
  }
}

/** SHA-256 of a whole file, streamed (for showing it as soon as a build is dropped). */
export async function sha256OfFile(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES, signal });
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
