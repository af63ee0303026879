import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileChangedError, fileMissingError } from './errors';

/**
 * How much is read from disk at a time: the size of each body chunk handed to the socket.
 * 4 MiB keeps syscalls few; two of them are all a transfer holds of the file.
 */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** One pass over the file for one attempt: the chunks undici sends, and their SHA-256. */
export interface FileSource {
  /** The file's bytes, in order; iterate once. */
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly size: number;
  /** Bytes handed out so far. */
  bytesRead(): number;
  /** The SHA-256 of the bytes read, once all of them were; undefined before, or when
   * this pass does not hash (another pass over the same file does: file-digests.ts). */
  sha256(): string | undefined;
  close(): void;
}

export interface FileSourceOptions {
  chunkBytes?: number;
  /** Off when the digest comes from another pass, or in the benchmark's engine-only runs. */
  computeSha?: boolean;
  /**
   * True when every chunk handed out so far has left for the kernel (the socket has no
   * write pending), so its buffer may be read into again. Without it, each chunk gets a
   * fresh buffer.
   */
  writesDone?: () => boolean;
}

/**
 * Opens the file for sending. The bytes are read into two buffers that take turns, the
 * next chunk read while the socket writes the current one, and reused once the socket
 * has taken them: a fresh 4 MiB buffer per chunk (what fs.createReadStream does) costs
 * page faults and garbage collection that measured 20% of a fan-out's time (test/bench).
 * The SHA-256 is updated with each chunk as it is handed out: the same bytes, no copy.
 */
export async function openFileSource(
  path: string,
  fileName: string,
  expectedSize: number,
  options: FileSourceOptions = {},
): Promise<FileSource> {
  const size = await fileSize(path, fileName);
  if (size !== expectedSize) throw fileChangedError(fileName, expectedSize, size);
  const computeSha = options.computeSha ?? true;
  const digester = createHash('sha256');
  let read = 0;
  let digest: string | undefined;
  const chunks = readChunks(path, fileName, size, {
    chunkBytes: options.chunkBytes ?? CHUNK_BYTES,
    writesDone: options.writesDone ?? (() => false),
    onChunk: (chunk) => {
      if (computeSha) digester.update(chunk);
      read += chunk.length;
    },
  });
  return {
    chunks,
    size,
    bytesRead: () => read,
    sha256: () => {
      if (read !== size || !computeSha) return undefined;
      digest ??= digester.digest('hex');
      return digest;
    },
    // Ends the generator: its `finally` closes the file (it is opened on the first read).
    close: () => void chunks.return(undefined).catch(() => undefined),
  };
}

interface ReadOptions {
  chunkBytes: number;
  writesDone: () => boolean;
  onChunk(chunk: Buffer): void;
}

/** Exactly `size` bytes of the file, in chunks, reading one ahead of the consumer. */
async function* readChunks(
  path: string,
  fileName: string,
  size: number,
  { chunkBytes, writesDone, onChunk }: ReadOptions,
): AsyncGenerator<Buffer, void, undefined> {
  const handle = await open(path, 'r').catch(() => {
    throw fileMissingError(fileName);
  });
  // The second buffer is made on the first read-ahead.
  const buffers: (Buffer | undefined)[] = [Buffer.allocUnsafeSlow(chunkBytes), undefined];
  let position = 0;
  const readInto = async (buffer: Buffer): Promise<Buffer> => {
    const at = position;
    const length = Math.min(buffer.length, size - at);
    position += length;
    const { bytesRead } = await handle.read(buffer, 0, length, at);
    if (bytesRead !== length) throw fileChangedError(fileName, size, at + bytesRead);
    return buffer.subarray(0, length);
  };
  let slot = 0;
  let next: Promise<Buffer> | undefined = size > 0 ? readInto(buffers[0]!) : undefined;
  try {
    while (next) {
      const chunk = await next;
      // Read ahead into the other buffer. It held the chunk before this one: reuse it
      // only if the socket is done with it; otherwise it stays with the socket.
      slot ^= 1;
      next = undefined;
      if (position < size) {
        let spare = buffers[slot];
        if (!spare || !writesDone()) spare = buffers[slot] = Buffer.allocUnsafeSlow(chunkBytes);
        next = readInto(spare);
      }
      onChunk(chunk);
      yield chunk;
    }
  } finally {
    await next?.catch(() => undefined);
    await handle.close();
  }
}

async function fileSize(path: string, fileName: string): Promise<number> {
  try {
    const info = await stat(path);
    return info.size;
  } catch {
    throw fileMissingError(fileName);
  }
}

/** SHA-256 of a whole file (shown as soon as a build is dropped). */
export async function sha256OfFile(path: string, signal?: AbortSignal): Promise<string> {
  const size = (await stat(path)).size;
  const hash = createHash('sha256');
  // Nothing else holds these chunks once hashed, so the two buffers are always reusable.
  const chunks = readChunks(path, basename(path), size, {
    chunkBytes: CHUNK_BYTES,
    writesDone: () => true,
    onChunk: (chunk) => hash.update(chunk),
  });
  for await (const _chunk of chunks) signal?.throwIfAborted();
  return hash.digest('hex');
}
