import { isoCountryRows, type CountryStatus } from './iso-countries'

export type { CountryStatus } from './iso-countries'

/** Languages the console writes names in. */
export type NameLang = 'en' | 'id'
export const nameLangs: readonly NameLang[] = ['en', 'id']

export interface CountryInfo {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string
  /** ISO 3166-1 alpha-3, upper case. */
  alpha3: string
  status: CountryStatus
}

const byCode: ReadonlyMap<string, CountryInfo> = new Map(
  isoCountryRows.map(([code, alpha3, status]) => [code, { code, alpha3, status }]),
)

/** Every ISO 3166-1 alpha-2 code (249), sorted. */
export const countryCodes: readonly string[] = isoCountryRows.map(([code]) => code)

/** True for an assigned ISO 3166-1 alpha-2 code in upper case ("FJ"); false for "fj", "XK", "". */
export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && byCode.has(code)
}

export function countryInfo(code: string): CountryInfo | undefined {
  return byCode.get(code)
}

/**
 * True for dependent territories (PF, NC, GU, AS, TK, WF, …), false for sovereign states and for
 * states in free association (CK, NU), undefined for contested entries and unknown codes.
 */
export function isTerritory(code: string): boolean | undefined {
  const status = byCode.get(code)?.status
  if (status === undefined || status === 'unstated') return undefined
  return status === 'territory'
}
