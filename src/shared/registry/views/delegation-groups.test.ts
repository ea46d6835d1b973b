import { describe, expect, it } from 'vitest'
import type { Contact } from '../model'
import { groupByDelegation } from './delegation-groups'
import { makeContact, makeDelegation, makeParticipant } from '../test-records'

const delegations = [
  makeDelegation('nz', { countryCode: 'NZ' }),
  makeDelegation('fj', { countryCode: 'FJ' }),
  makeDelegation('ws', { countryCode: 'WS' }),
  makeDelegation('to', { countryCode: 'TO' }),
  makeDelegation('pifs', { kind: 'organisation', organisationName: 'Pacific Islands Forum' }),
]
const contacts = new Map<string, Contact>(
  [
    makeContact('c1', { givenName: 'Aroha', familyName: 'Ngata' }),
    makeContact('c2', { givenName: 'Wiremu', familyName: 'Adams' }),
    makeContact('c3', { givenName: 'Litia', familyName: 'Vula' }),
    makeContact('c4', { givenName: 'Tavita', familyName: 'Leota' }),
    makeContact('c5', { givenName: 'Meleane', familyName: 'Fifita' }),
    makeContact('c6', { givenName: 'Sione', familyName: 'Tupou' }),
  ].map((c) => [c.id, c]),
)
const participants = [
  makeParticipant('p1', 'c1', { delegationId: 'nz', role: 'delegate', status: 'confirmed' }),
  makeParticipant('p2', 'c2', { delegationId: 'nz', role: 'head', mode: 'online' }),
  makeParticipant('p3', 'c3', { delegationId: 'fj', role: 'adviser' }),
  makeParticipant('p4', 'c4', { delegationId: 'ws', status: 'confirmed' }),
  makeParticipant('p5', 'c5', { delegationId: 'pifs' }),
  makeParticipant('p6', 'c6'),
  makeParticipant('p7', 'missing-contact', { delegationId: 'to' }),
]
const names = (groups: ReturnType<typeof groupByDelegation>) => groups.map((g) => g.name)

describe('groupByDelegation', () => {
  it('orders delegations alphabetically in English, organisations and the unassigned last', () => {
    const groups = groupByDelegation(participants, contacts, delegations, { by: 'en' })
    expect(names(groups)).toEqual(['Fiji', 'New Zealand', 'Samoa', 'Pacific Islands Forum', ''])
    expect(groups.at(-1)!.delegation).toBeUndefined()
  })

  it('orders and names in Indonesian, where New Zealand moves after Samoa', () => {
    const groups = groupByDelegation(participants, contacts, delegations, { by: 'id' })
    expect(names(groups)).toEqual(['Fiji', 'Samoa', 'Selandia Baru', 'Pacific Islands Forum', ''])
  })

  it('starts from the country drawn by lot and uses staff names', () => {
    const groups = groupByDelegation(participants, contacts, delegations, {
      by: { drawnFirst: 'WS', lang: 'en' },
      names: { NZ: { en: 'Aotearoa New Zealand' } },
    })
    // Samoa drawn; the renamed New Zealand now sorts first, so it follows on wrapping around.
    expect(names(groups).slice(0, 3)).toEqual(['Samoa', 'Aotearoa New Zealand', 'Fiji'])
  })

  it('puts the head first, then role, then name, and counts statuses and modes', () => {
    const nz = groupByDelegation(participants, contacts, delegations, { by: 'en' })[1]!
    expect(nz.members.map((m) => m.participant.id)).toEqual(['p2', 'p1'])
    expect(nz.head?.participant.id).toBe('p2')
    expect(nz.byStatus).toEqual([
      { key: 'invited', count: 1 },
      { key: 'confirmed', count: 1 },
    ])
    expect(nz.byMode).toEqual([
      { key: 'in_person', count: 1 },
      { key: 'online', count: 1 },
    ])
  })

  it('leaves out delegations without members and participants without a contact', () => {
    const groups = groupByDelegation(participants, contacts, delegations, { by: 'en' })
    expect(groups.some((g) => g.delegation?.id === 'to')).toBe(false)
    expect(groups.flatMap((g) => g.members)).toHaveLength(6)
  })

  it('groups 10,000 participants quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeParticipant(`x${i}`, `c${(i % 6) + 1}`, { delegationId: delegations[i % 5]!.id }),
    )
    const started = performance.now()
    const groups = groupByDelegation(many, contacts, delegations, { by: 'id' })
    expect(performance.now() - started).toBeLessThan(2000)
    expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(10_000)
  })
})
