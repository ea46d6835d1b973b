import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitHonorific } from './honorifics'
import { displayName, looseNameKey, nameKey, sortName } from './names'

describe('nameKey', () => {
  it('ignores order, case, diacritics, apostrophes and honorifics', () => {
    const key = nameKey({ givenName: 'Tuilaʻepa', familyName: 'Sailele' })
    expect(key).toBe('sailele tuilaepa')
    expect(nameKey({ fullName: 'H.E. SAILELE Tuilaepa' })).toBe(key)
    expect(nameKey({ givenName: 'José', familyName: 'Ramos-Horta' })).toBe('horta jose ramos')
  })

  it('prefers given + family over fullName, and is empty without a name', () => {
    expect(nameKey({ givenName: 'Ana', familyName: 'Taufa', fullName: 'Something Else' })).toBe(
      'ana taufa',
    )
    expect(nameKey({ fullName: 'Sukarno' })).toBe('sukarno')
    expect(nameKey({})).toBe('')
  })

  it('drops initials in the loose key', () => {
    expect(looseNameKey({ fullName: 'John A. Smith' })).toBe(nameKey({ fullName: 'John Smith' }))
  })

  it('ignores honorifics in any case', () => {
    expect(nameKey({ fullName: 'he mr john smith' })).toBe('john smith')
    expect(nameKey({ fullName: 'DR. JANE DOE' })).toBe(nameKey({ fullName: 'Dr Jane Doe' }))
  })

  it('is invariant under token order and case', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ]{1,10}$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.nat(), (words, shift) => {
        // A word that is an honorific counts only in front, so order matters for it by design.
        fc.pre(words.every((w) => splitHonorific(`${w} x y`).honorific === ''))
        const key = nameKey({ fullName: words.join(' ') })
        const k = shift % words.length
        const rotated = [...words.slice(k), ...words.slice(0, k)]
        expect(nameKey({ fullName: rotated.join(' ') })).toBe(key)
        expect(nameKey({ fullName: [...words].reverse().join('  ') })).toBe(key)
        expect(nameKey({ fullName: words.join(' ').toUpperCase() })).toBe(key)
        expect(nameKey({ fullName: words.join(' ').toLowerCase() })).toBe(key)
      }),
    )
  })
})

describe('displayName', () => {
  it('joins honorific, given and family names', () => {
    expect(displayName({ honorific: 'H.E.', givenName: 'Ana', familyName: 'Taufa' })).toBe(
      'H.E. Ana Taufa',
    )
    expect(displayName({ givenName: 'Sukarno' })).toBe('Sukarno')
    expect(displayName({ honorific: 'Dr', familyName: 'Tuilaepa' })).toBe('Dr Tuilaepa')
  })

  it('falls back to fullName without repeating the honorific', () => {
    expect(displayName({ honorific: 'Hon.', fullName: 'Mark Brown' })).toBe('Hon. Mark Brown')
    expect(displayName({ honorific: 'Hon.', fullName: 'Hon. Mark Brown' })).toBe('Hon. Mark Brown')
    expect(displayName({ fullName: '  Fiamē  Naomi Mataʻafa ' })).toBe('Fiamē Naomi Mataʻafa')
    expect(displayName({})).toBe('')
  })
})

describe('sortName', () => {
  it('puts the family name first when known', () => {
    expect(sortName({ givenName: 'Ana', familyName: 'Taufa', honorific: 'Dr' })).toBe('Taufa, Ana')
    expect(sortName({ familyName: 'Taufa' })).toBe('Taufa')
    expect(sortName({ givenName: 'Sukarno' })).toBe('Sukarno')
    expect(sortName({ fullName: 'H.E. Tuilaʻepa Sailele' })).toBe('Tuilaʻepa Sailele')
  })

  it('sorts alphabetically with a collator', () => {
    const people = [
      { givenName: 'Zoe', familyName: 'Ábalos' },
      { givenName: 'Ana', familyName: 'Taufa' },
      { givenName: 'Ben', familyName: 'abbott' },
    ]
    const collator = new Intl.Collator('en', { sensitivity: 'base' })
    const sorted = people.map(sortName).sort(collator.compare)
    expect(sorted).toEqual(['Ábalos, Zoe', 'abbott, Ben', 'Taufa, Ana'])
  })
})
