import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseEmails } from './emails'

describe('normaliseEmails', () => {
  it('trims, lower-cases and splits on , ; / whitespace and "or"', () => {
    expect(
      normaliseEmails(' Ana.Taufa@Gov.TO ; b@x.ws, c@y.fj / d@z.org e@f.net or g@h.id').emails,
    ).toEqual(['ana.taufa@gov.to', 'b@x.ws', 'c@y.fj', 'd@z.org', 'e@f.net', 'g@h.id'])
    expect(normaliseEmails('a@x.to atau b@x.to').emails).toEqual(['a@x.to', 'b@x.to'])
  })

  it('deduplicates', () => {
    expect(normaliseEmails('a@x.to, A@X.TO;a@x.to')).toEqual({ emails: ['a@x.to'], invalid: [] })
  })

  it('unwraps display names, mailto and trailing punctuation', () => {
    expect(normaliseEmails('Ana Taufa <Ana@gov.to>, "Doe, Jane" <jane@x.org>')).toEqual({
      emails: ['ana@gov.to', 'jane@x.org'],
      invalid: [],
    })
    expect(normaliseEmails('mailto:a@x.to.').emails).toEqual(['a@x.to'])
    expect(normaliseEmails('(a@x.to)').emails).toEqual(['a@x.to'])
  })

  it('returns the fragments that are not addresses', () => {
    expect(normaliseEmails('a@x.to; ana at gov.to; b@@x.to; c@x; .d@x.to')).toEqual({
      emails: ['a@x.to'],
      invalid: ['ana', 'at', 'gov.to', 'b@@x.to', 'c@x', '.d@x.to'],
    })
    expect(normaliseEmails('')).toEqual({ emails: [], invalid: [] })
  })

  it('never returns an address with separators, spaces or capitals', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const { emails } = normaliseEmails(text)
        for (const e of emails) expect(e).toMatch(/^[^\s,;/A-Z]+@[^\s,;/A-Z]+$/)
        expect(new Set(emails).size).toBe(emails.length)
      }),
    )
  })
})
