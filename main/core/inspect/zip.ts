import { close, fstat, open } from 'node:fs';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { cancelled, FormatError } from './errors';
import { WindowedFileReader } from './zip-reader';

/** More entries than any real build has (large games ship ~100k); beyond it we stop listing. */
const MAX_ENTRIES = 500_000;

/** An entry is larger than the caller is willing to inflate (zip bomb guard). */
export class EntryTooLargeError extends FormatError {
  constructor(
    readonly entryName: string,
    readonly size: number,
  ) {
    super(`${entryName} is ${size} bytes, over the limit`);
    this.name = 'EntryTooLargeError';
  }
}

/**
 * Random access to a zip through yauzl: only the central directory is read up front,
 * then single entries on demand, so a 2 GB build costs a few kilobytes of I/O.
 */
export class ZipArchive {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Rejects with yauzl's own error when the file is not a readable zip; callers word it. */
  static async open(path: string, signal?: AbortSignal): Promise<ZipArchive> {
    // A raw descriptor, not a FileHandle: the reader closes it, and a FileHandle would
    // try to close it again when garbage-collected.
    const fd = await promisify(open)(path, 'r');
    let zip: ZipFile;
    try {
      const { size } = await promisify(fstat)(fd);
      // yauzl's ZipFile owns the reader (and so the descriptor) once it is created.
      const reader = new WindowedFileReader(fd, size);
      // decodeStrings: false so that one odd entry name ("../x", absolute) does not make
      // yauzl refuse the whole archive; we only ever look names up, never write them to disk.
      zip = await yauzl.fromRandomAccessReaderPromise(reader, size, {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true,
      });
    } catch (err) {
      close(fd, () => undefined);
      throw err;
    }
    try {
      if (zip.entryCount > MAX_ENTRIES) {
        throw new FormatError(`the archive claims ${zip.entryCount} entries`);
      }
      const entries = new Map<string, Entry>();
      for await (const entry of zip.eachEntry()) {
        if (signal?.aborted) throw cancelled();
        // With decodeStrings off, fileName is the raw Buffer (typings say string).
        const raw: unknown = entry.fileName;
        const name = Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
        // Later duplicates win, as in Android's own zip reader.
        entries.set(name, entry);
      }
      return new ZipArchive(zip, entries);
    } catch (err) {
      zip.close();
      throw err;
    }
  }

  /** Entry names in central-directory order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Every entry with its stored (compressed) and declared uncompressed size. */
  listing(): { name: string; stored: number; size: number }[] {
    return [...this.entries].map(([name, e]) => ({
      name,
      stored: e.compressedSize,
      size: e.uncompressedSize,
    }));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Declared uncompressed size, or undefined when there is no such entry. */
  size(name: string): number | undefined {
    return this.entries.get(name)?.uncompressedSize;
  }

  /**
   * Inflates one entry into memory, refusing more than maxBytes whatever the header claims:
   * the declared size is checked first, and the bytes actually produced are counted too.
   */
  async read(name: string, maxBytes: number, signal?: AbortSignal): Promise<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new FormatError(`${name} is missing`);
    if (entry.uncompressedSize > maxBytes) {
      throw new EntryTooLargeError(name, entry.uncompressedSize);
    }
    if (entry.isEncrypted()) throw new FormatError(`${name} is encrypted`);
    if (signal?.aborted) throw cancelled();
    const readable = await this.openStream(entry, name);
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let total = 0;
      const onAbort = (): void => fail(cancelled());
      const fail = (err: Error): void => {
        signal?.removeEventListener('abort', onAbort);
        readable.destroy();
        reject(err);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      readable.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) return fail(new EntryTooLargeError(name, total));
        chunks.push(chunk);
      });
      readable.on('error', (err: Error) =>
        fail(new FormatError(`${name} is damaged: ${err.message}`)),
      );
      readable.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(Buffer.concat(chunks, total));
      });
    });
  }

  private async openStream(entry: Entry, name: string): Promise<Readable> {
    try {
      return await this.zip.openReadStreamPromise(entry);
    } catch (err) {
      // Bad local header, unknown compression method…
      throw new FormatError(`${name} cannot be opened: ${(err as Error).message}`);
    }
  }

  close(): void {
    this.zip.close();
  }
}
