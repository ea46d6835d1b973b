// What one row of a file says about a person, as patches: only what the file actually provides
// (a mapped column with a value). An empty cell never erases what the registry knows, so
// importing a Zoom report with names and emails leaves everyone's organisation alone.
import type {
  Contact,
  Gender,
  Participant,
  ParticipantRole,
  ParticipantStatus,
  ParticipationMode,
  Phone,
} from '../registry/model'
import type { CandidateRecord } from '../spreadsheet/row-record'
import { zonedLocalToUtc } from '../time/zones'

export interface ContactPatch {
  /** Set together: a new name replaces the whole name, so old parts never mix with new. */
  name?: { givenName: string; familyName: string; fullName: string }
  honorific?: string
  gender?: Gender
  organisation?: string
  position?: string
  emails?: string[]
  phones?: Phone[]
  nationality?: string
}

export interface ParticipantPatch {
  delegationCountry?: string
  role?: ParticipantRole
  mode?: ParticipationMode
  status?: ParticipantStatus
  /** ISO instants (the file's local times read in the event's zone). */
  arrival?: string
  departure?: string
  dietary?: string
  accessibility?: string
  passportNumber?: string
  passportExpiry?: string
  /** Appended to the participant's notes unless they already say it. */
  notes?: string
}

export interface RowPatch {
  contact: ContactPatch
  participant: ParticipantPatch
}

/** Values for new participants when the file has no column for them. */
export interface NewParticipantDefaults {
  role: ParticipantRole
  mode: ParticipationMode
  status: ParticipantStatus
}

export const defaultNewParticipant: NewParticipantDefaults = {
  role: 'delegate',
  mode: 'in_person',
  status: 'invited',
}

const MAX_VALUES = 10

function toInstant(local: string | undefined, zone: string): string | undefined {
  if (!local) return undefined
  // "YYYY-MM-DD" is the day itself (midnight, as the registry form reads it); seconds are dropped.
  const minute = local.length === 10 ? `${local}T00:00` : local.slice(0, 16)
  return zonedLocalToUtc(minute, zone)
}

function samePhone(a: Phone, b: Phone): boolean {
  return a.e164 && b.e164 ? a.e164 === b.e164 : a.raw.trim() === b.raw.trim()
}

/** The patches one checked row makes; `zone` is the event's time zone. */
export function recordToPatch(record: CandidateRecord, zone: string): RowPatch {
  const contact: ContactPatch = {}
  if (record.givenName || record.familyName || record.fullName) {
    contact.name = {
      givenName: record.givenName,
      familyName: record.familyName,
      fullName: record.givenName || record.familyName ? '' : record.fullName,
    }
  }
  if (record.honorific) contact.honorific = record.honorific
  if (record.gender) contact.gender = record.gender
  if (record.organisation) contact.organisation = record.organisation
  if (record.position) contact.position = record.position
  if (record.emails.length > 0) contact.emails = record.emails.slice(0, MAX_VALUES)
  const phones: Phone[] = []
  for (const p of [...record.phones, ...record.whatsapp])
    if (!phones.some((q) => samePhone(p, q))) phones.push(p)
  if (phones.length > 0) contact.phones = phones.slice(0, MAX_VALUES)
  if (record.nationality) contact.nationality = record.nationality

  const participant: ParticipantPatch = {}
  if (record.country?.code) participant.delegationCountry = record.country.code
  if (record.role) participant.role = record.role
  if (record.mode) participant.mode = record.mode
  if (record.status) participant.status = record.status
  const arrival = toInstant(record.arrival, zone)
  const departure = toInstant(record.departure, zone)
  if (arrival) participant.arrival = arrival
  if (departure) participant.departure = departure
  if (record.dietary) participant.dietary = record.dietary
  if (record.accessibility) participant.accessibility = record.accessibility
  if (record.passportNumber) participant.passportNumber = record.passportNumber
  if (record.passportExpiry) participant.passportExpiry = record.passportExpiry
  if (record.notes) participant.notes = record.notes
  return { contact, participant }
}

export type ContactFields = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>
export type ParticipantFields = Omit<
  Participant,
  'id' | 'eventId' | 'contactId' | 'delegationId' | 'createdAt' | 'updatedAt'
>

const blankContact: ContactFields = {
  honorific: '',
  givenName: '',
  familyName: '',
  fullName: '',
  gender: 'unspecified',
  organisation: '',
  position: '',
  emails: [],
  phones: [],
  notes: '',
}

/**
 * The contact's fields after the patch. Emails are added to the ones known (the file's first):
 * an old address still identifies the person in next year's files and Zoom reports. Phones are
 * replaced: a country sending a new number means the old one is out of date.
 */
export function patchContact(
  before: ContactFields | undefined,
  patch: ContactPatch,
): ContactFields {
  const next: ContactFields = { ...blankContact, ...before }
  if (patch.name) Object.assign(next, patch.name)
  if (patch.honorific !== undefined) next.honorific = patch.honorific
  if (patch.gender) next.gender = patch.gender
  if (patch.organisation !== undefined) next.organisation = patch.organisation
  if (patch.position !== undefined) next.position = patch.position
  if (patch.emails) {
    const emails = [...patch.emails]
    for (const e of before?.emails ?? []) if (!emails.includes(e)) emails.push(e)
    next.emails = emails.slice(0, MAX_VALUES)
  }
  if (patch.phones) next.phones = patch.phones.map((p) => ({ ...p }))
  if (patch.nationality) next.nationality = patch.nationality
  return next
}

/** Notes from the file, appended to what staff wrote unless already there. */
export function appendNotes(existing: string, added: string | undefined): string {
  if (!added || existing.includes(added)) return existing
  return (existing ? `${existing}\n${added}` : added).slice(0, 10_000)
}

export function patchParticipant(
  before: ParticipantFields | undefined,
  patch: ParticipantPatch,
  defaults: NewParticipantDefaults = defaultNewParticipant,
): ParticipantFields {
  const next: ParticipantFields = before
    ? { ...before, documents: { ...before.documents }, tags: [...before.tags] }
    : {
        ...defaults,
        dietary: '',
        accessibility: '',
        tags: [],
        documents: { nominationLetter: false, passportNumber: '', visaLetter: 'not_needed' },
        notes: '',
      }
  if (patch.role) next.role = patch.role
  if (patch.mode) next.mode = patch.mode
  if (patch.status) next.status = patch.status
  if (patch.arrival) next.arrival = patch.arrival
  if (patch.departure) next.departure = patch.departure
  if (patch.dietary !== undefined) next.dietary = patch.dietary
  if (patch.accessibility !== undefined) next.accessibility = patch.accessibility
  if (patch.passportNumber) next.documents.passportNumber = patch.passportNumber
  if (patch.passportExpiry) next.documents.passportExpiry = patch.passportExpiry
  next.notes = appendNotes(next.notes, patch.notes)
  return next
}
