/**
 * The storage emulators' notion of "now". Tests move it forward to expire a presigned
 * policy or signed URL instantly instead of sleeping through a real TTL.
 */
export class StorageClock {
  #offsetMs = 0;

  now(): number {
    return Date.now() + this.#offsetMs;
  }

  /** Pretend `ms` more milliseconds have passed (cumulative). */
  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  reset(): void {
    this.#offsetMs = 0;
  }
}
