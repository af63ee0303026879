/** A typed slot in a job's memory: the type travels with the key, so reads need no cast. */
export interface MemoryKey<T> {
  readonly name: string;
  /** Never set: carries T for the type checker only. */
  readonly _type?: T;
}

export function memoryKey<T>(name: string): MemoryKey<T> {
  return { name };
}

/**
 * What one job keeps between its attempts but never writes to disk (signed upload URLs,
 * which grant access). It belongs to the job's transfer, so it is gone when the job ends,
 * fails or is cancelled; nothing outlives the job at module level.
 */
export class JobMemory {
  readonly #slots = new Map<MemoryKey<unknown>, unknown>();

  get<T>(key: MemoryKey<T>): T | undefined {
    return this.#slots.get(key) as T | undefined;
  }

  set<T>(key: MemoryKey<T>, value: T): void {
    this.#slots.set(key, value);
  }

  delete<T>(key: MemoryKey<T>): void {
    this.#slots.delete(key);
  }
}
