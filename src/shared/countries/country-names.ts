import { z } from 'zod'
import {
  countryCodes,
  countryInfo,
  isCountryCode,
  type CountryStatus,
  type NameLang,
} from './directory'
import { defaultOfficialNames } from './official-names'

/** Staff's official names per country and language, as stored in settings. */
export type NameOverrides = Readonly<Record<string, Readonly<{ en?: string; id?: string }>>>

const overrideName = z.string().trim().min(1).max(200)

/**
 * Validates overrides read from storage or a settings form. Keys must be assigned ISO codes, so no
 * arbitrary text ever becomes an object key; empty names are rejected rather than stored.
 */
export const nameOverridesSchema = z.record(
  z.string().refine(isCountryCode, 'unknownCountryCode'),
  z.strictObject({ en: overrideName.optional(), id: overrideName.optional() }),
)

const platformNames = new Map<string, Intl.DisplayNames>()

/** The platform's (CLDR) name, e.g. id CK → "Kepulauan Cook"; undefined when it has none. */
export function intlCountryName(code: string, lang: NameLang | 'fr'): string | undefined {
  if (!isCountryCode(code)) return undefined
  let names = platformNames.get(lang)
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })
    platformNames.set(lang, names)
  }
  return names.of(code)
}

function overrideFor(
  code: string,
  lang: NameLang,
  overrides: NameOverrides | undefined,
): string | undefined {
  // isCountryCode first: "__proto__" or "constructor" are never looked up.
  if (!overrides || !isCountryCode(code) || !Object.hasOwn(overrides, code)) return undefined
  const entry = overrides[code]
  const name = entry && Object.hasOwn(entry, lang) ? entry[lang] : undefined
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined
}

/**
 * The name to print for a country or territory: staff override, else the ministry's default
 * official name, else the platform's name, else the code itself (never empty, never throws).
 */
export function countryName(code: string, lang: NameLang, overrides?: NameOverrides): string {
  return (
    overrideFor(code, lang, overrides) ??
    defaultOfficialNames[lang].get(code) ??
    intlCountryName(code, lang) ??
    code
  )
}

export interface CountryListItem {
  code: string
  name: string
  status: CountryStatus
}

/** Every country and territory with its name in `lang`, sorted by that language's collation. */
export function listCountries(lang: NameLang, overrides?: NameOverrides): CountryListItem[] {
  const collator = new Intl.Collator(lang)
  return countryCodes
    .map((code) => ({
      code,
      name: countryName(code, lang, overrides),
      status: countryInfo(code)?.status ?? 'unstated',
    }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1))
}
