// Order statistics over timing samples. Pure: unit-tested in stats.test.ts.

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('no samples')
  return [...samples].sort((a, b) => a - b)
}

/** The middle sample; the mean of the two middle samples when the count is even. */
export function median(samples: readonly number[]): number {
  const s = sorted(samples)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/**
 * Nearest-rank percentile: the smallest sample with at least p% of samples at or below it
 * (rank ceil(p/100 * n)). No interpolation, so it is always a time that really happened; with
 * 7 samples p95 is the slowest one.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`)
  const s = sorted(samples)
  const rank = Math.ceil((p / 100) * s.length)
  return s[rank - 1]!
}
