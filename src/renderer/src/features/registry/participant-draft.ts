import type { Contact, Participant, Delegation } from '../../../../shared/registry/model'
import type { ParticipantDraft } from '../../../../shared/registry/participant-input'
import { utcToZonedLocal } from '../../../../shared/time/zones'

export function emptyDraft(): ParticipantDraft {
  return {
    honorific: '',
    givenName: '',
    familyName: '',
    fullName: '',
    gender: 'unspecified',
    organisation: '',
    position: '',
    emails: '',
    phones: '',
    nationality: '',
    delegationCountry: '',
    delegationOrganisation: '',
    role: 'delegate',
    mode: 'in_person',
    status: 'invited',
    arrival: '',
    departure: '',
    dietary: '',
    accessibility: '',
    tags: '',
    nominationLetter: false,
    passportNumber: '',
    passportExpiry: '',
    visaLetter: 'not_needed',
    timeZone: '',
    notes: '',
  }
}

/** The contact's part of a draft, e.g. when reusing an existing contact from the directory. */
export function contactDraft(contact: Contact): Partial<ParticipantDraft> {
  return {
    honorific: contact.honorific,
    givenName: contact.givenName,
    familyName: contact.familyName,
    fullName: contact.fullName,
    gender: contact.gender,
    organisation: contact.organisation,
    position: contact.position,
    emails: contact.emails.join(', '),
    phones: contact.phones.map((p) => p.raw || p.e164 || '').join('; '),
    nationality: contact.nationality ?? '',
  }
}

/** A draft showing a stored participant; instants are shown in the event's zone. */
export function draftFrom(
  participant: Participant,
  contact: Contact,
  delegation: Delegation | undefined,
  zone: string,
): ParticipantDraft {
  return {
    ...emptyDraft(),
    ...contactDraft(contact),
    delegationCountry: delegation?.kind === 'country' ? (delegation.countryCode ?? '') : '',
    delegationOrganisation:
      delegation?.kind === 'organisation' ? (delegation.organisationName ?? '') : '',
    role: participant.role,
    mode: participant.mode,
    status: participant.status,
    arrival: participant.arrival ? utcToZonedLocal(participant.arrival, zone) : '',
    departure: participant.departure ? utcToZonedLocal(participant.departure, zone) : '',
    dietary: participant.dietary,
    accessibility: participant.accessibility,
    tags: participant.tags.join(', '),
    nominationLetter: participant.documents.nominationLetter,
    passportNumber: participant.documents.passportNumber,
    passportExpiry: participant.documents.passportExpiry ?? '',
    visaLetter: participant.documents.visaLetter,
    timeZone: participant.timeZone ?? '',
    notes: participant.notes,
  }
}
