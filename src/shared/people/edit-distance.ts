// Optimal-string-alignment distance (Levenshtein plus adjacent transposition), the usual measure
// for typing mistakes: "Tonnga" → "Tonga" is 1, "Fjii" → "Fiji" is 1.

/**
 * Edit distance between `a` and `b`, counting insertions, deletions, substitutions and swaps of
 * two adjacent characters. Stops early and returns `max + 1` once the distance must exceed `max`,
 * which keeps bulk comparisons cheap. Symmetric in `a` and `b`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  const cols = b.length + 1
  // Three rolling rows: two back for transpositions, one back, and the current one.
  let prev2 = new Array<number>(cols).fill(0)
  let prev = Array.from({ length: cols }, (_, j) => j)
  let cur = new Array<number>(cols).fill(0)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j < cols; j++) {
      const cb = b.charCodeAt(j - 1)
      const cost = ca === cb ? 0 : 1
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, prev2[j - 2]! + 1)
      }
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return Math.min(prev[cols - 1]!, max + 1)
}

/** 1 for equal strings, 0 for nothing in common: 1 − distance / longer length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 1
  return 1 - editDistance(a, b) / longest
}
