import type { Contact, Phone } from './model'

// Merging two records of the same person: nothing either record knows is lost. The kept
// record's values win; its empty fields are filled from the other; lists are united.

const TEXT_FIELDS = [
  'honorific',
  'givenName',
  'familyName',
  'fullName',
  'organisation',
  'position',
] as const

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

const phoneKey = (p: Phone): string => p.e164 ?? p.raw.replace(/\s+/g, '')

export function mergeContacts(keep: Contact, other: Contact, at: string): Contact {
  const merged: Contact = { ...keep, updatedAt: at }
  for (const field of TEXT_FIELDS) {
    if (!merged[field].trim() && other[field].trim()) merged[field] = other[field]
  }
  if (merged.gender === 'unspecified') merged.gender = other.gender
  if (!merged.nationality && other.nationality) merged.nationality = other.nationality
  merged.emails = uniqueBy([...keep.emails, ...other.emails], (e) => e.toLowerCase()).slice(0, 10)
  merged.phones = uniqueBy([...keep.phones, ...other.phones], phoneKey).slice(0, 10)
  const notes = [keep.notes.trim(), other.notes.trim()].filter(Boolean)
  merged.notes = uniqueBy(notes, (n) => n).join('\n\n')
  merged.createdAt = keep.createdAt < other.createdAt ? keep.createdAt : other.createdAt
  return merged
}
