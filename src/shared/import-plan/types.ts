// The import plan's data: what the registry already holds about the people in a file, what each
// row of the file would do to it, and what the user decided. Plain data, no storage.
import type { Contact, Participant } from '../registry/model'

/** A person already in the directory, with what matching and the diff need to know. */
export interface ExistingPerson {
  contact: Contact
  /** Their participation in the event being imported into, when they already take part. */
  participant?: Participant
  /** The country of that participation's delegation. */
  delegationCountry?: string
  /** Every country this person is known by: nationality and their delegations in any event. */
  countries: readonly string[]
  /** Ids of their participations in other events: an export's ID column may hold one. */
  otherParticipantIds?: readonly string[]
}

export type MatchBy = 'id' | 'email' | 'name'

export type Match =
  | { kind: 'none' }
  /** Our own export's ID or a shared email: the same person, updated unless the user says no. */
  | { kind: 'certain'; by: MatchBy; contactId: string }
  /** Same name and a compatible country, or an email shared by several people: always asked. */
  | { kind: 'probable'; by: MatchBy; candidates: string[] }

export type RowStatus = 'new' | 'update' | 'unchanged' | 'probable' | 'duplicate' | 'error'

export type Decision =
  { action: 'new' } | { action: 'update'; contactId: string } | { action: 'skip' }

export type DiffField =
  | 'name'
  | 'honorific'
  | 'gender'
  | 'organisation'
  | 'position'
  | 'emails'
  | 'phones'
  | 'nationality'
  | 'delegation'
  | 'role'
  | 'mode'
  | 'status'
  | 'arrival'
  | 'departure'
  | 'dietary'
  | 'accessibility'
  | 'passportNumber'
  | 'passportExpiry'
  | 'notes'

/**
 * One field that would change. Values are machine values: country codes, enum values, ISO
 * instants, or text; the renderer formats them. Passport numbers are never carried: only that
 * they change.
 */
export interface FieldChange {
  field: DiffField
  from: string
  to: string
}
