import { describe, expect, it } from 'vitest'
import { countryName, nameOverridesSchema } from '../../countries'
import { searchCountries, withOverride } from './country-name-overrides'

describe('withOverride', () => {
  it('sets, replaces and clears one language, leaving the other', () => {
    let names = withOverride({}, 'NZ', 'id', '  Selandia Baru (Aotearoa) ')
    expect(names).toEqual({ NZ: { id: 'Selandia Baru (Aotearoa)' } })
    names = withOverride(names, 'NZ', 'en', 'Aotearoa New Zealand')
    expect(countryName('NZ', 'en', names)).toBe('Aotearoa New Zealand')
    names = withOverride(names, 'NZ', 'id', '')
    expect(names).toEqual({ NZ: { en: 'Aotearoa New Zealand' } })
    expect(nameOverridesSchema.safeParse(names).success).toBe(true)
  })

  it('removes a country with no name left and does not change its input', () => {
    const before = { LA: { en: 'Laos' } }
    expect(withOverride(before, 'LA', 'en', '   ')).toEqual({})
    expect(before).toEqual({ LA: { en: 'Laos' } })
  })
})

describe('searchCountries', () => {
  it('finds a country by any of its names or its code, without diacritics', () => {
    expect(searchCountries('mikronesia', 'en', {})).toEqual(['FM'])
    expect(searchCountries('selandia', 'en', {})).toEqual(['NZ'])
    expect(searchCountries('fm', 'en', {})).toContain('FM')
    expect(searchCountries('curacao', 'en', {})).toEqual(['CW'])
    expect(searchCountries('kaledonia', 'id', { NC: { id: 'Kaledonia Baru (Prancis)' } })).toEqual([
      'NC',
    ])
  })

  it('returns nothing for an empty query', () => {
    expect(searchCountries('  ', 'en', {})).toEqual([])
  })
})
