import { describe, expect, it } from 'vitest'
import { splitEmails, splitPhones } from './parse-values'
import { lookupGender, lookupMode, lookupRole, lookupStatus } from './value-maps'

describe('enumerations', () => {
  it('reads gender in three languages, single letters included', () => {
    const cases: [string, string | undefined][] = [
      ['L', 'male'],
      ['P', 'female'],
      ['Laki-laki', 'male'],
      ['laki laki', 'male'],
      ['PEREMPUAN', 'female'],
      ['M', 'male'],
      ['F', 'female'],
      ['Male', 'male'],
      ['Female', 'female'],
      ['H', 'male'],
      ['Homme', 'male'],
      ['Femme', 'female'],
      ['Féminin', 'female'],
      ['Mrs', 'female'],
      ['Other', 'other'],
      ['-', 'unspecified'],
      ['Z', undefined],
    ]
    for (const [text, expected] of cases)
      expect([text, lookupGender(text)]).toEqual([text, expected])
  })

  it('reads participation mode', () => {
    for (const t of ['Online', 'Virtual', 'Daring', 'En ligne', 'Remote', 'online (Zoom)'])
      expect(lookupMode(t)).toBe('online')
    for (const t of [
      'In-person',
      'In person',
      'Physical',
      'Onsite',
      'Luring',
      'Tatap muka',
      'Présentiel',
      'in_person',
    ]) {
      expect(lookupMode(t)).toBe('in_person')
    }
    expect(lookupMode('Hybrid')).toBeUndefined()
  })

  it('reads roles and statuses', () => {
    expect(lookupRole('Ketua Delegasi')).toBe('head')
    expect(lookupRole('Head of Delegation (HoD)')).toBe('head')
    expect(lookupRole('Chef de délégation')).toBe('head')
    expect(lookupRole('Penasihat')).toBe('adviser')
    expect(lookupRole('Narasumber')).toBe('speaker')
    expect(lookupRole('Observateur')).toBe('observer')
    expect(lookupStatus('Dikonfirmasi')).toBe('confirmed')
    expect(lookupStatus('Tidak hadir')).toBe('no_show')
    expect(lookupStatus('Annulée')).toBe('cancelled')
    expect(lookupStatus('maybe')).toBeUndefined()
  })
})

describe('emails and phone lists', () => {
  it('splits, trims and lower-cases several addresses; reports the bad ones', () => {
    expect(splitEmails(' Afamasaga.Toleafoa@mfat.gov.ws ')).toEqual({
      valid: ['afamasaga.toleafoa@mfat.gov.ws'],
      invalid: [],
    })
    expect(splitEmails('a@x.org; B@Y.org, mailto:c@z.org / Name <d@w.org>')).toEqual({
      valid: ['a@x.org', 'b@y.org', 'c@z.org', 'd@w.org'],
      invalid: [],
    })
    expect(splitEmails('a@x.org; broken@; x@y')).toEqual({
      valid: ['a@x.org'],
      invalid: ['broken@', 'x@y'],
    })
    expect(splitEmails('john at example dot org')).toEqual({
      valid: [],
      invalid: ['john at example dot org'],
    })
  })

  it('splits phone lists without splitting the numbers', () => {
    expect(splitPhones('+679 331 1234 / +679 999 0000')).toEqual(['+679 331 1234', '+679 999 0000'])
    expect(splitPhones('021-555-1234; 0812 3456 789\n+676 23600')).toEqual([
      '021-555-1234',
      '0812 3456 789',
      '+676 23600',
    ])
    expect(splitPhones('+685 21171 atau +685 7771234')).toEqual(['+685 21171', '+685 7771234'])
  })
})
