import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldForSearch, matchesSearch, searchTokens } from './fold-text'

describe('foldForSearch', () => {
  it('drops case, diacritics and apostrophes, including the ʻokina', () => {
    expect(foldForSearch('Tuilaʻepa')).toBe('tuilaepa')
    expect(foldForSearch('José')).toBe('jose')
    expect(foldForSearch("O'Neil")).toBe('oneil')
    expect(foldForSearch('Fiamē Naomi Mataʻafa')).toBe('fiame naomi mataafa')
    expect(foldForSearch('Nguyễn Thị Bích')).toBe('nguyen thi bich')
    expect(foldForSearch('Dato’ Sri')).toBe('dato sri')
  })

  it('spells out letters that have no decomposition', () => {
    expect(foldForSearch('Søren Ærø')).toBe('soren aero')
    expect(foldForSearch('Straße')).toBe('strasse')
    expect(foldForSearch('Işık')).toBe('isik')
    expect(foldForSearch('Đặng')).toBe('dang')
    expect(foldForSearch('Łukasz')).toBe('lukasz')
    expect(foldForSearch('İstanbul')).toBe('istanbul')
  })

  it('collapses whitespace, including non-breaking spaces', () => {
    expect(foldForSearch('  Jane\u00a0\tDoe \n')).toBe('jane doe')
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const once = foldForSearch(text)
        expect(foldForSearch(once)).toBe(once)
      }),
      { numRuns: 2000 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const once = foldForSearch(text)
        expect(foldForSearch(once)).toBe(once)
      }),
      { numRuns: 2000 },
    )
  })

  it('folds 100,000 names quickly', () => {
    const names = Array.from({ length: 100_000 }, (_, i) =>
      i % 3 === 0 ? `Tuilaʻepa Sailele ${i}` : `Jane Doe ${i}`,
    )
    const started = performance.now()
    for (const name of names) foldForSearch(name)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('matchesSearch', () => {
  const row = foldForSearch('H.E. Tuilaʻepa Sailele Malielegaoi, Samoa, tuilaepa@mfat.gov.ws')

  it('requires every query word somewhere in the row', () => {
    expect(matchesSearch(row, foldForSearch('tuilaepa'))).toBe(true)
    expect(matchesSearch(row, foldForSearch('Sailele  Tuila'))).toBe(true)
    expect(matchesSearch(row, foldForSearch('samoa jose'))).toBe(false)
    expect(matchesSearch(foldForSearch('José Ramos-Horta'), foldForSearch('jose horta'))).toBe(true)
  })

  it('matches everything with an empty query and accepts precomputed tokens', () => {
    expect(matchesSearch(row, '')).toBe(true)
    expect(matchesSearch(row, searchTokens('mfat samoa'))).toBe(true)
  })

  it('finds any folded substring of the row', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        const folded = foldForSearch(text)
        const [from, to] = [a % (folded.length + 1), b % (folded.length + 1)].sort((x, y) => x - y)
        expect(matchesSearch(folded, foldForSearch(folded.slice(from, to)))).toBe(true)
      }),
    )
  })
})
