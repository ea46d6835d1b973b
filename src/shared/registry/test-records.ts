import type { Contact, Delegation, Participant } from './model'

// Small builders for the views' tests: complete records with only what a test cares about set.
const at = '2026-01-01T00:00:00.000Z'

export function makeContact(id: string, over: Partial<Contact> = {}): Contact {
  return {
    id,
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
    createdAt: at,
    updatedAt: at,
    ...over,
  }
}

export function makeParticipant(
  id: string,
  contactId: string,
  over: Partial<Participant> = {},
): Participant {
  return {
    id,
    eventId: 'e1',
    contactId,
    role: 'delegate',
    mode: 'in_person',
    status: 'invited',
    dietary: '',
    accessibility: '',
    tags: [],
    documents: { nominationLetter: false, passportNumber: '', visaLetter: 'not_needed' },
    notes: '',
    createdAt: at,
    updatedAt: at,
    ...over,
  }
}

export function makeDelegation(id: string, over: Partial<Delegation> = {}): Delegation {
  return { id, eventId: 'e1', kind: 'country', createdAt: at, updatedAt: at, ...over }
}
