import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countryName, intlCountryName } from './country-names'
import { countryCodes, countryInfo } from './directory'
import { certainAliases, unsureAliases } from './hand-aliases'
import { matchCountry, type CountryMatch } from './match-country'
import { normaliseCountryText } from './normalise-country-text'

function certain(text: string): string | undefined {
  const m = matchCountry(text)
  return m.status === 'certain' ? m.code : undefined
}

function firstCandidate(m: CountryMatch): string | undefined {
  return m.status === 'unsure' ? m.candidates[0]?.code : undefined
}

describe('normaliseCountryText', () => {
  it('folds case, diacritics, apostrophes, punctuation, dotted initials and abbreviations', () => {
    expect(normaliseCountryText('  Côte d’Ivoire ')).toBe('cote d ivoire')
    expect(normaliseCountryText('U.S.A.')).toBe('usa')
    expect(normaliseCountryText('St. Kitts & Nevis')).toBe('saint kitts and nevis')
    expect(normaliseCountryText('Korea, Republic of')).toBe('republic of korea')
    expect(normaliseCountryText('Micronesia (Federated States of)')).toBe(
      'federated states of micronesia',
    )
    expect(normaliseCountryText('The Gambia')).toBe('gambia')
    expect(normaliseCountryText('Hawaiʻi')).toBe('hawaii')
    expect(normaliseCountryText('--')).toBe('')
  })

  it('leaves lone codes alone even when they look like abbreviations', () => {
    expect(normaliseCountryText('IS')).toBe('is')
    expect(normaliseCountryText('ST')).toBe('st')
    expect(normaliseCountryText('ET')).toBe('et')
  })
})

describe('matchCountry: certain', () => {
  const cases: Record<string, string> = {
    Micronesia: 'FM',
    FSM: 'FM',
    'Federated States of Micronesia': 'FM',
    'Negara Federasi Mikronesia': 'FM',
    'Micronesia (Federated States of)': 'FM',
    'East Timor': 'TL',
    'Timor Leste': 'TL',
    'Timor-Leste': 'TL',
    'Nouvelle-Calédonie': 'NC',
    Tahiti: 'PF',
    Kiribati: 'KI',
    PNG: 'PG',
    'Papua Nugini': 'PG',
    Samoa: 'WS',
    'Western Samoa': 'WS',
    'American Samoa': 'AS',
    'Samoa Amerika': 'AS',
    UK: 'GB',
    Britain: 'GB',
    'Great Britain': 'GB',
    USA: 'US',
    US: 'US',
    'U.S.A.': 'US',
    'Amerika Serikat': 'US',
    RRT: 'CN',
    Tiongkok: 'CN',
    China: 'CN',
    "People's Republic of China": 'CN',
    'Korea Selatan': 'KR',
    'South Korea': 'KR',
    'Republic of Korea': 'KR',
    'Korea, Republic of': 'KR',
    'Korea Utara': 'KP',
    Laos: 'LA',
    'Lao PDR': 'LA',
    "Lao People's Democratic Republic": 'LA',
    Vietnam: 'VN',
    'Viet Nam': 'VN',
    'Brunei Darussalam': 'BN',
    Türkiye: 'TR',
    Turkey: 'TR',
    "Cote d'Ivoire": 'CI',
    'Côte d’Ivoire': 'CI',
    Myanmar: 'MM',
    Burma: 'MM',
    Czechia: 'CZ',
    'Czech Republic': 'CZ',
    Holland: 'NL',
    Netherlands: 'NL',
    'The Netherlands': 'NL',
    Belanda: 'NL',
    'Kepulauan Cook': 'CK',
    'Cook Is.': 'CK',
    'Polinesia Prancis': 'PF',
    'Kaledonia Baru': 'NC',
    'Selandia Baru': 'NZ',
    'Wallis et Futuna': 'WF',
    'Îles Salomon': 'SB',
    Fidji: 'FJ',
    'St Kitts & Nevis': 'KN',
    'Bahamas, The': 'BS',
    '  FIJI ': 'FJ',
    fj: 'FJ',
    TON: 'TO',
    // Forms of government are understood in English, Indonesian and French.
    'Kingdom of Tonga': 'TO',
    'Independent State of Papua New Guinea': 'PG',
    'Republik Fiji': 'FJ',
    'Kerajaan Tonga': 'TO',
    'Republik Rakyat Tiongkok': 'CN',
    'République des Fidji': 'FJ',
    'Iran (Islamic Republic of)': 'IR',
    'Tanzania, United Republic of': 'TZ',
    'Republic of the Congo': 'CG',
    'Democratic Republic of the Congo': 'CD',
    // The code of one country that reads like an abbreviation is still that country.
    IS: 'IS',
    ET: 'ET',
    ST: 'ST',
  }
  for (const [text, code] of Object.entries(cases)) {
    it(`"${text}" → ${code}`, () => expect(matchCountry(text)).toEqual({ status: 'certain', code }))
  }

  it('knows every platform name in English, Indonesian and French, and both ISO codes', () => {
    // Abbreviations that are also other things are deliberately unsure (see hand-aliases.ts).
    const unsureCodes = new Set(['AS', 'NA'])
    for (const code of countryCodes) {
      for (const lang of ['en', 'id', 'fr'] as const) {
        expect(certain(intlCountryName(code, lang)!), `${code} ${lang}`).toBe(code)
      }
      expect(certain(countryName(code, 'en')), code).toBe(code)
      expect(certain(countryName(code, 'id')), code).toBe(code)
      expect(certain(countryInfo(code)!.alpha3), code).toBe(code)
      if (!unsureCodes.has(code)) expect(certain(code), code).toBe(code)
    }
  })
})

describe('hand-written aliases', () => {
  it('each certain alias names its country, with no clash between countries', () => {
    for (const [code, aliases] of Object.entries(certainAliases)) {
      expect(countryInfo(code), code).toBeDefined()
      for (const alias of aliases) expect(certain(alias), alias).toBe(code)
    }
  })

  it('each unsure alias stays unsure with its candidates in order', () => {
    for (const [alias, codes] of unsureAliases) {
      const m = matchCountry(alias)
      expect(m.status === 'unsure' && m.candidates.map((c) => c.code), alias).toEqual(codes)
    }
  })
})

describe('matchCountry: unsure', () => {
  it('offers ranked candidates for typos, never certain', () => {
    const tonga = matchCountry('Tonnga')
    expect(tonga.status).toBe('unsure')
    expect(firstCandidate(tonga)).toBe('TO')
    expect(firstCandidate(matchCountry('Tuvallu'))).toBe('TV')
    expect(firstCandidate(matchCountry('Vanuatuu'))).toBe('VU')
    expect(firstCandidate(matchCountry('Kepulauan Solomonn'))).toBe('SB')
  })

  it('treats a name with extra or missing words as unsure', () => {
    expect(firstCandidate(matchCountry('Fiji Islands'))).toBe('FJ')
    expect(firstCandidate(matchCountry('Tokelau Islands'))).toBe('TK')
    expect(firstCandidate(matchCountry('Marshall'))).toBe('MH')
    expect(firstCandidate(matchCountry('Guinea Equatorial'))).toBe('GQ')
  })

  it('keeps probable and ambiguous names unsure', () => {
    expect(matchCountry('England')).toEqual({
      status: 'unsure',
      candidates: [{ code: 'GB', score: 0.9 }],
    })
    const korea = matchCountry('Korea')
    expect(korea.status === 'unsure' && korea.candidates.map((c) => c.code)).toEqual(['KR', 'KP'])
    const congo = matchCountry('Congo')
    expect(congo.status === 'unsure' && congo.candidates.map((c) => c.code)).toEqual(['CG', 'CD'])
    const as = matchCountry('AS')
    expect(as.status === 'unsure' && as.candidates.map((c) => c.code)).toEqual(['US', 'AS'])
    expect(matchCountry('N/A').status).toBe('unsure')
    expect(firstCandidate(matchCountry('Pohnpei'))).toBe('FM')
  })

  it('scores candidates between 0 and 1, best first', () => {
    const m = matchCountry('Samao')
    expect(m.status).toBe('unsure')
    if (m.status !== 'unsure') return
    expect(m.candidates[0]?.code).toBe('WS')
    for (const c of m.candidates) expect(c.score).toBeGreaterThan(0)
    for (const c of m.candidates) expect(c.score).toBeLessThanOrEqual(1)
    const scores = m.candidates.map((c) => c.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })
})

describe('matchCountry: none', () => {
  it('finds nothing in nonsense or empty text', () => {
    for (const text of ['', '   ', '-', '???', 'xyzzy qwerty', 'asdf', 'zz', '12345']) {
      expect(matchCountry(text), text).toEqual({ status: 'none' })
    }
  })

  it('never throws and never answers certain for something unrelated to an alias', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const m = matchCountry(text)
        if (m.status === 'unsure') {
          expect(m.candidates.length).toBeGreaterThan(0)
          for (const c of m.candidates) expect(countryInfo(c.code)).toBeDefined()
        }
      }),
    )
  })
})
