import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { editDistance, similarity } from './edit-distance'

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('tonga', 'tonnga')).toBe(1)
    expect(editDistance('fiji', 'fjii')).toBe(1)
    expect(editDistance('samoa', 'samao')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('abc', 'abc')).toBe(0)
  })

  it('stops early past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3)
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3)
  })

  it('is symmetric and agrees with the capped form', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        fc.nat(6),
        (a, b, max) => {
          const d = editDistance(a, b)
          expect(editDistance(b, a)).toBe(d)
          expect(editDistance(a, b, max)).toBe(Math.min(d, max + 1))
        },
      ),
    )
  })

  it('gives a similarity between 0 and 1', () => {
    expect(similarity('', '')).toBe(1)
    expect(similarity('tonga', 'tonga')).toBe(1)
    expect(similarity('ab', 'cd')).toBe(0)
  })
})
