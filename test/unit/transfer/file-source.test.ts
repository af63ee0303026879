import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFileSource, sha256OfFile } from '../../../main/core/transfer/file-source';

const CHUNK = 64 * 1024;
// Not a multiple of the chunk size, so the last chunk is short.
const bytes = randomBytes(CHUNK * 7 + 1234);
const sha = createHash('sha256').update(bytes).digest('hex');
let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-source-'));
  file = join(dir, 'app.apk');
  await writeFile(file, bytes);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the file source reads the file in reused buffers', () => {
  it('hands out exactly the file, hashed, when each chunk is consumed before the next', async () => {
    const source = await openFileSource(file, 'app.apk', bytes.length, {
      chunkBytes: CHUNK,
      writesDone: () => true,
    });
    const copies: Buffer[] = [];
    const seen = new Set<ArrayBufferLike>();
    for await (const chunk of source.chunks) {
      copies.push(Buffer.from(chunk));
      seen.add(chunk.buffer);
    }
    expect(Buffer.concat(copies).equals(bytes)).toBe(true);
    expect(source.sha256()).toBe(sha);
    // Eight chunks through two buffers: the reuse is real.
    expect(copies).toHaveLength(8);
    expect(seen.size).toBe(2);
  });

  it('never overwrites a chunk the socket still holds', async () => {
    const source = await openFileSource(file, 'app.apk', bytes.length, {
      chunkBytes: CHUNK,
      writesDone: () => false,
    });
    // Keep every chunk itself, not a copy, as a socket with pending writes does.
    const held: Uint8Array[] = [];
    for await (const chunk of source.chunks) held.push(chunk);
    expect(Buffer.concat(held).equals(bytes)).toBe(true);
    expect(source.bytesRead()).toBe(bytes.length);
  });

  it('says the file changed when it shrinks while being read', async () => {
    const source = await openFileSource(file, 'app.apk', bytes.length, {
      chunkBytes: CHUNK,
      writesDone: () => true,
    });
    const reading = (async () => {
      let chunks = 0;
      // The next chunk is already being read; the one after meets the shorter file.
      for await (const _ of source.chunks) if (chunks++ === 0) await truncate(file, CHUNK * 2);
    })();
    await expect(reading).rejects.toThrow(/app\.apk changed since it was dropped/);
    expect(source.sha256()).toBeUndefined();
  });

  it('refuses a file whose size is not the one announced', async () => {
    await expect(openFileSource(file, 'app.apk', bytes.length + 1)).rejects.toThrow(
      /changed since it was dropped/,
    );
    await expect(openFileSource(join(dir, 'gone.apk'), 'gone.apk', 1)).rejects.toThrow(
      /gone\.apk is no longer where it was dropped from/,
    );
  });

  it('can be closed before, during or after reading, and lets go of the file', async () => {
    // Descriptors this process holds on the build (Linux, where the tests run).
    const openFiles = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === file;
        } catch {
          return false;
        }
      }).length;
    const unread = await openFileSource(file, 'app.apk', bytes.length, { chunkBytes: CHUNK });
    unread.close();
    const partial = await openFileSource(file, 'app.apk', bytes.length, { chunkBytes: CHUNK });
    const iterator = partial.chunks[Symbol.asyncIterator]();
    await iterator.next();
    // Mid-read, as when an upload is cancelled: the read-ahead is in flight.
    expect(openFiles()).toBe(1);
    partial.close();
    await expect.poll(openFiles).toBe(0);
    expect(partial.bytesRead()).toBe(CHUNK);
    expect(partial.sha256()).toBeUndefined();
  });

  it('computes the whole-file digest on its own', async () => {
    await expect(sha256OfFile(file)).resolves.toBe(sha);
    const aborted = AbortSignal.abort();
    await expect(sha256OfFile(file, aborted)).rejects.toThrow();
  });
});
