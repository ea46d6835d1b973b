// The default 'libphonenumber-js' entry point carries the "min" metadata (about 118 kB minified,
// 30 kB gzipped, with the parser): enough to validate and format every country's numbers.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'
import type { Phone } from '../registry/model'

// Same shape the registry schema accepts for e164.
const E164 = /^\+[1-9]\d{6,14}$/
// A cell that is nothing but digits (Excel dropped the '+', or the whole cell was a number).
const DIGITS_ONLY = /^\d{8,15}$/
const MAX_RAW = 100

function validE164(text: string, defaultCountry: CountryCode | undefined): string | undefined {
  // extract: true (the library's default) finds the number inside "WA: +685 7712345".
  const parsed = parsePhoneNumberFromString(
    text,
    defaultCountry ? { defaultCountry, extract: true } : { extract: true },
  )
  if (!parsed?.isValid()) return undefined
  return E164.test(parsed.number) ? parsed.number : undefined
}

/**
 * Reads one phone or WhatsApp number as written in a form or spreadsheet. `raw` is kept exactly as
 * given (cut to the registry's 100 characters); `e164` is set only when the number is valid for
 * its country. A bare digit string is tried as a national number of `defaultCountry` first and
 * then as an international number whose '+' was lost (Excel stores "+679 331 1234" typed as a
 * number as 6793311234). When both readings are valid, the national one wins, so pass the
 * delegation's country as `defaultCountry`. Never throws.
 */
export function parsePhone(raw: string | number, defaultCountry?: string): Phone {
  const text = typeof raw === 'number' ? (Number.isSafeInteger(raw) ? String(raw) : '') : raw
  const kept = (typeof raw === 'number' ? text : raw).slice(0, MAX_RAW)
  const country =
    defaultCountry && /^[A-Z]{2}$/.test(defaultCountry) && isSupportedCountry(defaultCountry)
      ? (defaultCountry as CountryCode)
      : undefined
  try {
    const trimmed = text.trim()
    if (trimmed === '' || trimmed.length > 200) return { raw: kept }
    const e164 =
      validE164(trimmed, country) ??
      (DIGITS_ONLY.test(trimmed) ? validE164(`+${trimmed}`, undefined) : undefined)
    return e164 ? { raw: kept, e164 } : { raw: kept }
  } catch {
    // The library throws on some pathological inputs; a phone cell must never break an import.
    return { raw: kept }
  }
}

// Separators between several numbers in one cell. A bare '/' is not one: "021/3841234" is a
// single number in some countries' writing.
const PHONE_LIST_SEPARATORS = /[;,\n\r]+|\s+\/\s+|\s+(?:or|atau|ou)\s+/i

/** Splits a cell holding several numbers ("+679 331 1234; WA +679 999 8888") and parses each. */
export function parsePhones(text: string, defaultCountry?: string): Phone[] {
  return text
    .split(PHONE_LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => parsePhone(part, defaultCountry))
}
