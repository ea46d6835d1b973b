import { describe, expect, it } from 'vitest'
import type { Contact, Delegation, Participant } from './model'
import { buildRows, documentGaps, filterRows, sortRows } from './registry-view'
import { makeContact, makeDelegation, makeParticipant } from './test-records'

function contact(
  id: string,
  givenName: string,
  familyName: string,
  over: Partial<Contact> = {},
): Contact {
  return makeContact(id, { givenName, familyName, ...over })
}
function participant(id: string, contactId: string, over: Partial<Participant> = {}): Participant {
  return makeParticipant(id, contactId, {
    eventId: 'e',
    mode: 'online',
    documents: { nominationLetter: true, passportNumber: '', visaLetter: 'not_needed' },
    ...over,
  })
}
const delegations: Delegation[] = [
  makeDelegation('dWS', { eventId: 'e', countryCode: 'WS' }),
  makeDelegation('dFJ', { eventId: 'e', countryCode: 'FJ' }),
]
const contacts = new Map([
  [
    'c1',
    contact('c1', 'Tuilaʻepa', 'Sailele', {
      emails: ['pm@samoa.ws'],
      organisation: 'Office of the Prime Minister',
    }),
  ],
  ['c2', contact('c2', 'José', 'Ramos-Horta', { position: 'President' })],
  ['c3', contact('c3', 'Jone', 'Vakarau', { organisation: 'Ministry of Foreign Affairs' })],
])
const participants = [
  participant('p1', 'c1', { delegationId: 'dWS', role: 'head', status: 'confirmed' }),
  participant('p2', 'c2', { mode: 'in_person', tags: ['VIP'] }),
  participant('p3', 'c3', {
    delegationId: 'dFJ',
    documents: { nominationLetter: false, passportNumber: '', visaLetter: 'requested' },
  }),
]
const names: Record<string, string> = { WS: 'Samoa', FJ: 'Fiji' }
const rows = buildRows(participants, contacts, delegations, (code) => names[code] ?? code)
const ids = (list: { participant: Participant }[]) => list.map((r) => r.participant.id)

describe('registry view', () => {
  it('finds people ignoring case, diacritics and the ʻokina', () => {
    expect(ids(filterRows(rows, 'tuilaepa', {}))).toEqual(['p1'])
    expect(ids(filterRows(rows, 'jose', {}))).toEqual(['p2'])
    expect(ids(filterRows(rows, 'JOSÉ ramos', {}))).toEqual(['p2'])
    expect(ids(filterRows(rows, 'foreign affairs', {}))).toEqual(['p3'])
    expect(ids(filterRows(rows, 'samoa.ws', {}))).toEqual(['p1'])
    expect(ids(filterRows(rows, 'president', {}))).toEqual(['p2'])
    expect(ids(filterRows(rows, '', {}))).toEqual(['p1', 'p2', 'p3'])
  })

  it('filters by status, mode, role, delegation, tag and missing documents', () => {
    expect(ids(filterRows(rows, '', { statuses: ['confirmed'] }))).toEqual(['p1'])
    expect(ids(filterRows(rows, '', { modes: ['in_person'] }))).toEqual(['p2'])
    expect(ids(filterRows(rows, '', { roles: ['head'] }))).toEqual(['p1'])
    expect(ids(filterRows(rows, '', { delegationIds: ['dFJ'] }))).toEqual(['p3'])
    expect(ids(filterRows(rows, '', { tag: 'vip' }))).toEqual(['p2'])
    expect(ids(filterRows(rows, '', { missing: 'nomination' }))).toEqual(['p3'])
    expect(ids(filterRows(rows, '', { missing: 'passport' }))).toEqual(['p2'])
    expect(ids(filterRows(rows, '', { missing: 'visa' }))).toEqual(['p3'])
  })

  it('sorts by family name or by delegation, both ways', () => {
    expect(ids(sortRows(rows, { key: 'name', direction: 'asc' }))).toEqual(['p2', 'p1', 'p3'])
    expect(ids(sortRows(rows, { key: 'name', direction: 'desc' }))).toEqual(['p3', 'p1', 'p2'])
    expect(ids(sortRows(rows, { key: 'delegation', direction: 'asc' }))).toEqual(['p2', 'p3', 'p1'])
  })

  it('lists document gaps', () => {
    expect(documentGaps(participants[2]!)).toEqual(['nomination', 'visa'])
    expect(documentGaps(participants[0]!)).toEqual([])
  })
})
