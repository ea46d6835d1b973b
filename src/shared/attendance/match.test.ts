import { describe, expect, it } from 'vitest'
import { groupIdentities, matchIdentities, type MatchPerson } from './match'
import type { ReportRow } from './report'

const row = (name: string, email = '', line = 1): ReportRow => ({
  line,
  name,
  email,
  join: '2022-08-02T02:00:00.000Z',
  leave: '2022-08-02T03:00:00.000Z',
  waitingRoom: false,
})
const person = (
  participantId: string,
  givenName: string,
  familyName: string,
  extra: Partial<MatchPerson> = {},
): MatchPerson => ({
  participantId,
  emails: [],
  name: { givenName, familyName },
  expected: true,
  ...extra,
})

const people = [
  person('siosaia', 'Siosaia', 'Lolohea', { emails: ['siosaia.l@mfa.gov.to'], countryCode: 'TO' }),
  person('roselyn', 'Roselyn', 'Tuimabu', { countryCode: 'FJ' }),
  person('jone', 'Jone', 'Vakarau', { countryCode: 'FJ' }),
  person('jone2', 'Jone', 'Waqa', { countryCode: 'TO' }),
  person('tevita', 'Tevita', 'Moala', { countryCode: 'TO' }),
  person('mele', 'Mele', 'Taufa', { countryCode: 'TO', expected: false }),
]

function match(rows: ReportRow[], aliases = new Map<string, string | null>()) {
  return matchIdentities(groupIdentities(rows), people, aliases)
}

describe('groupIdentities', () => {
  it('groups the joins of one person by email, else by name', () => {
    const ids = groupIdentities([
      row('Siosaia (Tonga MFA) (Siosaia Lolohea)', 'siosaia.l@mfa.gov.to', 2),
      row('Siosaia L', 'siosaia.l@mfa.gov.to', 3),
      row('Galaxy A52', '', 4),
      row('galaxy  a52', '', 5),
    ])
    expect(ids.map((i) => [i.key, i.rows.map((r) => r.line)])).toEqual([
      ['email:siosaia.l@mfa.gov.to', [2, 3]],
      ['name:galaxy a52', [4, 5]],
    ])
  })
})

describe('matchIdentities', () => {
  it('matches by email first, whatever the name says', () => {
    const [m] = match([row('Totally Different', 'Siosaia.L@mfa.gov.to')])
    expect(m).toMatchObject({ status: 'matched', participantId: 'siosaia', method: 'email' })
  })

  it('then by the original name in the last parentheses', () => {
    const [m] = match([row('Jone (Fiji MoFA) (Jone Vakarau)')])
    expect(m).toMatchObject({ status: 'matched', participantId: 'jone', method: 'name' })
  })

  it('then by a close name among the expected participants', () => {
    const [m] = match([row('Roselyn T')])
    expect(m).toMatchObject({ status: 'matched', participantId: 'roselyn', method: 'fuzzy' })
    const [typo] = match([row('Tevitta Moala')])
    expect(typo).toMatchObject({ status: 'matched', participantId: 'tevita', method: 'fuzzy' })
  })

  it('never guesses from one word when two people share it', () => {
    const [m] = match([row('Jone')])
    expect(m).toMatchObject({ status: 'unmatched' })
    if (m?.status === 'unmatched')
      expect(m.suggestions.map((s) => s.participantId).sort()).toEqual(['jone', 'jone2'])
  })

  it('takes one word as enough within the delegation a label names', () => {
    // Without a rename the only parentheses read as the original name; as a label they still
    // narrow the search to Fiji, where there is one Jone.
    expect(match([row('Jone (Fiji MoFA)')])[0]).toMatchObject({
      status: 'matched',
      participantId: 'jone',
      method: 'fuzzy',
    })
    expect(match([row('Jone (Tonga MFA)')])[0]).toMatchObject({ participantId: 'jone2' })
  })

  it('does not auto-match people not expected online', () => {
    const [m] = match([row('Mele Tafa')])
    expect(m?.status).toBe('unmatched')
  })

  it('sends devices to the queue, suggesting the owner', () => {
    const [galaxy, iphone] = match([row('Galaxy A52'), row('iPhone de Tevita')])
    expect(galaxy).toMatchObject({ status: 'unmatched', suggestions: [] })
    expect(iphone?.status).toBe('unmatched')
    if (iphone?.status === 'unmatched') expect(iphone.suggestions[0]?.participantId).toBe('tevita')
  })

  it('remembers the user’s decisions, by email or name, including "ignore"', () => {
    const aliases = new Map<string, string | null>([
      ['name:galaxy a52', 'tevita'],
      ['email:host@kemlu.go.id', null],
    ])
    const [galaxy, host] = match([row('Galaxy A52'), row('Dewi', 'host@kemlu.go.id')], aliases)
    expect(galaxy).toMatchObject({ status: 'matched', participantId: 'tevita', method: 'alias' })
    expect(host).toMatchObject({ status: 'ignored' })
  })

  it('forgets a decision about a participant who is no longer in the event', () => {
    const [m] = match([row('Galaxy A52')], new Map([['name:galaxy a52', 'gone']]))
    expect(m?.status).toBe('unmatched')
  })
})
