// fast-check generators of registries in canonical form: values as the registry stores them
// after its own checks (trimmed one-line text, lower-case emails, phones with their E.164 form
// derived from the delegation's country), with every character an embassy could type, including
// formula triggers, quotes, separators and line breaks in notes.
import fc from 'fast-check'
import { countryCodes, matchCountry } from '../countries'
import { splitHonorific } from '../people/honorifics'
import { parsePhone } from '../people/phones'
import {
  genders,
  participantRoles,
  participantStatuses,
  participationModes,
  type Contact,
  type Delegation,
  type Participant,
} from '../registry/model'
import type { ExportPerson } from './registry-table'

const at = '2026-01-01T00:00:00.000Z'

const tricky = [
  '=',
  '+',
  '-',
  '@',
  "'",
  '"',
  ',',
  ';',
  ' ',
  ' ',
  '\t',
  'ʻ',
  'é',
  'ñ',
  'Ō',
  '中',
  '—',
  '(',
  ')',
  '&',
  '<',
  '>',
  '/',
  '\\',
  '#',
  '%',
  '0',
  '1',
  '9',
  'a',
  'Z',
  'x',
]
const char = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...tricky) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
)
const rawText = (max: number) => fc.array(char, { maxLength: max }).map((cs) => cs.join(''))

/** One-line text as the importer reads it back: whitespace collapsed, trimmed. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()
/** Notes as the importer reads them back: LF line ends, no spaces before a line end, trimmed. */
export const block = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim()

const line = (max = 40) => rawText(max).map(oneLine)
const notes = fc
  .tuple(fc.array(rawText(30), { maxLength: 4 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => block(lines.join(eol)))

const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 8, maxLength: 8 })
const id = fc.tuple(hex, hex).map(([a, b]) => `${a}-${b}`)

const email = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'abcdefghij0123456789._-'), minLength: 1, maxLength: 10 }),
    fc.constantFrom('gov.fj', 'kemlu.go.id', 'mfat.govt.nz', 'gmail.com'),
  )
  .map(([local, domain]) => `${local.replace(/^[._-]+|[._-]+$/g, '') || 'x'}@${domain}`)

const phoneRaw = fc
  .tuple(
    fc.constantFrom('+679 ', '+62 ', '0', '(021) ', '+1-', '', '-'),
    fc.string({ unit: fc.constantFrom(...'0123456789 '), minLength: 3, maxLength: 12 }),
  )
  .map(([prefix, rest]) => oneLine(prefix + rest))
  .filter((raw) => raw !== '' && !/\s\/\s/.test(raw))

const minute = fc
  .integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 })
  .map((m) => new Date(m * 60_000).toISOString())
const isoDate = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2040, 0, 1) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10))

const organisations = [
  'Pacific Islands Forum Secretariat',
  'Pacific Community (SPC)',
  'UNESCO Office Jakarta',
  'ASEAN Secretariat',
  '=HYPERLINK("http://x","Org")',
].filter((name) => matchCountry(name).status !== 'certain')

export const delegationArb = fc.oneof(
  fc.constantFrom(...countryCodes).map((code): Omit<Delegation, 'id'> => ({
    eventId: 'e1',
    kind: 'country',
    countryCode: code,
    createdAt: at,
    updatedAt: at,
  })),
  fc.constantFrom(...organisations).map((name): Omit<Delegation, 'id'> => ({
    eventId: 'e1',
    kind: 'organisation',
    organisationName: name,
    createdAt: at,
    updatedAt: at,
  })),
)

const personArb = (delegations: Delegation[]) =>
  fc
    .record({
      id,
      contactId: id,
      honorific: fc.oneof(fc.constantFrom('', 'H.E.', 'Dr', 'Hon.', 'Ms', 'Bapak'), line(10)),
      givenName: line(),
      familyName: line(),
      fullName: line(),
      gender: fc.constantFrom(...genders),
      organisation: line(),
      position: line(),
      emails: fc.uniqueArray(email, { maxLength: 3 }),
      phones: fc.array(phoneRaw, { maxLength: 3 }),
      nationality: fc.option(fc.constantFrom(...countryCodes), { nil: undefined }),
      delegation: fc.option(fc.constantFrom(...delegations), { nil: undefined }),
      role: fc.constantFrom(...participantRoles),
      mode: fc.constantFrom(...participationModes),
      status: fc.constantFrom(...participantStatuses),
      arrival: fc.option(minute, { nil: undefined }),
      departure: fc.option(minute, { nil: undefined }),
      dietary: line(),
      accessibility: line(),
      passportNumber: fc.string({ unit: fc.constantFrom(...'ABCX0123456789'), maxLength: 12 }),
      passportExpiry: fc.option(isoDate, { nil: undefined }),
      notes,
      tags: fc.uniqueArray(
        line(10).filter((t) => t !== ''),
        { maxLength: 3 },
      ),
    })
    // A person has a name; and a name the importer would split ("Dr Anna") has its honorific.
    .filter((r) => (r.givenName || r.familyName || r.fullName) !== '')
    .filter((r) => r.honorific !== '' || splitHonorific(r.fullName || r.givenName).honorific === '')
    .map((r): ExportPerson => {
      const country = r.delegation?.countryCode
      const contact: Contact = {
        id: r.contactId,
        honorific: r.honorific,
        givenName: r.givenName,
        familyName: r.familyName,
        fullName: r.fullName,
        gender: r.gender,
        organisation: r.organisation,
        position: r.position,
        emails: r.emails,
        phones: r.phones.map((raw) => parsePhone(raw, country)),
        ...(r.nationality && { nationality: r.nationality }),
        notes: '',
        createdAt: at,
        updatedAt: at,
      }
      const participant: Participant = {
        id: r.id,
        eventId: 'e1',
        contactId: r.contactId,
        ...(r.delegation && { delegationId: r.delegation.id }),
        role: r.role,
        mode: r.mode,
        status: r.status,
        ...(r.arrival && { arrival: r.arrival }),
        ...(r.departure && { departure: r.departure }),
        dietary: r.dietary,
        accessibility: r.accessibility,
        tags: r.tags,
        documents: {
          nominationLetter: false,
          passportNumber: r.passportNumber,
          ...(r.passportExpiry && { passportExpiry: r.passportExpiry }),
          visaLetter: 'not_needed',
        },
        notes: r.notes,
        createdAt: at,
        updatedAt: at,
      }
      return { participant, contact, delegation: r.delegation }
    })

/** A registry: a few delegations and 1–12 people, with unique participant ids. */
export const registryArb = fc
  .uniqueArray(delegationArb, {
    minLength: 1,
    maxLength: 5,
    selector: (d) => d.countryCode ?? d.organisationName,
  })
  .map((ds) => ds.map((d, i): Delegation => ({ ...d, id: `d${i}` })))
  .chain((delegations) =>
    fc
      .uniqueArray(personArb(delegations), {
        minLength: 1,
        maxLength: 12,
        selector: (p) => p.participant.id,
      })
      .map((people) => ({ delegations, people })),
  )
