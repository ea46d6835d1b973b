// Test support only (imported by *.test.ts, never by the pipeline): fixture bytes and stand-ins
// for the countries and people modules, which the pipeline receives by injection.
import { readFileSync } from 'node:fs'
import type { CountryMatch, RowCheckContext } from './row-record'

export function fixture(name: string): Uint8Array {
  return new Uint8Array(
    readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url)),
  )
}

const COUNTRIES: readonly [string, string][] = [
  ['fiji', 'FJ'],
  ['tonga', 'TO'],
  ['vanuatu', 'VU'],
  ['samoa', 'WS'],
  ['timor leste', 'TL'],
  ['timor-leste', 'TL'],
  ['kepulauan cook', 'CK'],
  ['kepulauan marshall', 'MH'],
  ['kaledonia baru', 'NC'],
  ['nouvelle-calédonie', 'NC'],
  ['polynésie française', 'PF'],
]

export function stubMatchCountry(text: string): CountryMatch {
  const key = text.trim().toLowerCase()
  const code = COUNTRIES.find(([name]) => name === key)?.[1]
  if (code) return { status: 'certain', code }
  if (key === 'micronesia') {
    return {
      status: 'unsure',
      candidates: [
        { code: 'FM', score: 0.8 },
        { code: 'MH', score: 0.3 },
      ],
    }
  }
  return { status: 'none' }
}

/** "+679 331 1234" → +6793311234; a national number gets the default country's code (FJ, TO, WS). */
export function stubParsePhone(
  raw: string,
  defaultCountry?: string,
): { raw: string; e164?: string } {
  const digits = raw.replace(/[^\d+]/g, '')
  if (/^\+[1-9]\d{6,14}$/.test(digits)) return { raw, e164: digits }
  const code =
    defaultCountry === 'FJ'
      ? '679'
      : defaultCountry === 'TO'
        ? '676'
        : defaultCountry === 'WS'
          ? '685'
          : undefined
  if (code && /^\d{5,7}$/.test(digits)) return { raw, e164: `+${code}${digits}` }
  if (code && digits.startsWith(code) && digits.length <= 15) return { raw, e164: `+${digits}` }
  return { raw }
}

export function stubSplitHonorific(text: string): { honorific: string; name: string } {
  const m = /^((?:(?:H\.E\.|Hon\.|Amb\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Bapak|Ibu)\s+)+)(.*)$/i.exec(text)
  return m ? { honorific: m[1]!.trim(), name: m[2]!.trim() } : { honorific: '', name: text }
}

export const stubContext: RowCheckContext = {
  matchCountry: stubMatchCountry,
  parsePhone: stubParsePhone,
  splitHonorific: stubSplitHonorific,
}
