import { editDistance } from '../people/edit-distance'
import { intlCountryName } from './country-names'
import { countryCodes, countryInfo } from './directory'
import { certainAliases, unsureAliases } from './hand-aliases'
import { normaliseCountryText, stripGovernmentForm } from './normalise-country-text'
import { defaultOfficialNames } from './official-names'

export interface CountryCandidate {
  code: string
  /** 0..1; 1 would be an exact alias, typos and partial names score lower. */
  score: number
}

export type CountryMatch =
  | { status: 'certain'; code: string }
  | { status: 'unsure'; candidates: CountryCandidate[] }
  | { status: 'none' }

interface AliasEntry {
  codes: string[]
  /** True when the alias cannot be certain: hand-marked unsure, or shared by several codes. */
  unsure: boolean
}

/** Score given to every code of an exact but unsure alias ("Korea", "England"). */
const UNSURE_EXACT_SCORE = 0.9
/** Fuzzy candidates below this score are not offered. */
const MIN_SCORE = 0.6
const MAX_CANDIDATES = 5
// Words too common in country names to identify one on their own ("Islands", "Republic").
const GENERIC_TOKENS: ReadonlySet<string> = new Set(
  [
    'islands island kepulauan pulau iles ile republic republik republique of the and de du des la',
    'saint sainte south north east west new united states state selatan utara barat timur baru',
    'sud nord kingdom kerajaan royaume',
  ]
    .join(' ')
    .split(' '),
)

let index: Map<string, AliasEntry> | undefined

function buildIndex(): Map<string, AliasEntry> {
  const built = new Map<string, AliasEntry>()
  const addGenerated = (text: string | undefined, code: string): void => {
    const key = text ? normaliseCountryText(text) : ''
    if (key === '') return
    const entry = built.get(key)
    if (!entry) built.set(key, { codes: [code], unsure: false })
    else if (!entry.codes.includes(code)) {
      // Two countries share a generated name: never certain.
      entry.codes.push(code)
      entry.unsure = true
    }
  }
  for (const code of countryCodes) {
    addGenerated(code, code)
    addGenerated(countryInfo(code)?.alpha3, code)
    for (const lang of ['en', 'id', 'fr'] as const) addGenerated(intlCountryName(code, lang), code)
    addGenerated(defaultOfficialNames.en.get(code), code)
    addGenerated(defaultOfficialNames.id.get(code), code)
  }
  // Hand-written aliases replace generated ones with the same form.
  const handCertain = new Map<string, AliasEntry>()
  for (const [code, aliases] of Object.entries(certainAliases)) {
    for (const alias of aliases) {
      const key = normaliseCountryText(alias)
      const entry = handCertain.get(key)
      if (!entry) handCertain.set(key, { codes: [code], unsure: false })
      else if (!entry.codes.includes(code)) entry.unsure = entry.codes.push(code) > 1
    }
  }
  for (const [key, entry] of handCertain) built.set(key, entry)
  for (const [alias, codes] of unsureAliases) {
    built.set(normaliseCountryText(alias), { codes: [...codes], unsure: true })
  }
  return built
}

function aliasIndex(): Map<string, AliasEntry> {
  index ??= buildIndex()
  return index
}

function exact(key: string): CountryMatch | undefined {
  const entry = aliasIndex().get(key)
  if (!entry) return undefined
  if (!entry.unsure && entry.codes.length === 1) return { status: 'certain', code: entry.codes[0]! }
  return {
    status: 'unsure',
    candidates: entry.codes.map((code) => ({ code, score: UNSURE_EXACT_SCORE })),
  }
}

function editScore(input: string, alias: string): number {
  const longest = Math.max(input.length, alias.length)
  const allowed = Math.floor(longest * (1 - MIN_SCORE))
  const distance = editDistance(input, alias, allowed)
  return distance > allowed ? 0 : 1 - distance / longest
}

function tokenScore(inputTokens: readonly string[], input: string, alias: string): number {
  const aliasTokens = alias.split(' ')
  if ([...aliasTokens].sort().join(' ') === [...inputTokens].sort().join(' ')) return 0.95
  const has = (tokens: readonly string[], t: string): boolean => tokens.includes(t)
  const distinctive = (tokens: readonly string[]): boolean =>
    tokens.some((t) => !GENERIC_TOKENS.has(t) && t.length > 2)
  // The input names the country and more ("Fiji Islands", "Tonga Kingdom"), or only part of it
  // ("Marshall", "Solomon"). Extra words that are all generic cost little.
  const containment = (
    inner: readonly string[],
    outer: readonly string[],
    ratio: number,
  ): number => {
    if (!distinctive(inner) || !inner.every((t) => has(outer, t))) return 0
    const extra = outer.filter((t) => !has(inner, t))
    return extra.every((t) => GENERIC_TOKENS.has(t)) ? 0.85 : 0.6 + 0.3 * ratio
  }
  return Math.max(
    alias.length >= 4 ? containment(aliasTokens, inputTokens, alias.length / input.length) : 0,
    containment(inputTokens, aliasTokens, input.length / alias.length),
  )
}

function fuzzy(key: string): CountryCandidate[] {
  const best = new Map<string, number>()
  const inputTokens = key.split(' ')
  for (const [alias, entry] of aliasIndex()) {
    // Codes and abbreviations match exactly or not at all: "TO" is not a typo of "TG".
    if (alias.length <= 3) continue
    const score = Math.max(editScore(key, alias), tokenScore(inputTokens, key, alias))
    if (score < MIN_SCORE) continue
    const adjusted = entry.unsure ? Math.min(score, UNSURE_EXACT_SCORE) : score
    for (const code of entry.codes) best.set(code, Math.max(best.get(code) ?? 0, adjusted))
  }
  return [...best]
    .map(([code, score]) => ({ code, score: Math.round(score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1))
    .slice(0, MAX_CANDIDATES)
}

const cache = new Map<string, CountryMatch>()
const CACHE_LIMIT = 5000

function computeMatch(text: string): CountryMatch {
  const key = normaliseCountryText(text)
  if (key === '') return { status: 'none' }
  const stripped = stripGovernmentForm(key)
  const found = exact(key) ?? (stripped !== '' && stripped !== key ? exact(stripped) : undefined)
  if (found) return found
  if (key.length < 3) return { status: 'none' }
  const candidates = fuzzy(stripped !== '' ? stripped : key)
  return candidates.length > 0 ? { status: 'unsure', candidates } : { status: 'none' }
}

/**
 * Recognises a country or territory as written in any of our languages, by code, or with typos.
 * 'certain' only for an exact alias that names one country; anything else is 'unsure' with
 * ranked candidates for the user to confirm, or 'none'. Results are cached per text: an import
 * asks about the same few spellings thousands of times.
 */
export function matchCountry(text: string): CountryMatch {
  const cached = cache.get(text)
  if (cached) return cached
  const result = computeMatch(text)
  // Long cells (pasted paragraphs) are not worth keeping.
  if (text.length > 200) return result
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(text, result)
  return result
}
