import { normaliseEmails } from '../people/emails'
import { parsePhones } from '../people/phones'
import {
  genders,
  participantRoles,
  participantStatuses,
  participationModes,
  visaLetterStatuses,
  type Contact,
  type Gender,
  type Participant,
  type ParticipantRole,
  type ParticipantStatus,
  type ParticipationMode,
} from './model'

// What the participant form edits, as strings, and the rules that turn it into records. The
// form shows the returned problem codes inline; the same rules guard every save.

export interface ParticipantDraft {
  honorific: string
  givenName: string
  familyName: string
  fullName: string
  gender: string
  organisation: string
  position: string
  emails: string
  phones: string
  nationality: string
  delegationCountry: string
  delegationOrganisation: string
  role: string
  mode: string
  status: string
  arrival: string
  departure: string
  dietary: string
  accessibility: string
  tags: string
  nominationLetter: boolean
  passportNumber: string
  passportExpiry: string
  visaLetter: string
  timeZone: string
  notes: string
}

export type DraftField = keyof ParticipantDraft
export type DraftProblem =
  | 'name_required'
  | 'email_invalid'
  | 'phone_invalid'
  | 'country_invalid'
  | 'date_invalid'
  | 'departure_before_arrival'
  | 'too_long'
  | 'invalid_choice'

export type ContactFields = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>
export type ParticipantFields = Omit<
  Participant,
  'id' | 'eventId' | 'contactId' | 'delegationId' | 'createdAt' | 'updatedAt'
>
export type DelegationChoice =
  | { kind: 'country'; countryCode: string }
  | { kind: 'organisation'; organisationName: string }
  | null

export interface ParsedParticipant {
  contact: ContactFields
  participant: ParticipantFields
  delegation: DelegationChoice
}

const COUNTRY = /^[A-Z]{2}$/
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value)
}

/**
 * Checks a draft and builds the records. Arrival and departure are kept as the local date-time
 * the user typed plus the event's zone offset, converted by `toInstant`.
 */
export function parseParticipantDraft(
  draft: ParticipantDraft,
  toInstant: (local: string) => string | undefined,
): { ok: true; value: ParsedParticipant } | { ok: false; problems: Map<DraftField, DraftProblem> } {
  const problems = new Map<DraftField, DraftProblem>()
  const t = (s: string) => s.trim()

  if (!t(draft.givenName) && !t(draft.familyName) && !t(draft.fullName))
    problems.set('givenName', 'name_required')
  for (const field of [
    'honorific',
    'givenName',
    'familyName',
    'fullName',
    'organisation',
    'position',
    'dietary',
    'accessibility',
  ] as const)
    if (draft[field].length > 500) problems.set(field, 'too_long')
  if (draft.notes.length > 10_000) problems.set('notes', 'too_long')

  const emails = normaliseEmails(draft.emails)
  if (emails.invalid.length > 0 || emails.emails.length > 10)
    problems.set('emails', 'email_invalid')

  const nationality = t(draft.nationality).toUpperCase()
  if (nationality && !COUNTRY.test(nationality)) problems.set('nationality', 'country_invalid')
  const delegationCountry = t(draft.delegationCountry).toUpperCase()
  if (delegationCountry && !COUNTRY.test(delegationCountry))
    problems.set('delegationCountry', 'country_invalid')

  const phones = parsePhones(draft.phones, delegationCountry || nationality || undefined)
  if (phones.length > 10) problems.set('phones', 'too_long')

  const arrival = t(draft.arrival) ? toInstantChecked(t(draft.arrival)) : undefined
  const departure = t(draft.departure) ? toInstantChecked(t(draft.departure)) : undefined
  if (arrival === null) problems.set('arrival', 'date_invalid')
  if (departure === null) problems.set('departure', 'date_invalid')
  if (arrival && departure && departure < arrival)
    problems.set('departure', 'departure_before_arrival')
  if (t(draft.passportExpiry) && !DATE.test(t(draft.passportExpiry)))
    problems.set('passportExpiry', 'date_invalid')

  const choices: [DraftField, readonly string[]][] = [
    ['gender', genders],
    ['role', participantRoles],
    ['mode', participationModes],
    ['status', participantStatuses],
    ['visaLetter', visaLetterStatuses],
  ]
  for (const [field, allowed] of choices)
    if (!allowed.includes(draft[field] as string)) problems.set(field, 'invalid_choice')

  if (problems.size > 0) return { ok: false, problems }

  const organisationName = t(draft.delegationOrganisation)
  const delegation: DelegationChoice = delegationCountry
    ? { kind: 'country', countryCode: delegationCountry }
    : organisationName
      ? { kind: 'organisation', organisationName }
      : null

  return {
    ok: true,
    value: {
      contact: {
        honorific: t(draft.honorific),
        givenName: t(draft.givenName),
        familyName: t(draft.familyName),
        fullName: t(draft.fullName),
        gender: draft.gender as Gender,
        organisation: t(draft.organisation),
        position: t(draft.position),
        emails: emails.emails,
        phones,
        ...(nationality ? { nationality } : {}),
        notes: '',
      },
      participant: {
        role: draft.role as ParticipantRole,
        mode: draft.mode as ParticipationMode,
        status: draft.status as ParticipantStatus,
        ...(arrival ? { arrival } : {}),
        ...(departure ? { departure } : {}),
        dietary: t(draft.dietary),
        accessibility: t(draft.accessibility),
        tags: [...new Set(draft.tags.split(',').map(t).filter(Boolean))].slice(0, 50),
        documents: {
          nominationLetter: draft.nominationLetter,
          passportNumber: t(draft.passportNumber),
          ...(t(draft.passportExpiry) ? { passportExpiry: t(draft.passportExpiry) } : {}),
          visaLetter: draft.visaLetter as ParticipantFields['documents']['visaLetter'],
        },
        ...(t(draft.timeZone) ? { timeZone: t(draft.timeZone) } : {}),
        notes: draft.notes,
      },
      delegation,
    },
  }

  function toInstantChecked(local: string): string | null {
    if (!LOCAL_DATE_TIME.test(local)) return null
    return toInstant(local.length === 10 ? `${local}T00:00` : local) ?? null
  }
}

export function isChoice<T extends string>(value: string, allowed: readonly T[]): value is T {
  return oneOf(value, allowed)
}
