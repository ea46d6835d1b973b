// Search folding: one cheap, precomputable form of a text so that "tuilaepa" finds "Tuilaʻepa" and
// "jose" finds "José". Rows store their folded haystack once; queries are folded once per keystroke.

// Apostrophe-like marks that people type, omit or substitute freely inside names: ASCII ', `,
// ´, the typographic ‘ ’ ‛, ʹ ʻ (Polynesian ʻokina) ʼ ʽ ˈ, ′ and the fullwidth ＇.
const APOSTROPHES = /['`´‘’‛ʹʻʼʽˈ′＇]/g
// Combining marks left behind by NFKD (accents, the dot of a lower-cased İ, …).
const COMBINING_MARKS = /\p{M}/gu
const WHITESPACE_RUNS = /\s+/g
// Letters that carry no decomposition in Unicode, so NFKD alone leaves them alone.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'ng',
}
const SPECIAL_LETTER_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g')
// Plain printable ASCII needs only lower-casing and apostrophe removal: the common case by far.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

function collapse(text: string): string {
  return text.replace(WHITESPACE_RUNS, ' ').trim()
}

/**
 * Lower-case, diacritic-free, apostrophe-free form of `text`, with whitespace collapsed.
 * Idempotent: foldForSearch(foldForSearch(x)) === foldForSearch(x).
 */
export function foldForSearch(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return collapse(text.toLowerCase().replace(APOSTROPHES, ''))
  // NFKD before and after lower-casing: some compatibility characters decompose to capitals
  // (ℌ → H) and some capitals lower-case to a letter plus a combining mark (İ → i̇).
  const decomposed = text.normalize('NFKD').toLowerCase().normalize('NFKD')
  return collapse(
    decomposed
      .replace(COMBINING_MARKS, '')
      .replace(APOSTROPHES, '')
      .replace(SPECIAL_LETTER_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch),
  )
}

/** The words of an already folded query, for reuse across many rows. */
export function searchTokens(foldedQuery: string): readonly string[] {
  return foldedQuery.split(' ').filter((t) => t.length > 0)
}

/**
 * True when every word of the query occurs somewhere in the haystack (AND semantics, substring
 * match). Both arguments must already be folded; pass precomputed tokens when scanning many rows.
 * An empty query matches everything.
 */
export function matchesSearch(
  foldedHaystack: string,
  foldedQuery: string | readonly string[],
): boolean {
  const tokens = typeof foldedQuery === 'string' ? searchTokens(foldedQuery) : foldedQuery
  for (const token of tokens) if (!foldedHaystack.includes(token)) return false
  return true
}
