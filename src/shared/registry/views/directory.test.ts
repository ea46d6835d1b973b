import { describe, expect, it } from 'vitest'
import {
  buildDirectory,
  directoryCountries,
  filterDirectory,
  participationsByContact,
} from './directory'
import { makeContact, makeDelegation } from '../test-records'

const contacts = [
  makeContact('tonga', { givenName: 'Sione', familyName: 'Tupou', emails: ['sione@gov.to'] }),
  makeContact('fiji', { givenName: 'Litia', familyName: 'Vuła', organisation: 'Ministry of ICT' }),
  makeContact('samoa', { givenName: 'Tavita', familyName: 'Leota', nationality: 'WS' }),
  makeContact('new', { fullName: 'Ábel Nouveau' }),
]
const participations = participationsByContact([
  {
    eventId: 'icdd2021',
    participants: [
      { contactId: 'tonga', delegationId: 'd-to' },
      { contactId: 'fiji', delegationId: 'd-fj' },
      { contactId: 'samoa' },
    ],
    delegations: [
      makeDelegation('d-to', { countryCode: 'TO' }),
      makeDelegation('d-fj', { countryCode: 'FJ' }),
    ],
  },
  {
    eventId: 'bali2022',
    participants: [{ contactId: 'fiji', delegationId: 'd-org' }],
    delegations: [makeDelegation('d-org', { kind: 'organisation', organisationName: 'SPC' })],
  },
])
const entries = buildDirectory(contacts, participations)
const ids = (list: { contact: { id: string } }[]) => list.map((e) => e.contact.id)

describe('contacts directory', () => {
  it('collects every participation with its delegation country', () => {
    expect(participations.get('fiji')).toEqual([
      { eventId: 'icdd2021', countryCode: 'FJ' },
      { eventId: 'bali2022' },
    ])
    expect(participations.get('new')).toBeUndefined()
  })

  it('sorts by sort name, ignoring diacritics', () => {
    expect(ids(entries)).toEqual(['new', 'samoa', 'tonga', 'fiji'])
  })

  it('searches names, emails and organisations without diacritics', () => {
    expect(ids(filterDirectory(entries, { query: 'vula' }))).toEqual(['fiji'])
    expect(ids(filterDirectory(entries, { query: 'abel' }))).toEqual(['new'])
    expect(ids(filterDirectory(entries, { query: 'GOV.TO' }))).toEqual(['tonga'])
    expect(ids(filterDirectory(entries, { query: 'ministry litia' }))).toEqual(['fiji'])
    expect(filterDirectory(entries, { query: '' })).toHaveLength(4)
  })

  it('filters by a past event and by the delegation countries in that event', () => {
    expect(ids(filterDirectory(entries, { query: '', eventId: 'icdd2021' }))).toEqual([
      'samoa',
      'tonga',
      'fiji',
    ])
    expect(
      ids(filterDirectory(entries, { query: '', eventId: 'icdd2021', countries: ['TO', 'FJ'] })),
    ).toEqual(['tonga', 'fiji'])
    // Samoa's person had no delegation at ICDD 2021: their nationality counts only without an event.
    expect(
      ids(filterDirectory(entries, { query: '', eventId: 'icdd2021', countries: ['WS'] })),
    ).toEqual([])
    expect(ids(filterDirectory(entries, { query: '', countries: ['WS'] }))).toEqual(['samoa'])
  })

  it('offers the countries present, per event', () => {
    expect(directoryCountries(entries).sort()).toEqual(['FJ', 'TO', 'WS'])
    expect(directoryCountries(entries, 'bali2022')).toEqual([])
  })
})
