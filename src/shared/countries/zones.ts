import { countryZoneTable } from './country-zones'
import { isCountryCode } from './directory'

const NONE: readonly string[] = Object.freeze([])

/**
 * The IANA zones in use in a country or territory, the capital's first (the suggested choice),
 * then the others west to east. Empty for unknown codes and uninhabited places (BV, HM).
 */
export function countryZones(code: string): readonly string[] {
  if (!isCountryCode(code) || !Object.hasOwn(countryZoneTable, code)) return NONE
  return countryZoneTable[code] ?? NONE
}

/**
 * The zone to fill in without asking: only when the country has exactly one. Kiribati, FSM, PNG,
 * French Polynesia, Indonesia and the like return undefined, because the delegate's island decides.
 */
export function defaultZoneFor(code: string): string | undefined {
  const zones = countryZones(code)
  return zones.length === 1 ? zones[0] : undefined
}
