import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diceSimilarity, normaliseKey } from './normalise'

// Latin letters as embassies type them, with and without accents.
const letters = [...'abcdefghijklmnopqrstuvwxyzéèêëàâäçîïôöùûüñãõáíóúāēīōū']
const word = fc
  .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 })
  .map((a) => a.join(''))
const words = fc.array(word, { minLength: 1, maxLength: 5 })
const strip = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '')

describe('normaliseKey', () => {
  it('is idempotent for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(normaliseKey(normaliseKey(s))).toBe(normaliseKey(s))
      }),
    )
  })

  it('ignores case', () => {
    fc.assert(
      fc.property(words, (ws) => {
        const s = ws.join(' ')
        expect(normaliseKey(s.toUpperCase())).toBe(normaliseKey(s))
      }),
    )
  })

  it('ignores diacritics', () => {
    fc.assert(
      fc.property(words, (ws) => {
        const s = ws.join(' ')
        expect(normaliseKey(strip(s))).toBe(normaliseKey(s))
      }),
    )
  })

  it('ignores spacing and punctuation between words', () => {
    const sep = fc
      .array(fc.constantFrom(' ', '  ', '\t', '-', '/', '.', '(', ')', '\n', '_'), {
        minLength: 1,
        maxLength: 3,
      })
      .map((a) => a.join(''))
    fc.assert(
      fc.property(words, sep, sep, (ws, a, b) => {
        expect(normaliseKey(a + ws.join(b) + a)).toBe(
          ws.join(' ').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(),
        )
      }),
    )
  })

  it('examples', () => {
    expect(normaliseKey(' E-Mail ')).toBe('e mail')
    expect(normaliseKey('Téléphone')).toBe('telephone')
    expect(normaliseKey('No. HP')).toBe('no hp')
    expect(normaliseKey('N°')).toBe('no')
    expect(normaliseKey('#')).toBe('no')
    expect(normaliseKey('Straße')).toBe('strasse')
  })
})

describe('diceSimilarity', () => {
  it('is 1 for equal keys, symmetric, and high for a typo', () => {
    expect(diceSimilarity('email', 'email')).toBe(1)
    expect(diceSimilarity('nationalty', 'nationality')).toBeGreaterThan(0.8)
    expect(diceSimilarity('nationality', 'nationalty')).toBe(
      diceSimilarity('nationalty', 'nationality'),
    )
    expect(diceSimilarity('email', 'country')).toBeLessThan(0.2)
  })
})
