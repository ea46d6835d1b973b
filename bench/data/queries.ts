// What a secretariat officer types into the registry search: a Samoan family name without its
// ʻokina, a Timorese name with its accent left off, an organisation, an e-mail fragment. The
// field is cleared between searches, as people do (select all, delete).

export const SEARCH_QUERIES = ['tuilaepa', 'jose ramos', 'ministry of', 'fuimaono@mfat'] as const

/** The search field's value after each keystroke: every prefix of each query, then ''. */
export function keystrokes(queries: readonly string[] = SEARCH_QUERIES): string[] {
  return queries.flatMap((query) => [...Array.from(query, (_, i) => query.slice(0, i + 1)), ''])
}
