// Field-by-field what a row would change on a person, in the user's terms: "phone +679 990 2211
// → +679 990 9999". Computed with the same patch functions the import writes with.
import { displayName } from '../people/names'
import type { Phone } from '../registry/model'
import {
  patchContact,
  patchParticipant,
  type ContactFields,
  type ParticipantFields,
  type RowPatch,
} from './patch'
import type { ExistingPerson, FieldChange } from './types'

const phoneText = (phones: readonly Phone[]): string =>
  phones.map((p) => p.raw || p.e164).join(', ')

export function contactChanges(before: ContactFields, after: ContactFields): FieldChange[] {
  const pairs: [FieldChange['field'], string, string][] = [
    ['name', displayName({ ...before, honorific: '' }), displayName({ ...after, honorific: '' })],
    ['honorific', before.honorific, after.honorific],
    ['gender', before.gender, after.gender],
    ['organisation', before.organisation, after.organisation],
    ['position', before.position, after.position],
    ['emails', before.emails.join(', '), after.emails.join(', ')],
    ['phones', phoneText(before.phones), phoneText(after.phones)],
    ['nationality', before.nationality ?? '', after.nationality ?? ''],
  ]
  const changes = pairs
    .filter(([, from, to]) => from !== to)
    .map(([field, from, to]) => ({ field, from, to }))
  // Same digits written differently ("+679 9902211" vs "+679 990 2211") is not a change worth asking about.
  const e164 = (p: readonly Phone[]): string => p.map((x) => x.e164 ?? x.raw).join(',')
  return changes.filter((c) => c.field !== 'phones' || e164(before.phones) !== e164(after.phones))
}

export function participantChanges(
  before: ParticipantFields,
  after: ParticipantFields,
  countryBefore: string,
  countryAfter: string,
): FieldChange[] {
  const pairs: [FieldChange['field'], string, string][] = [
    ['delegation', countryBefore, countryAfter],
    ['role', before.role, after.role],
    ['mode', before.mode, after.mode],
    ['status', before.status, after.status],
    ['arrival', before.arrival ?? '', after.arrival ?? ''],
    ['departure', before.departure ?? '', after.departure ?? ''],
    ['dietary', before.dietary, after.dietary],
    ['accessibility', before.accessibility, after.accessibility],
    ['passportExpiry', before.documents.passportExpiry ?? '', after.documents.passportExpiry ?? ''],
    ['notes', before.notes, after.notes],
  ]
  const changes = pairs
    .filter(([, from, to]) => from !== to)
    .map(([field, from, to]) => ({ field, from, to }))
  if (before.documents.passportNumber !== after.documents.passportNumber) {
    // Sensitive: say that it changes, never show it.
    changes.push({
      field: 'passportNumber',
      from: before.documents.passportNumber ? '••••' : '',
      to: '••••',
    })
  }
  return changes
}

/**
 * What updating `person` with `patch` would change. `joinsEvent` is true when the person is in
 * the directory but not yet in this event: the update adds them (their participation is new).
 */
export function personChanges(
  person: ExistingPerson,
  patch: RowPatch,
): { changes: FieldChange[]; joinsEvent: boolean } {
  const contactAfter = patchContact(person.contact, patch.contact)
  const changes = contactChanges(person.contact, contactAfter)
  if (!person.participant) return { changes, joinsEvent: true }
  const after = patchParticipant(person.participant, patch.participant)
  const countryBefore = person.delegationCountry ?? ''
  const countryAfter = patch.participant.delegationCountry ?? countryBefore
  changes.push(...participantChanges(person.participant, after, countryBefore, countryAfter))
  return { changes, joinsEvent: false }
}
