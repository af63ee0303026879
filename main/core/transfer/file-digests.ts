import { stat } from 'node:fs/promises';
import { DropshipError } from '../../../shared/errors';
import { sha256OfFile } from './file-source';
import { t } from '../i18n/translate';

/** How long a finished transfer waits for another's digest before hashing itself. */
const SHARED_WAIT_MS = 1500;

/** One version of a file: if any of these change, it is not the same bytes. */
async function versionOf(path: string): Promise<string> {
  const info = await stat(path);
  return [path, info.size, info.mtimeMs, info.ino, info.dev].join('\0');
}

/** How a transfer gets its file's SHA-256. */
export type DigestRole =
  /** Hash the bytes on your own send stream, then `publish` the result. */
  | { hashOnStream: true; publish(sha256: string | undefined): void }
  /** Someone already has (or is computing) it: skip hashing, then `await` it. */
  | { hashOnStream: false; digest(): Promise<string> };

/**
 * SHA-256s shared by everything that reads the same version of a file. Hashing is the
 * costliest part of a send after the copy itself (1 GiB ≈ 0.6 s of a core): a build
 * dropped once and sent to four services is hashed once — on the first transfer's own
 * send stream, or when it was dropped — and the other transfers reuse that digest,
 * checking that the file did not change while they sent it.
 */
export class FileDigests {
  readonly #digests = new Map<string, Promise<string>>();

  /** The whole-file digest, shown as soon as a build is dropped. */
  async ofFile(path: string, signal?: AbortSignal): Promise<string> {
    const version = await versionOf(path);
    const known = this.#digests.get(version);
    if (known) return known;
    const computing = sha256OfFile(path, signal);
    this.#remember(version, computing);
    return computing;
  }

  /** Decides who hashes for a transfer about to send `path`. */
  async roleFor(path: string, fileName: string): Promise<DigestRole> {
    const version = await versionOf(path);
    const known = this.#digests.get(version);
    if (known) {
      return {
        hashOnStream: false,
        digest: async () => {
          if ((await versionOf(path).catch(() => '')) !== version) throw changed(fileName);
          // Wait briefly for the pass this relies on; if it failed or is on a slower
          // connection, hash the file here rather than hold this result back.
          const shared = await Promise.race([
            known.catch(() => undefined),
            new Promise<undefined>((resolve) => setTimeout(resolve, SHARED_WAIT_MS)),
          ]);
          return shared ?? sha256OfFile(path);
        },
      };
    }
    let publish!: (sha256: string | undefined) => void;
    const onStream = new Promise<string>((resolve, reject) => {
      publish = (sha256) => (sha256 ? resolve(sha256) : reject(new Error('not hashed')));
    });
    this.#remember(version, onStream);
    return { hashOnStream: true, publish };
  }

  #remember(version: string, digest: Promise<string>): void {
    this.#digests.set(version, digest);
    // A failed pass must not poison later ones; keep the map small (recent files only).
    digest.catch(() => this.#digests.get(version) === digest && this.#digests.delete(version));
    if (this.#digests.size > 64) this.#digests.delete(this.#digests.keys().next().value!);
  }
}

function changed(fileName: string): DropshipError {
  return new DropshipError({
    code: 'invalid_input',
    retryable: false,
    message: t('transfer:changedWhileSending', { file: fileName }),
    hint: t('transfer:changedWhileSendingHint'),
  });
}
