import type { Readable } from 'node:stream';
import type { ServerResponse } from 'node:http';

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
  /** Only requests with this method, e.g. 'POST' (default: any). */
  method?: string;
}

/** Which requests a fault applies to. */
interface Match {
  pathIncludes?: string;
  method?: string;
}

const matches = (fault: Match, method: string, path: string) =>
  (!fault.pathIncludes || path.includes(fault.pathIncludes)) &&
  (!fault.method || fault.method.toUpperCase() === method);

export class Faults {
  #failures: FailureFault[] = [];
  #drops: ({ afterBytes: number } & Match)[] = [];
  #lostAnswers: Match[] = [];
  #stalls: ({ ms: number } & Match)[] = [];
  latencyMs = 0;
  /** While above 0, request bodies are read at about this rate (a slow uplink). */
  throttleBytesPerSecond = 0;

  /**
   * "Stored, but the answer is lost": the next `count` matching requests are handled in
   * full (the upload is kept), then the connection is cut instead of answering.
   */
  loseAnswerNext(count: number, match: Match = {}): void {
    for (let i = 0; i < count; i++) this.#lostAnswers.push(match);
  }

  /** The next matching request waits `ms` before it is handled (a stall, then an answer). */
  stallNext(ms: number, match: Match = {}): void {
    this.#stalls.push({ ms, ...match });
  }

  /** The next `count` requests answer `status` (e.g. 503, or 429 with Retry-After). */
  failNext(count: number, fault: FailureFault): void {
    for (let i = 0; i < count; i++) this.#failures.push(fault);
  }

  /** The next matching request's connection is destroyed after `afterBytes` bytes of its body. */
  dropConnectionAfter(afterBytes: number, pathIncludes?: string, method?: string): void {
    this.#drops.push({
      afterBytes,
      ...(pathIncludes ? { pathIncludes } : {}),
      ...(method ? { method } : {}),
    });
  }

  /** Faults armed and not yet fired (a campaign counts what really hit). */
  get waiting(): number {
    return (
      this.#failures.length + this.#drops.length + this.#lostAnswers.length + this.#stalls.length
    );
  }

  reset(): void {
    this.#failures = [];
    this.#drops = [];
    this.#lostAnswers = [];
    this.#stalls = [];
    this.latencyMs = 0;
    this.throttleBytesPerSecond = 0;
  }

  takeFailure(method: string, path: string): FailureFault | undefined {
    const index = this.#failures.findIndex((f) => matches(f, method, path));
    return index < 0 ? undefined : this.#failures.splice(index, 1)[0];
  }

  /** If a lost answer is armed for this request, `res` will cut the connection instead. */
  loseAnswerIfArmed(method: string, path: string, res: ServerResponse): void {
    const index = this.#lostAnswers.findIndex((f) => matches(f, method, path));
    if (index < 0) return;
    this.#lostAnswers.splice(index, 1);
    loseAnswer(res);
  }

  takeStall(method: string, path: string): number | undefined {
    const index = this.#stalls.findIndex((f) => matches(f, method, path));
    return index < 0 ? undefined : this.#stalls.splice(index, 1)[0]?.ms;
  }

  takeDrop(method: string, path: string): number | undefined {
    const index = this.#drops.findIndex((d) => matches(d, method, path));
    return index < 0 ? undefined : this.#drops.splice(index, 1)[0]?.afterBytes;
  }
}

/**
 * Reads `body` at about `bytesPerSecond`: whenever it runs ahead it is paused until the
 * rate allows, and a reader's own resume (a pipe after a drain) is ignored until then;
 * TCP backpressure slows the sender. The stream starts paused, for its reader to resume.
 */
export function throttleBody(body: Readable, bytesPerSecond: number): void {
  const started = Date.now();
  let seen = 0;
  let aheadUntil = 0;
  const resume = body.resume.bind(body);
  const resumeWhenDue = (): Readable => {
    const wait = Math.ceil(aheadUntil - Date.now());
    if (wait <= 0) return resume();
    setTimeout(resumeWhenDue, wait);
    return body;
  };
  body.resume = resumeWhenDue;
  body.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    aheadUntil = started + (seen / bytesPerSecond) * 1000;
    if (aheadUntil <= Date.now()) return;
    body.pause();
    resumeWhenDue();
  });
  body.pause();
}

/**
 * Lets the handler run to the end (so whatever it stores stays stored), then cuts the
 * connection where it would have answered: the client never learns the outcome.
 */
function loseAnswer(res: ServerResponse): void {
  const cut = (): ServerResponse => {
    res.socket?.destroy();
    return res;
  };
  res.writeHead = cut;
  res.write = () => (cut(), false);
  res.end = cut;
}
