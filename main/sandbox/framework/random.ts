import { randomBytes } from 'node:crypto';

/** A small seeded PRNG (mulberry32): the same seed always yields the same demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A stable hash of numbers, to derive per-object seeds (device run outcomes, samples). */
export function hashSeed(...parts: number[]): number {
  let h = 2166136261;
  for (const part of parts) {
    h ^= part;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * A demo credential made when an emulator starts: random, so no constant in the source
 * unlocks a running sandbox. `npm run sandbox` prints it; the app and tests read it from
 * the emulator.
 */
export function demoSecret(prefix: string): string {
  return `${prefix}-${randomBytes(18).toString('base64url')}`;
}
