// The countries and territories directory: codes, names in English and Indonesian with the
// ministry's official names, forgiving matching of written names, and time zones.
export {
  countryCodes,
  countryInfo,
  isCountryCode,
  isTerritory,
  nameLangs,
  type CountryInfo,
  type CountryStatus,
  type NameLang,
} from './directory'
export {
  countryName,
  intlCountryName,
  listCountries,
  nameOverridesSchema,
  type CountryListItem,
  type NameOverrides,
} from './country-names'
export { matchCountry, type CountryCandidate, type CountryMatch } from './match-country'
export { normaliseCountryText } from './normalise-country-text'
export { countryZones, defaultZoneFor } from './zones'
