import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { neutraliseFormula, restoreNeutralised } from './formula-guard'

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n']
// Strings that start like formulas or like already-neutralised text, plus anything at all.
const risky = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.array(fc.constant("'"), { maxLength: 3 }), fc.constantFrom(...TRIGGERS), fc.string())
    .map(([quotes, trigger, rest]) => quotes.join('') + trigger + rest),
)

describe('formula guard', () => {
  it('restores exactly what it neutralised', () => {
    fc.assert(
      fc.property(risky, (s) => {
        expect(restoreNeutralised(neutraliseFormula(s))).toBe(s)
      }),
      { numRuns: 500 },
    )
  })

  it('never lets a trigger start the text', () => {
    fc.assert(
      fc.property(risky, (s) => {
        const first = neutraliseFormula(s)[0]
        expect(first === undefined || !TRIGGERS.includes(first)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('examples', () => {
    expect(neutraliseFormula("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0")
    expect(neutraliseFormula('+679 331 1234')).toBe("'+679 331 1234")
    expect(restoreNeutralised("'+679 331 1234")).toBe('+679 331 1234')
    expect(neutraliseFormula("'=1")).toBe("''=1")
    expect(restoreNeutralised("''=1")).toBe("'=1")
    expect(neutraliseFormula("O'Brien")).toBe("O'Brien")
    expect(restoreNeutralised("'quoted'")).toBe("'quoted'")
  })
})
