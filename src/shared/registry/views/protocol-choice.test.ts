import { describe, expect, it } from 'vitest'
import { drawIndex, protocolOrderChoiceSchema, toProtocolOrderBy } from './protocol-choice'

describe('protocol order choice', () => {
  it('accepts the three kinds of order and rejects anything else', () => {
    expect(protocolOrderChoiceSchema.safeParse({ kind: 'alphabetical', lang: 'id' }).success).toBe(
      true,
    )
    expect(
      protocolOrderChoiceSchema.safeParse({ kind: 'drawn', lang: 'en', firstCountry: 'WS' })
        .success,
    ).toBe(true)
    expect(protocolOrderChoiceSchema.safeParse({ kind: 'drawn', lang: 'en' }).success).toBe(true)
    expect(protocolOrderChoiceSchema.safeParse({ kind: 'drawn', lang: 'fr' }).success).toBe(false)
    expect(
      protocolOrderChoiceSchema.safeParse({ kind: 'drawn', lang: 'en', firstCountry: 'ws' })
        .success,
    ).toBe(false)
    expect(protocolOrderChoiceSchema.safeParse('en').success).toBe(false)
  })

  it('turns a choice into what protocolOrder takes', () => {
    expect(toProtocolOrderBy({ kind: 'alphabetical', lang: 'id' })).toBe('id')
    expect(toProtocolOrderBy({ kind: 'drawn', lang: 'en' })).toBe('en')
    expect(toProtocolOrderBy({ kind: 'drawn', lang: 'id', firstCountry: 'TO' })).toEqual({
      drawnFirst: 'TO',
      lang: 'id',
    })
  })
})

describe('drawIndex', () => {
  const sequence = (...values: number[]) => {
    let i = 0
    return () => values[i++]!
  }

  it('maps a random value into the range', () => {
    expect(drawIndex(17, sequence(0))).toBe(0)
    expect(drawIndex(17, sequence(20))).toBe(3)
    expect(drawIndex(1, sequence(123456))).toBe(0)
  })

  it('rejects values that would make some indexes likelier', () => {
    // 2^32 % 3 = 1, so 2^32 - 1 is the one value that must be drawn again.
    expect(drawIndex(3, sequence(2 ** 32 - 1, 5))).toBe(2)
  })

  it('refuses an empty draw', () => {
    expect(() => drawIndex(0, sequence(1))).toThrow(RangeError)
  })
})
