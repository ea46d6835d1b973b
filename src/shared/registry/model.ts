import { z } from 'zod'

// The registry's records, as stored and as exchanged. Types are inferred from these schemas.
// Ids are opaque strings (crypto.randomUUID in the renderer); instants are ISO-8601 UTC strings.

export const participantRoles = [
  'head',
  'delegate',
  'alternate',
  'adviser',
  'speaker',
  'moderator',
  'observer',
  'organiser',
  'media',
] as const
export const participantStatuses = [
  'invited',
  'nominated',
  'registered',
  'confirmed',
  'declined',
  'cancelled',
  'attended',
  'no_show',
] as const
export const participationModes = ['in_person', 'online'] as const
export const genders = ['female', 'male', 'other', 'unspecified'] as const
export const visaLetterStatuses = ['not_needed', 'needed', 'requested', 'issued'] as const

export const participantRole = z.enum(participantRoles)
export const participantStatus = z.enum(participantStatuses)
export const participationMode = z.enum(participationModes)
export const gender = z.enum(genders)

const id = z.string().min(1).max(64)
const shortText = z.string().max(500)
const isoInstant = z.iso.datetime({ offset: true })
const isoDate = z.iso.date()
/** ISO 3166-1 alpha-2, upper case. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/)

export const phone = z.object({
  /** As written by the person or the embassy, kept so nothing is lost. */
  raw: z.string().max(100),
  /** E.164 when it could be parsed (e.g. +6793311234). */
  e164: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/)
    .optional(),
})

export const contactSchema = z.object({
  id,
  honorific: shortText.default(''),
  givenName: shortText.default(''),
  familyName: shortText.default(''),
  /** The full name as the person writes it; derived from the parts when empty. */
  fullName: shortText.default(''),
  gender: gender.default('unspecified'),
  organisation: shortText.default(''),
  position: shortText.default(''),
  emails: z.array(z.string().max(320)).max(10).default([]),
  phones: z.array(phone).max(10).default([]),
  nationality: countryCode.optional(),
  notes: z.string().max(10_000).default(''),
  createdAt: isoInstant,
  updatedAt: isoInstant,
})

export const documentChecklist = z.object({
  nominationLetter: z.boolean().default(false),
  passportNumber: z.string().max(40).default(''),
  passportExpiry: isoDate.optional(),
  visaLetter: z.enum(visaLetterStatuses).default('not_needed'),
})

export const participantSchema = z.object({
  id,
  eventId: id,
  contactId: id,
  delegationId: id.optional(),
  role: participantRole.default('delegate'),
  mode: participationMode.default('in_person'),
  status: participantStatus.default('invited'),
  arrival: isoInstant.optional(),
  departure: isoInstant.optional(),
  dietary: shortText.default(''),
  accessibility: shortText.default(''),
  tags: z.array(z.string().min(1).max(60)).max(50).default([]),
  documents: documentChecklist.default({
    nominationLetter: false,
    passportNumber: '',
    visaLetter: 'not_needed',
  }),
  /** IANA zone; defaults from the delegation's country when it has a single zone. */
  timeZone: z.string().max(64).optional(),
  notes: z.string().max(10_000).default(''),
  createdAt: isoInstant,
  updatedAt: isoInstant,
})

export const delegationSchema = z.object({
  id,
  eventId: id,
  kind: z.enum(['country', 'organisation']),
  /** Set when kind is 'country' (countries and territories alike). */
  countryCode: countryCode.optional(),
  /** Set when kind is 'organisation' (e.g. "Pacific Islands Forum Secretariat"). */
  organisationName: shortText.optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
})

export type ParticipantRole = z.infer<typeof participantRole>
export type ParticipantStatus = z.infer<typeof participantStatus>
export type ParticipationMode = z.infer<typeof participationMode>
export type Gender = z.infer<typeof gender>
export type Phone = z.infer<typeof phone>
export type Contact = z.infer<typeof contactSchema>
export type Participant = z.infer<typeof participantSchema>
export type Delegation = z.infer<typeof delegationSchema>
