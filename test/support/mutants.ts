/** Deterministic PRNG (mulberry32): a failure reproduces with the same seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random byte changes, and every fourth time a truncation too. */
export function* mutants(buf: Buffer, count: number, seed: number): Generator<Buffer> {
  const rand = rng(seed);
  for (let i = 0; i < count; i++) {
    const b = Buffer.from(buf);
    const flips = 1 + Math.floor(rand() * 8);
    for (let f = 0; f < flips; f++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
    yield i % 4 === 3 ? b.subarray(0, Math.floor(rand() * b.length)) : b;
  }
}
