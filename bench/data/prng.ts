// Seeded pseudo-random numbers, so every run (and every machine) benchmarks the same data.

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator). Its 128-bit state matters: with a
 * 32-bit generator such as mulberry32, 100,000 per-record streams overlap and records repeat.
 */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    d = (d + 1) | 0
    const t = (((a + b) | 0) + d) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (((c << 21) | (c >>> 11)) + t) | 0
    return (t >>> 0) / 4294967296
  }
}

export interface Rng {
  next(): number
  int(maxExclusive: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
  digits(count: number): string
}

/** An independent stream per (seed, stream): record i uses stream i, so it is random-access. */
export function createRng(seed: number, stream = 0): Rng {
  const next = sfc32(0x9e3779b9, seed, stream, 0x243f6a88)
  for (let i = 0; i < 15; i++) next() // the documented warm-up: mixes the seed into all state
  const int = (maxExclusive: number) => Math.floor(next() * maxExclusive)
  return {
    next,
    int,
    pick: (items) => items[int(items.length)]!,
    chance: (probability) => next() < probability,
    digits: (count) => Array.from({ length: count }, () => int(10)).join(''),
  }
}
