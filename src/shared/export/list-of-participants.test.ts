import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import type { Contact } from '../registry/model'
import { makeContact, makeDelegation, makeParticipant } from '../registry/test-records'
import { buildListOfParticipants, type LopInput } from './list-of-participants'
import { lopDocx } from './lop-docx'
import { makeEvent } from './test-event'

const delegations = [
  makeDelegation('d-nz', { countryCode: 'NZ' }),
  makeDelegation('d-fj', { countryCode: 'FJ' }),
  makeDelegation('d-ws', { countryCode: 'WS' }),
  makeDelegation('d-pif', {
    kind: 'organisation',
    organisationName: 'Pacific Islands Forum Secretariat',
  }),
]
const contacts = new Map<string, Contact>(
  [
    makeContact('c1', {
      givenName: 'Ana',
      familyName: 'Rokotuiwai',
      position: 'Director',
      organisation: 'MFA Fiji',
    }),
    makeContact('c2', {
      honorific: 'H.E.',
      givenName: 'Jone',
      familyName: 'Vakarau',
      position: 'Minister',
    }),
    makeContact('c3', { honorific: 'Hon.', givenName: 'Tuilaʻepa', familyName: 'Sailele' }),
    makeContact('c4', { givenName: 'Kate', familyName: 'Smith', organisation: 'MFAT' }),
    makeContact('c5', { givenName: 'Henry', familyName: 'Puna', position: 'Secretary General' }),
    makeContact('c6', { givenName: 'Will', familyName: 'Decline' }),
    makeContact('c7', { givenName: 'Lone', familyName: 'Person' }),
  ].map((c) => [c.id, c]),
)
const participants = [
  makeParticipant('p1', 'c1', { delegationId: 'd-fj', role: 'adviser', mode: 'online' }),
  makeParticipant('p2', 'c2', { delegationId: 'd-fj', role: 'head' }),
  makeParticipant('p3', 'c3', { delegationId: 'd-ws', role: 'head' }),
  makeParticipant('p4', 'c4', { delegationId: 'd-nz' }),
  makeParticipant('p5', 'c5', { delegationId: 'd-pif', role: 'head' }),
  makeParticipant('p6', 'c6', { delegationId: 'd-nz', status: 'declined' }),
  makeParticipant('p7', 'c7'),
]
const input = (over: Partial<LopInput> = {}): LopInput => ({
  event: makeEvent(),
  participants,
  contacts,
  delegations,
  lang: 'en',
  by: 'en',
  markOnline: true,
  ...over,
})

describe('List of Participants', () => {
  it('groups by delegation in protocol order, head first, organisations after countries', () => {
    const doc = buildListOfParticipants(input())
    expect(doc.groups.map((g) => g.name)).toEqual([
      'Fiji',
      'New Zealand',
      'Samoa',
      'Pacific Islands Forum Secretariat',
      'Other participants',
    ])
    expect(doc.groups[0]!.entries).toEqual([
      {
        participantId: 'p2',
        name: 'H.E. Jone Vakarau',
        position: 'Minister',
        organisation: '',
        isHead: true,
        online: false,
      },
      {
        participantId: 'p1',
        name: 'Ana Rokotuiwai',
        position: 'Director',
        organisation: 'MFA Fiji',
        isHead: false,
        online: true,
      },
    ])
    // Declined people are left out by default.
    expect(doc.groups[1]!.entries.map((e) => e.name)).toEqual(['Kate Smith'])
    expect(doc.counts).toBe('4 delegations · 6 participants')
  })

  it('in Indonesian, sorts by the Indonesian names and starts from a drawn country', () => {
    const doc = buildListOfParticipants(input({ lang: 'id', by: { drawnFirst: 'WS', lang: 'en' } }))
    expect(doc.groups.map((g) => g.name)).toEqual([
      'Samoa',
      'Selandia Baru',
      'Fiji',
      'Pacific Islands Forum Secretariat',
      'Peserta lainnya',
    ])
    expect(doc.title).toBe('Daftar Peserta')
    expect(doc.dates).toBe('1–12 Agustus 2026')
  })

  it('can include everyone', () => {
    const doc = buildListOfParticipants(input({ excludeStatuses: [] }))
    expect(doc.groups[1]!.entries.map((e) => e.name)).toEqual(['Will Decline', 'Kate Smith'])
  })

  it('as .docx: a title page, then the delegations in order, read back with mammoth', async () => {
    const bytes = await lopDocx(buildListOfParticipants(input()))
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b])
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    expect(lines.slice(0, 5)).toEqual([
      'LIST OF PARTICIPANTS',
      'Pacific Digital Diplomacy Workshop',
      '1–12 August 2026',
      'Jakarta and online',
      '4 delegations · 6 participants',
    ])
    const at = (s: string) => lines.indexOf(s)
    expect(at('Fiji')).toBeLessThan(at('New Zealand'))
    expect(at('New Zealand')).toBeLessThan(at('Samoa'))
    expect(at('Samoa')).toBeLessThan(at('Pacific Islands Forum Secretariat'))
    expect(lines.slice(at('Fiji'), at('Fiji') + 7)).toEqual([
      'Fiji',
      'H.E. Jone Vakarau',
      'Head of Delegation',
      'Minister',
      'Ana Rokotuiwai (online)',
      'Director',
      'MFA Fiji',
    ])
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
    const headings = [...html.matchAll(/<h1><strong>(.*?)<\/strong><\/h1>/g)].map((m) => m[1])
    expect(headings).toEqual([
      'Fiji',
      'New Zealand',
      'Samoa',
      'Pacific Islands Forum Secretariat',
      'Other participants',
    ])
  })
})
