import {
  countryCodes,
  countryName,
  intlCountryName,
  type NameLang,
  type NameOverrides,
} from '../../countries'
import { foldForSearch, searchTokens } from '../../people/fold-text'

// Editing staff's official country names (Settings), one country and language at a time.

/**
 * The overrides with `code`'s name in `lang` set to `name`, or cleared when `name` is blank.
 * A country left with no name in any language is removed, so nothing empty is stored.
 */
export function withOverride(
  overrides: NameOverrides,
  code: string,
  lang: NameLang,
  name: string,
): NameOverrides {
  const entry: { en?: string; id?: string } = { ...(overrides[code] ?? {}) }
  const trimmed = name.trim()
  if (trimmed) entry[lang] = trimmed
  else delete entry[lang]
  const next: Record<string, { en?: string; id?: string }> = { ...overrides }
  if (entry.en || entry.id) next[code] = entry
  else delete next[code]
  return next
}

/**
 * Countries whose code or any of their names (official, platform, staff's) match every word of
 * the query, diacritic-insensitively, in the order of `lang`'s names.
 */
export function searchCountries(query: string, lang: NameLang, overrides: NameOverrides): string[] {
  const tokens = searchTokens(foldForSearch(query))
  if (tokens.length === 0) return []
  const collator = new Intl.Collator(lang)
  return countryCodes
    .filter((code) => {
      const haystack = foldForSearch(
        [
          code,
          countryName(code, 'en', overrides),
          countryName(code, 'id', overrides),
          intlCountryName(code, 'en') ?? '',
          intlCountryName(code, 'id') ?? '',
        ].join(' '),
      )
      return tokens.every((t) => haystack.includes(t))
    })
    .sort((a, b) =>
      collator.compare(countryName(a, lang, overrides), countryName(b, lang, overrides)),
    )
}
