import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldForSearch, searchTokens } from '../people/fold-text'
import {
  participantRoles,
  participantStatuses,
  participationModes,
  visaLetterStatuses,
  type Contact,
  type Delegation,
  type Participant,
} from './model'
import {
  buildRows,
  delegationLabel,
  documentGaps,
  filterRows,
  sortRows,
  type RegistryFilters,
  type RegistryRow,
  type SortKey,
} from './registry-view'

// filterRows, sortRows and buildRows are tuned for 100,000 rows (see bench/cases/registry-*).
// These properties hold them to the straightforward versions they replaced: same rows, same order.

function referenceFilter(rows: readonly RegistryRow[], query: string, filters: RegistryFilters) {
  const inList = <T>(list: readonly T[] | undefined, value: T) =>
    !list || list.length === 0 || list.includes(value)
  const tokens = searchTokens(foldForSearch(query))
  const tag = filters.tag?.trim().toLowerCase()
  return rows.filter((row) => {
    const p = row.participant
    if (!inList(filters.statuses, p.status)) return false
    if (!inList(filters.modes, p.mode)) return false
    if (!inList(filters.roles, p.role)) return false
    if (filters.delegationIds?.length && !filters.delegationIds.includes(p.delegationId ?? ''))
      return false
    if (tag && !p.tags.some((t) => t.toLowerCase() === tag)) return false
    if (filters.missing === 'any' && !row.missingDocuments) return false
    if (filters.missing && filters.missing !== 'any' && !documentGaps(p).includes(filters.missing))
      return false
    return tokens.every((token) => row.haystack.includes(token))
  })
}

function referenceSort(rows: readonly RegistryRow[], key: SortKey, direction: 'asc' | 'desc') {
  const sign = direction === 'asc' ? 1 : -1
  const keyOf = (row: RegistryRow) =>
    key === 'status' || key === 'role' || key === 'mode' ? row.participant[key] : row.sortKeys[key]
  return [...rows].sort((a, b) => {
    const ka = keyOf(a)
    const kb = keyOf(b)
    if (ka !== kb) return ka < kb ? -sign : sign
    if (a.sortKeys.name !== b.sortKeys.name) return a.sortKeys.name < b.sortKeys.name ? -1 : 1
    return a.participant.id < b.participant.id ? -1 : 1
  })
}

const at = '2026-01-01T00:00:00.000Z'
const names = ['Tuilaʻepa', 'José', 'Jose', 'Ramos-Horta', 'Siti', 'Ana', 'ana', 'Pōhiva', '']
const organisations = ['Ministry of Foreign Affairs', 'MINISTRY of Trade', 'Pacific Community', '']
const delegations: Delegation[] = [
  { id: 'dWS', eventId: 'e', kind: 'country', countryCode: 'WS', createdAt: at, updatedAt: at },
  { id: 'dTL', eventId: 'e', kind: 'country', countryCode: 'TL', createdAt: at, updatedAt: at },
  {
    id: 'dPIF',
    eventId: 'e',
    kind: 'organisation',
    organisationName: 'Pacific Islands Forum Secretariat',
    createdAt: at,
    updatedAt: at,
  },
]
const countryName = (code: string) => ({ WS: 'Samoa', TL: 'Timor-Leste' })[code] ?? code

const person = fc.record({
  given: fc.constantFrom(...names),
  family: fc.constantFrom(...names),
  organisation: fc.constantFrom(...organisations),
  position: fc.constantFrom('Director', 'Ambassador', ''),
  email: fc.constantFrom('jose@mfa.gov.tl', 'siti@kemlu.go.id', ''),
  role: fc.constantFrom(...participantRoles),
  status: fc.constantFrom(...participantStatuses),
  mode: fc.constantFrom(...participationModes),
  delegationId: fc.constantFrom(undefined, 'dWS', 'dTL', 'dPIF', 'gone'),
  tags: fc.subarray(['VIP', 'vip', 'Side-event']),
  nomination: fc.boolean(),
  passport: fc.constantFrom('', 'P1234567'),
  visa: fc.constantFrom(...visaLetterStatuses),
})

type Person = typeof person extends fc.Arbitrary<infer T> ? T : never

function registry(people: Person[]) {
  const contacts = new Map<string, Contact>()
  const participants: Participant[] = people.map((x, i) => {
    contacts.set(`c${i}`, {
      id: `c${i}`,
      honorific: '',
      givenName: x.given,
      familyName: x.family,
      fullName: '',
      gender: 'unspecified',
      organisation: x.organisation,
      position: x.position,
      emails: x.email ? [x.email] : [],
      phones: [],
      notes: '',
      createdAt: at,
      updatedAt: at,
    })
    return {
      // Ids out of order, so the final tie-break matters.
      id: `p${(i * 7919) % 1000}`,
      eventId: 'e',
      contactId: `c${i}`,
      ...(x.delegationId ? { delegationId: x.delegationId } : {}),
      role: x.role,
      mode: x.mode,
      status: x.status,
      dietary: '',
      accessibility: '',
      tags: x.tags,
      documents: {
        nominationLetter: x.nomination,
        passportNumber: x.passport,
        visaLetter: x.visa,
      },
      notes: '',
      createdAt: at,
      updatedAt: at,
    }
  })
  return { contacts, participants }
}

const filters: fc.Arbitrary<RegistryFilters> = fc.record(
  {
    statuses: fc.subarray([...participantStatuses]),
    modes: fc.subarray([...participationModes]),
    roles: fc.subarray([...participantRoles]),
    delegationIds: fc.subarray(['dWS', 'dTL', 'dPIF', '']),
    tag: fc.constantFrom('', ' VIP ', 'side-event', 'none'),
    missing: fc.constantFrom('any', 'nomination', 'passport', 'visa'),
  },
  { requiredKeys: [] },
)
const query = fc.constantFrom('', 'jose', 'JOSÉ ramos', 'tuilaepa', 'ministry of', 'a', 'ana  ')

describe('registry view, tuned for size, behaves as the straightforward version', () => {
  it('builds the same rows', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), (people) => {
        const { contacts, participants } = registry(people)
        const rows = buildRows(participants, contacts, delegations, countryName)
        for (const row of rows) {
          const label = delegationLabel(row.delegation, countryName)
          expect(row.sortKeys.delegation).toBe(foldForSearch(label))
          expect(row.sortKeys.organisation).toBe(foldForSearch(row.contact.organisation))
          expect(row.sortKeys.position).toBe(foldForSearch(row.contact.position))
        }
      }),
    )
  })

  it('filters to the same rows in the same order', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 40 }), query, filters, (people, q, f) => {
        const { contacts, participants } = registry(people)
        const rows = buildRows(participants, contacts, delegations, countryName)
        expect(filterRows(rows, q, f)).toEqual(referenceFilter(rows, q, f))
      }),
    )
  })

  it('gives the same rows keystroke after keystroke over one array, even one grown meanwhile', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(query, filters), { minLength: 2, maxLength: 6 }),
        (people, searches) => {
          const { contacts, participants } = registry(people)
          const rows = buildRows(participants, contacts, delegations, countryName)
          const last = rows.pop()!
          for (const [i, [q, f]] of searches.entries()) {
            if (i === 1) rows.push(last)
            expect(filterRows(rows, q, f)).toEqual(referenceFilter(rows, q, f))
          }
        },
      ),
    )
  })

  it('sorts into the same order for every column and direction', () => {
    const keys: SortKey[] = ['name', 'delegation', 'organisation', 'position', 'status', 'role']
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 40 }),
        fc.constantFrom(...keys, 'mode' as const),
        fc.constantFrom('asc' as const, 'desc' as const),
        (people, key, direction) => {
          const { contacts, participants } = registry(people)
          const rows = buildRows(participants, contacts, delegations, countryName)
          const ids = (list: RegistryRow[]) => list.map((r) => r.participant.id)
          expect(ids(sortRows(rows, { key, direction }))).toEqual(
            ids(referenceSort(rows, key, direction)),
          )
        },
      ),
    )
  })
})
