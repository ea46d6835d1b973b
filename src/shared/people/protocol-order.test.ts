import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ParticipantRole } from '../registry/model'
import {
  checkSingleHead,
  orderWithinDelegation,
  protocolOrder,
  type DelegationMember,
} from './protocol-order'

const country = (countryCode: string) => ({
  id: `d-${countryCode}`,
  kind: 'country' as const,
  countryCode,
})
const org = (name: string) => ({
  id: `o-${name}`,
  kind: 'organisation' as const,
  organisationName: name,
})
const codes = (list: { countryCode?: string; organisationName?: string }[]) =>
  list.map((d) => d.countryCode ?? d.organisationName)

describe('protocolOrder', () => {
  const delegations = [
    country('WS'),
    org('Pacific Islands Forum Secretariat'),
    country('NZ'),
    country('FJ'),
    country('TO'),
    country('DE'),
    country('GB'),
    org('ASEAN Secretariat'),
  ]

  it('sorts by the English names, organisations last', () => {
    expect(codes(protocolOrder(delegations, { by: 'en' }))).toEqual([
      'FJ', // Fiji
      'DE', // Germany
      'NZ', // New Zealand
      'WS', // Samoa
      'TO', // Tonga
      'GB', // United Kingdom
      'ASEAN Secretariat',
      'Pacific Islands Forum Secretariat',
    ])
  })

  it('sorts by the Indonesian names, which differ', () => {
    expect(codes(protocolOrder(delegations, { by: 'id' }))).toEqual([
      'FJ', // Fiji
      'GB', // Inggris
      'DE', // Jerman
      'WS', // Samoa
      'NZ', // Selandia Baru
      'TO', // Tonga
      'ASEAN Secretariat',
      'Pacific Islands Forum Secretariat',
    ])
  })

  it('honours staff names', () => {
    const names = { GB: { en: 'Britain' } }
    expect(codes(protocolOrder(delegations, { by: 'en', names })).slice(0, 2)).toEqual(['GB', 'FJ'])
  })

  it('starts from the country drawn by lot and wraps around', () => {
    expect(codes(protocolOrder(delegations, { by: { drawnFirst: 'WS', lang: 'en' } }))).toEqual([
      'WS',
      'TO',
      'GB',
      'FJ',
      'DE',
      'NZ',
      'ASEAN Secretariat',
      'Pacific Islands Forum Secretariat',
    ])
    // Drawn country without a delegation: start at the next name (Palau → Samoa).
    expect(
      codes(protocolOrder(delegations, { by: { drawnFirst: 'PW', lang: 'en' } })).slice(0, 2),
    ).toEqual(['WS', 'TO'])
    // Drawn after the last name: wrap to the first.
    expect(codes(protocolOrder(delegations, { by: { drawnFirst: 'ZW', lang: 'en' } }))[0]).toBe(
      'FJ',
    )
  })

  it('is a permutation of its input', () => {
    const someDelegations = fc.uniqueArray(
      fc.oneof(
        fc
          .constantFrom('FJ', 'WS', 'TO', 'NZ', 'AU', 'CK', 'NU', 'PF', 'NC', 'GB', 'ID')
          .map(country),
        fc.constantFrom('PIFS', 'SPC', 'UNDP').map(org),
      ),
      { selector: (d) => d.id },
    )
    const by = fc.oneof(
      fc.constantFrom('en' as const, 'id' as const),
      fc.record({
        drawnFirst: fc.constantFrom('FJ', 'KI', 'XX'),
        lang: fc.constantFrom('en' as const, 'id' as const),
      }),
    )
    fc.assert(
      fc.property(someDelegations, by, (list, order) => {
        const result = protocolOrder(list, { by: order })
        expect(result).toHaveLength(list.length)
        expect(new Set(result)).toEqual(new Set(list))
      }),
    )
  })
})

const member = (
  id: string,
  role: ParticipantRole,
  givenName: string,
  familyName: string,
): DelegationMember => ({
  participant: { id, role },
  contact: { givenName, familyName },
})

describe('orderWithinDelegation', () => {
  it('puts the head first, then roles in protocol order, then names', () => {
    const members = [
      member('1', 'delegate', 'Zed', 'Adams'),
      member('2', 'observer', 'Ana', 'Aardvark'),
      member('3', 'adviser', 'Bob', 'Brown'),
      member('4', 'head', 'Tuilaʻepa', 'Sailele'),
      member('5', 'delegate', 'Amy', 'Zane'),
      member('6', 'alternate', 'Mele', 'Taufa'),
      member('7', 'media', 'Press', 'Person'),
    ]
    expect(orderWithinDelegation(members).map((m) => m.participant.id)).toEqual([
      '4',
      '6',
      '1',
      '5',
      '3',
      '2',
      '7',
    ])
  })
})

describe('checkSingleHead', () => {
  it('returns the heads of delegations that have more than one', () => {
    const participants = [
      { id: 'a', role: 'head' as const, delegationId: 'FJ' },
      { id: 'b', role: 'head' as const, delegationId: 'FJ' },
      { id: 'c', role: 'head' as const, delegationId: 'TO' },
      { id: 'd', role: 'delegate' as const, delegationId: 'TO' },
      { id: 'e', role: 'head' as const, delegationId: 'WS', status: 'declined' as const },
      { id: 'f', role: 'head' as const, delegationId: 'WS', status: 'confirmed' as const },
      { id: 'g', role: 'head' as const },
      { id: 'h', role: 'head' as const },
    ]
    expect(checkSingleHead(participants)).toEqual(['a', 'b'])
    expect(checkSingleHead([])).toEqual([])
  })
})
