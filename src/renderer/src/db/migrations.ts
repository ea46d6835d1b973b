import { nameKey } from '../../../shared/people/names'

// Pure record migrations, one per schema step, tested by opening the previous version with data.
// They take and return plain records and keep every field they do not know about.

type StoredRecord = Record<string, unknown>

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** v2: contacts carry their name key, so "is this person already here?" is an index lookup. */
export function contactV1toV2(contact: StoredRecord): StoredRecord {
  return {
    ...contact,
    nameKey: nameKey({
      honorific: text(contact.honorific),
      givenName: text(contact.givenName),
      familyName: text(contact.familyName),
      fullName: text(contact.fullName),
    }),
  }
}
