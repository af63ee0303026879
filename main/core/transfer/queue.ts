import { cancelledError } from './errors';

/**
 * At most `limit()` transfers at once (the `uploads.maxConcurrentTransfers` setting, read
 * at each hand-out so a change applies to the next waiting job). First come, first served.
 */
export class TransferQueue {
  #running = 0;
  readonly #waiting: { grant: () => void }[] = [];

  constructor(private readonly limit: () => number) {}

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Waits for a slot; returns its release. Rejects (and leaves the line) if `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(cancelledError());
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          this.#running++;
          resolve(this.#releaser());
        },
      };
      const onAbort = () => {
        const index = this.#waiting.indexOf(entry);
        if (index >= 0) this.#waiting.splice(index, 1);
        reject(cancelledError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(entry);
      this.#pump();
    });
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#running--;
      this.#pump();
    };
  }

  #pump(): void {
    while (this.#waiting.length > 0 && this.#running < Math.max(1, this.limit())) {
      this.#waiting.shift()!.grant();
    }
  }
}
