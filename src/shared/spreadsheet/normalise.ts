// Text keys for comparing what people typed: headers, enumeration values, names.
// Case, accents, punctuation and spacing never matter ("E-mail", "email", "EMAIL ").

/** Lower case, no diacritics, letters and digits separated by single spaces. Idempotent. */
export function normaliseKey(text: string): string {
  return text
    .replace(/#/g, ' no ')
    .replace(/\bn[°º]/gi, 'no ')
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export function tokens(key: string): string[] {
  return key ? key.split(' ') : []
}

export function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>()
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2)
    out.set(g, (out.get(g) ?? 0) + 1)
  }
  return out
}

/** Sørensen–Dice over character bigrams of two keys, spaces ignored: 1 = same, 0 = nothing shared. */
export function diceSimilarity(a: string, b: string): number {
  const x = a.replace(/ /g, '')
  const y = b.replace(/ /g, '')
  if (x === y) return 1
  if (x.length < 2 || y.length < 2) return 0
  return diceOfBigrams(bigrams(x), x.length - 1, bigrams(y), y.length - 1)
}

/** Dice from precomputed bigram counts (n = number of bigrams), for matching against a fixed list. */
export function diceOfBigrams(
  gx: Map<string, number>,
  nx: number,
  gy: Map<string, number>,
  ny: number,
): number {
  if (nx < 1 || ny < 1) return 0
  let shared = 0
  for (const [g, n] of gy) shared += Math.min(n, gx.get(g) ?? 0)
  return (2 * shared) / (nx + ny)
}

/** Where the tokens of `needle` occur contiguously in `hay`, or -1. */
export function tokenSequenceIndex(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return -1
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

/** cyrb53: a small, well-mixed 53-bit string hash (not cryptographic; a lookup key only). */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}
