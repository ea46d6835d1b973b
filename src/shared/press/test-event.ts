import type { FactContact, FactsInput } from './facts'

// An event like the ministry's 2022 Pacific workshop (tests/fixtures/press), for tests.

/** The 17 countries and territories of the sample release, by ISO code. */
export const PACIFIC_17 = [
  'CK',
  'FM',
  'FJ',
  'KI',
  'NC',
  'NR',
  'NU',
  'PW',
  'PG',
  'PF',
  'MH',
  'WS',
  'SB',
  'TL',
  'TO',
  'TV',
  'VU',
] as const

export function sampleInput(overrides: Partial<FactsInput> = {}): FactsInput {
  const contacts = new Map<string, FactContact>()
  const participants: FactsInput['participants'][number][] = []
  const delegations: FactsInput['delegations'][number][] = []
  PACIFIC_17.forEach((code, i) => {
    delegations.push({ id: `d-${code}`, kind: 'country', countryCode: code })
    contacts.set(`c-${code}`, {
      honorific: 'Mr',
      givenName: `Given${code}`,
      familyName: `Family${code}`,
      position: `Director ${code}`,
      organisation: `Ministry ${code}`,
    })
    participants.push({
      id: `p-${code}`,
      contactId: `c-${code}`,
      delegationId: `d-${code}`,
      role: 'head',
      status: 'confirmed',
      mode: i % 3 === 0 ? 'online' : 'in_person',
    })
  })
  delegations.push({
    id: 'd-org',
    kind: 'organisation',
    organisationName: 'Pacific Islands Forum Secretariat',
  })
  contacts.set('c-org', { givenName: 'Ana', familyName: 'Forum', position: 'Adviser' })
  participants.push({
    id: 'p-org',
    contactId: 'c-org',
    delegationId: 'd-org',
    role: 'delegate',
    status: 'attended',
    mode: 'online',
  })
  contacts.set('c-dg', {
    honorific: 'Dr',
    givenName: 'Teuku',
    familyName: 'Faizasyah',
    position: 'Direktur Jenderal Informasi dan Diplomasi Publik',
    organisation: 'Kementerian Luar Negeri',
  })
  participants.push({
    id: 'p-dg',
    contactId: 'c-dg',
    role: 'organiser',
    status: 'invited',
    mode: 'in_person',
  })
  return {
    event: {
      nameEn: 'Regional Workshop on Digital Diplomacy',
      nameId: 'Lokakarya Regional Diplomasi Digital',
      shortName: 'RWDD 2022',
      startDate: '2022-08-01',
      endDate: '2022-08-12',
      venue: 'Jakarta',
      mode: 'hybrid',
      timeZone: 'Asia/Jakarta',
    },
    profile: {
      themeEn: 'E-Government and E-Governance: Digital Government in Public Service',
      themeId: '',
      organisersEn: 'The Ministry of Foreign Affairs and BPPTIK',
      organisersId: 'Kementerian Luar Negeri bersama BPPTIK',
      officialParticipantId: 'p-dg',
    },
    participants,
    contacts,
    delegations,
    filter: { statuses: ['confirmed', 'attended'], modes: ['in_person', 'online'] },
    release: { number: '12/PR/VIII/2022', place: 'Jakarta', date: '2022-08-12' },
    ...overrides,
  }
}
