/**
 * Turns "bytes the socket has accepted" into progress a person can trust: throttled,
 * with speed and ETA, and a stall alarm.
 *
 * Why throttled here, before IPC: a 4 MiB chunk can drain many times a second on a fast
 * link, and four transfers in parallel would flood the renderer with events it cannot
 * paint anyway. At most one sample per `intervalMs` (125 ms → 8 events/s per job) leaves
 * the UI smooth and the IPC channel quiet. Not 100 ms: events reach the page with some
 * jitter, and at exactly 10/s a late one and an on-time one land in the same second, over
 * the renderer's budget of 10 per second per job (test/bench/under-load.ts).
 */
export interface ProgressSample {
  bytesSent: number;
  totalBytes: number;
  bytesPerSecond: number;
  etaSeconds?: number;
}

export interface Clock {
  now(): number;
  every(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  every: (ms, fn) => {
    const handle = setInterval(fn, ms);
    handle.unref?.();
    return () => clearInterval(handle);
  },
};

/** The least time between two progress events of one transfer. */
export const PROGRESS_INTERVAL_MS = 125;

/** No byte accepted for this long while the body is still going out: the attempt stalled. */
export const DEFAULT_STALL_MS = 30_000;

export interface MeterOptions {
  totalBytes: number;
  /** How many body bytes the socket has accepted so far. */
  read: () => number;
  onProgress: (sample: ProgressSample) => void;
  /** No byte accepted for `stallMs` while the body was still being sent. */
  onStall: () => void;
  intervalMs?: number;
  stallMs?: number;
  /** Speed is averaged over this window, so one slow chunk does not swing the ETA. */
  windowMs?: number;
  /** Even without new bytes, refresh speed/ETA this often (it falls while stalled). */
  heartbeatMs?: number;
  clock?: Clock;
}

export class ProgressMeter {
  readonly #o: Required<Omit<MeterOptions, 'clock'>> & { clock: Clock };
  #samples: { at: number; bytes: number }[] = [];
  #lastEmitAt = Number.NEGATIVE_INFINITY;
  #lastEmitted = -1;
  #lastChangeAt = 0;
  #lastBytes = 0;
  #stop: (() => void) | undefined;
  #stalled = false;

  constructor(options: MeterOptions) {
    this.#o = {
      intervalMs: PROGRESS_INTERVAL_MS,
      stallMs: DEFAULT_STALL_MS,
      windowMs: 3_000,
      heartbeatMs: 1_000,
      clock: systemClock,
      ...options,
    };
  }

  start(): void {
    this.#lastChangeAt = this.#o.clock.now();
    this.#stop = this.#o.clock.every(this.#o.intervalMs, () => this.tick());
  }

  stop(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  /** Bytes accepted at the last tick. */
  get bytes(): number {
    return this.#lastBytes;
  }

  /** Samples the socket; emits at most once per interval. Public for tests. */
  tick(): void {
    const now = this.#o.clock.now();
    const bytes = Math.min(this.#o.read(), this.#o.totalBytes);
    if (bytes !== this.#lastBytes) this.#lastChangeAt = now;
    this.#lastBytes = bytes;
    this.#remember(now, bytes);

    const bodyDone = bytes >= this.#o.totalBytes;
    if (!bodyDone && !this.#stalled && now - this.#lastChangeAt >= this.#o.stallMs) {
      this.#stalled = true;
      this.#o.onStall();
    }
    const due = now - this.#lastEmitAt >= this.#o.intervalMs;
    const changed = bytes !== this.#lastEmitted;
    if (!due || (!changed && now - this.#lastEmitAt < this.#o.heartbeatMs)) return;
    this.#lastEmitAt = now;
    this.#lastEmitted = bytes;
    this.#o.onProgress(this.sample());
  }

  sample(): ProgressSample {
    const bytesPerSecond = this.#speed();
    const remaining = this.#o.totalBytes - this.#lastBytes;
    return {
      bytesSent: this.#lastBytes,
      totalBytes: this.#o.totalBytes,
      bytesPerSecond,
      ...(bytesPerSecond > 0 ? { etaSeconds: Math.ceil(remaining / bytesPerSecond) } : {}),
    };
  }

  #remember(at: number, bytes: number): void {
    this.#samples.push({ at, bytes });
    const horizon = at - this.#o.windowMs;
    while (this.#samples.length > 2 && this.#samples[1]!.at <= horizon) this.#samples.shift();
  }

  #speed(): number {
    const first = this.#samples[0];
    const last = this.#samples[this.#samples.length - 1];
    if (!first || !last) return 0;
    const seconds = (last.at - first.at) / 1000;
    return seconds >= 0.2 ? Math.max(0, (last.bytes - first.bytes) / seconds) : 0;
  }
}

/** The fraction a person sees: it never reaches 1 before the service has answered. */
export function visibleFraction(bytesSent: number, totalBytes: number, answered: boolean): number {
  if (answered) return 1;
  if (totalBytes <= 0) return 0;
  return Math.min(bytesSent / totalBytes, 0.99);
}
