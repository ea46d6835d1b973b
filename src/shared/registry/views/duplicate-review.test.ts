import { describe, expect, it } from 'vitest'
import type { DuplicatePair } from '../../people'
import { compareContacts, pairKey, pairsToReview } from './duplicate-review'
import { makeContact } from '../test-records'

describe('compareContacts', () => {
  it('flags real differences only', () => {
    const a = makeContact('a', {
      givenName: 'José',
      familyName: 'Ramos',
      emails: ['Jose@Gov.TL', 'x@y.tl'],
      phones: [{ raw: '+670 7723 4567', e164: '+67077234567' }],
      organisation: 'MNEC',
      nationality: 'TL',
    })
    const b = makeContact('b', {
      givenName: 'jose',
      familyName: 'Ramos ',
      emails: ['x@y.tl', 'jose@gov.tl'],
      phones: [{ raw: '+67077234567', e164: '+67077234567' }],
      organisation: 'Ministry of Foreign Affairs',
    })
    const differing = compareContacts(a, b)
      .filter((f) => f.differs)
      .map((f) => f.field)
    expect(differing).toEqual(['nationality', 'organisation'])
  })
})

describe('pairsToReview', () => {
  const pairs: DuplicatePair[] = [
    { a: 'c', b: 'd', kind: 'possible' },
    { a: 'b', b: 'e', kind: 'certain' },
    { a: 'a', b: 'f', kind: 'possible' },
    { a: 'x', b: 'y', kind: 'probable' },
  ]
  it('offers the surest first, then by name, without dismissed pairs', () => {
    const dismissed = new Set([pairKey('y', 'x')])
    expect(pairsToReview(pairs, dismissed, (id) => id).map((p) => p.a)).toEqual(['b', 'a', 'c'])
  })

  it('puts the records of a pair in name order', () => {
    const names: Record<string, string> = { x: 'tupou, sione', y: 'tupou, siona' }
    expect(
      pairsToReview([{ a: 'x', b: 'y', kind: 'possible' }], new Set(), (id) => names[id]!),
    ).toEqual([{ a: 'y', b: 'x', kind: 'possible' }])
  })

  it('keys a pair the same in either order', () => {
    expect(pairKey('a', 'b')).toBe(pairKey('b', 'a'))
    expect(pairKey('a', 'b')).not.toBe(pairKey('a', 'c'))
  })
})
