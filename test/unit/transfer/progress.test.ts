import { describe, expect, it } from 'vitest';
import {
  ProgressMeter,
  visibleFraction,
  type Clock,
  type ProgressSample,
} from '../../../main/core/transfer/progress';

/** A clock the test moves by hand; `every` is driven by `advance`. */
function manualClock() {
  let now = 0;
  const timers: { ms: number; next: number; fn: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    every: (ms, fn) => {
      const timer = { ms, next: now + ms, fn };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      now = due.next;
      due.next += due.ms;
      due.fn();
    }
    now = end;
  };
  return { clock, advance };
}

function meterWith(total: number, read: () => number, stallMs = 30_000) {
  const { clock, advance } = manualClock();
  const samples: { at: number; sample: ProgressSample }[] = [];
  let stalls = 0;
  const meter = new ProgressMeter({
    totalBytes: total,
    read,
    onProgress: (sample) => samples.push({ at: clock.now(), sample }),
    onStall: () => stalls++,
    stallMs,
    clock,
  });
  return { meter, samples, advance, stalls: () => stalls, clock };
}

describe('progress meter', () => {
  it('emits at most 8 times a second however often it is sampled', () => {
    let bytes = 0;
    const { meter, samples, advance } = meterWith(10_000_000, () => (bytes += 1000));
    meter.start();
    for (let i = 0; i < 500; i++) {
      meter.tick(); // extra samples between the timer's own must not add events
      advance(10);
    }
    meter.stop();
    // 5 s of sending: one event per 125 ms.
    expect(samples.length).toBeLessThanOrEqual(41);
    expect(samples.length).toBeGreaterThanOrEqual(36);
    for (let i = 1; i < samples.length; i++) {
      expect(samples[i]!.at - samples[i - 1]!.at).toBeGreaterThanOrEqual(125);
    }
  });

  it('computes speed over a window and an ETA from it', () => {
    let bytes = 0;
    const { meter, samples, advance } = meterWith(100_000_000, () => bytes);
    meter.start();
    for (let i = 0; i < 40; i++) {
      bytes += 100_000; // 1 MB/s in 100 ms steps
      advance(100);
    }
    const last = samples.at(-1)!.sample;
    expect(last.bytesPerSecond).toBeGreaterThan(950_000);
    expect(last.bytesPerSecond).toBeLessThan(1_050_000);
    expect(last.etaSeconds).toBeGreaterThanOrEqual(95);
    expect(last.etaSeconds).toBeLessThanOrEqual(97);
  });

  it('raises a stall once after the window without progress, and speed falls to zero', () => {
    let bytes = 0;
    const { meter, samples, advance, stalls } = meterWith(1_000_000, () => bytes, 30_000);
    meter.start();
    bytes = 500_000;
    advance(1000);
    advance(29_000);
    expect(stalls()).toBe(0);
    advance(1_100);
    expect(stalls()).toBe(1);
    advance(5_000);
    expect(stalls()).toBe(1);
    expect(samples.at(-1)!.sample.bytesPerSecond).toBe(0);
    meter.stop();
  });

  it('does not call waiting for the answer a stall', () => {
    const { meter, advance, stalls } = meterWith(1000, () => 1000, 1000);
    meter.start();
    advance(10_000);
    expect(stalls()).toBe(0);
  });

  it('never shows 100% before the service answered', () => {
    expect(visibleFraction(1000, 1000, false)).toBe(0.99);
    expect(visibleFraction(1000, 1000, true)).toBe(1);
    expect(visibleFraction(250, 1000, false)).toBe(0.25);
    expect(visibleFraction(0, 0, false)).toBe(0);
  });
});
