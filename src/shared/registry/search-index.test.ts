import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSearchIndex, matchingRows } from './search-index'

const naive = (haystacks: readonly string[], tokens: readonly string[]) =>
  haystacks.flatMap((h, i) => (tokens.every((t) => h.includes(t)) ? [i] : []))

describe('search index', () => {
  it('never matches a word across two rows', () => {
    const index = buildSearchIndex(['ana tuilagi', 'bob', 'tuilaepa'])
    expect(matchingRows(index, ['gib'])).toEqual([])
    expect(matchingRows(index, ['tuila'])).toEqual([0, 2])
    expect(matchingRows(index, ['tuila', 'ana'])).toEqual([0])
    expect(matchingRows(index, [])).toEqual([0, 1, 2])
    expect(matchingRows(index, ['', 'bob'])).toEqual([1])
  })

  it('finds a word again in the rows after a row where it occurs twice', () => {
    const index = buildSearchIndex(['aa aa', 'b', 'aa'])
    expect(matchingRows(index, ['aa'])).toEqual([0, 2])
  })

  it('gives the rows a plain scan gives, for any rows and words (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', ' ', '\u0000', 'é'),
      maxLength: 12,
    })
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 30 }),
        fc.array(
          text.filter((t) => t.length > 0),
          { maxLength: 3 },
        ),
        (haystacks, tokens) => {
          expect(matchingRows(buildSearchIndex(haystacks), tokens)).toEqual(
            naive(haystacks, tokens),
          )
        },
      ),
      { numRuns: 1_000 },
    )
  })
})
