import { describe, expect, it } from 'vitest'
import { countryName, intlCountryName, listCountries, nameOverridesSchema } from './country-names'

describe('platform names', () => {
  it('come from Intl.DisplayNames in Indonesian', () => {
    expect(intlCountryName('CK', 'id')).toBe('Kepulauan Cook')
    expect(intlCountryName('PF', 'id')).toBe('Polinesia Prancis')
    expect(intlCountryName('NC', 'id')).toBe('Kaledonia Baru')
    expect(intlCountryName('NZ', 'id')).toBe('Selandia Baru')
    expect(intlCountryName('XX', 'id')).toBeUndefined()
  })
})

describe('countryName', () => {
  it('uses the ministry defaults where the platform differs', () => {
    expect(countryName('FM', 'id')).toBe('Negara Federasi Mikronesia')
    expect(countryName('MH', 'id')).toBe('Republik Kepulauan Marshall')
    expect(countryName('GB', 'id')).toBe('Inggris')
    expect(countryName('LA', 'id')).toBe('Lao PDR')
    expect(countryName('FM', 'en')).toBe('Federated States of Micronesia')
    expect(countryName('LA', 'en')).toBe('Lao PDR')
    expect(countryName('CD', 'en')).toBe('Democratic Republic of the Congo')
    expect(countryName('KN', 'en')).toBe('Saint Kitts and Nevis')
  })

  it('writes the countries of the 2022 press release as the ministry did', () => {
    // samples/press_release_example_id.txt: participants of the workshop and of ICDD 2021.
    const written: Record<string, string> = {
      CK: 'Kepulauan Cook',
      FM: 'Negara Federasi Mikronesia',
      NC: 'Kaledonia Baru',
      PG: 'Papua Nugini',
      PF: 'Polinesia Prancis',
      MH: 'Republik Kepulauan Marshall',
      SB: 'Kepulauan Solomon',
      TL: 'Timor Leste',
      BN: 'Brunei Darussalam',
      KH: 'Kamboja',
      CL: 'Chile',
      CN: 'Tiongkok',
      LA: 'Lao PDR',
      PH: 'Filipina',
      KR: 'Korea Selatan',
      ZA: 'Afrika Selatan',
      GB: 'Inggris',
      US: 'Amerika Serikat',
      VN: 'Vietnam',
      NZ: 'Selandia Baru',
    }
    for (const [code, name] of Object.entries(written))
      expect(countryName(code, 'id'), code).toBe(name)
  })

  it('falls back to the platform name, and to the code for unknown codes', () => {
    expect(countryName('CK', 'id')).toBe('Kepulauan Cook')
    expect(countryName('CK', 'en')).toBe('Cook Islands')
    expect(countryName('MH', 'en')).toBe('Marshall Islands')
    expect(countryName('XX', 'en')).toBe('XX')
  })

  it('lets staff overrides win over defaults, per language', () => {
    const overrides = { FM: { en: 'Micronesia (FSM)' }, CK: { id: ' Kep. Cook ' } }
    expect(countryName('FM', 'en', overrides)).toBe('Micronesia (FSM)')
    expect(countryName('FM', 'id', overrides)).toBe('Negara Federasi Mikronesia')
    expect(countryName('CK', 'id', overrides)).toBe('Kep. Cook')
    expect(countryName('TO', 'id', overrides)).toBe('Tonga')
  })

  it('ignores empty overrides and never reads inherited keys', () => {
    expect(countryName('FM', 'en', { FM: { en: '  ' } })).toBe('Federated States of Micronesia')
    const hostile = JSON.parse('{"__proto__": {"en": "x"}}') as Record<string, { en?: string }>
    expect(countryName('__proto__', 'en', hostile)).toBe('__proto__')
    expect(countryName('TO', 'en', hostile)).toBe('Tonga')
  })
})

describe('nameOverridesSchema', () => {
  it('accepts known codes with trimmed names', () => {
    const parsed = nameOverridesSchema.parse({ FM: { en: ' FSM ', id: 'Mikronesia' } })
    expect(parsed).toEqual({ FM: { en: 'FSM', id: 'Mikronesia' } })
  })

  it('rejects unknown codes, empty names and unknown fields', () => {
    expect(nameOverridesSchema.safeParse({ XX: { en: 'Nowhere' } }).success).toBe(false)
    expect(nameOverridesSchema.safeParse({ fm: { en: 'FSM' } }).success).toBe(false)
    expect(nameOverridesSchema.safeParse({ FM: { en: '' } }).success).toBe(false)
    expect(nameOverridesSchema.safeParse({ FM: { fr: 'Micronésie' } }).success).toBe(false)
    expect(nameOverridesSchema.safeParse({ constructor: { en: 'x' } }).success).toBe(false)
  })

  it('cannot be used to pollute prototypes', () => {
    // zod drops an own "__proto__" key; what comes out is a plain object with known codes only.
    const hostile: unknown = JSON.parse('{"__proto__": {"en": "x"}, "FM": {"en": "FSM"}}')
    const parsed = nameOverridesSchema.parse(hostile)
    expect(Object.keys(parsed)).toEqual(['FM'])
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).en).toBeUndefined()
  })
})

describe('listCountries', () => {
  it('lists all 249 entries sorted by the name in that language', () => {
    const en = listCountries('en')
    const id = listCountries('id')
    expect(en).toHaveLength(249)
    const collator = new Intl.Collator('id')
    for (let i = 1; i < id.length; i++) {
      expect(collator.compare(id[i - 1]!.name, id[i]!.name)).toBeLessThanOrEqual(0)
    }
    const position = (list: typeof en, code: string): number =>
      list.findIndex((c) => c.code === code)
    // "Selandia Baru" sorts after "Samoa" in Indonesian; "New Zealand" before it in English.
    expect(position(id, 'NZ')).toBeGreaterThan(position(id, 'WS'))
    expect(position(en, 'NZ')).toBeLessThan(position(en, 'WS'))
  })

  it('sorts by overridden names', () => {
    const list = listCountries('en', { TO: { en: 'Aaa Tonga' } })
    expect(list[0]?.code).toBe('TO')
  })
})
