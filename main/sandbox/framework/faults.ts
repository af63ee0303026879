/**
 * Fault injection for tests: each emulator server has one. Faults apply to the next
 * matching requests, then disarm themselves, so a test describes exactly what breaks.
 */
export interface FailureFault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Only requests whose path contains this (default: any). */
  pathIncludes?: string;
}

export class Faults {
  #failures: FailureFault[] = [];
  #drops: { afterBytes: number; pathIncludes?: string }[] = [];
  latencyMs = 0;

  /** The next `count` requests answer `status` (e.g. 503, or 429 with Retry-After). */
  failNext(count: number, fault: FailureFault): void {
    for (let i = 0; i < count; i++) this.#failures.push(fault);
  }

  /** The next request's connection is destroyed after `afterBytes` bytes of its body. */
  dropConnectionAfter(afterBytes: number, pathIncludes?: string): void {
    this.#drops.push({ afterBytes, ...(pathIncludes ? { pathIncludes } : {}) });
  }

  reset(): void {
    this.#failures = [];
    this.#drops = [];
    this.latencyMs = 0;
  }

  takeFailure(path: string): FailureFault | undefined {
    const index = this.#failures.findIndex((f) => !f.pathIncludes || path.includes(f.pathIncludes));
    return index < 0 ? undefined : this.#failures.splice(index, 1)[0];
  }

  takeDrop(path: string): number | undefined {
    const index = this.#drops.findIndex((d) => !d.pathIncludes || path.includes(d.pathIncludes));
    return index < 0 ? undefined : this.#drops.splice(index, 1)[0]?.afterBytes;
  }
}
