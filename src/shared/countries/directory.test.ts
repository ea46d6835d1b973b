import { describe, expect, it } from 'vitest'
import { countryCodes, countryInfo, isCountryCode, isTerritory } from './directory'
import { intlCountryName } from './country-names'

describe('ISO 3166-1 directory', () => {
  it('has all 249 assigned codes, unique and sorted, with unique alpha-3 codes', () => {
    expect(countryCodes).toHaveLength(249)
    expect(new Set(countryCodes).size).toBe(249)
    expect([...countryCodes].sort()).toEqual(countryCodes)
    const alpha3 = countryCodes.map((c) => countryInfo(c)?.alpha3)
    expect(new Set(alpha3).size).toBe(249)
    for (const a3 of alpha3) expect(a3).toMatch(/^[A-Z]{3}$/)
  })

  it('includes the Pacific territories and associated states', () => {
    for (const code of ['CK', 'NU', 'NC', 'PF', 'TK', 'WF', 'AS', 'GU', 'MP', 'PN', 'NF', 'UM']) {
      expect(isCountryCode(code)).toBe(true)
    }
    expect(countryInfo('FM')).toEqual({ code: 'FM', alpha3: 'FSM', status: 'sovereign' })
    expect(countryInfo('PF')?.alpha3).toBe('PYF')
  })

  it('every code has a platform name in English, Indonesian and French', () => {
    for (const code of countryCodes) {
      for (const lang of ['en', 'id', 'fr'] as const) {
        const name = intlCountryName(code, lang)
        expect(name, `${code} ${lang}`).toBeTruthy()
        expect(name).not.toBe(code)
      }
    }
  })

  it('flags territories reliably for the Pacific', () => {
    for (const code of ['NC', 'PF', 'TK', 'WF', 'AS', 'GU', 'MP', 'PN', 'NF']) {
      expect(isTerritory(code), code).toBe(true)
    }
    for (const code of ['FJ', 'WS', 'TO', 'TV', 'KI', 'FM', 'MH', 'PW', 'NR', 'PG', 'SB', 'VU']) {
      expect(isTerritory(code), code).toBe(false)
    }
    // In free association with New Zealand: not territories, not UN members either.
    expect(countryInfo('CK')?.status).toBe('associated')
    expect(countryInfo('NU')?.status).toBe('associated')
    expect(isTerritory('CK')).toBe(false)
    expect(isTerritory('TW')).toBeUndefined()
    expect(isTerritory('XX')).toBeUndefined()
  })

  it('counts 193 UN members plus the Holy See as sovereign', () => {
    expect(countryCodes.filter((c) => countryInfo(c)?.status === 'sovereign')).toHaveLength(194)
  })

  it('rejects anything that is not an assigned upper-case code', () => {
    for (const bad of ['fj', 'XK', 'EU', '', 'FJI', '__proto__', 'constructor', 42, null]) {
      expect(isCountryCode(bad)).toBe(false)
    }
  })
})
