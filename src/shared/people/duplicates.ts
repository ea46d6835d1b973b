import { editDistance } from './edit-distance'
import { nameTokens, type NameParts } from './names'

/**
 * How sure we are that two contacts are one person:
 * - 'certain': they share an email address (trimmed, case-insensitive);
 * - 'probable': same name key and the same nationality;
 * - 'possible': same name key with a different or unknown nationality, or names a typo apart
 *   (or equal once initials are dropped) when the nationalities do not contradict each other.
 * Close spellings with two different nationalities are left out: across 100,000 contacts they
 * are mostly different people, and every 'possible' costs a human a look.
 */
export type DuplicateClass = 'certain' | 'probable' | 'possible'

export type DuplicateCandidate = NameParts & {
  id: string
  emails?: readonly string[]
  nationality?: string | undefined
}

/** A contact reduced to what classification compares; computed once per contact. */
export interface PreparedCandidate {
  id: string
  emails: readonly string[]
  key: string
  loose: string
  nationality: string | undefined
}

export function prepareCandidate(c: DuplicateCandidate): PreparedCandidate {
  const emails = [...new Set((c.emails ?? []).map((e) => e.trim().toLowerCase()))]
  // Same as nameKey and looseNameKey, from one tokenisation.
  const tokens = nameTokens(c).sort()
  return {
    id: c.id,
    emails: emails.filter((e) => e !== ''),
    key: tokens.join(' '),
    loose: tokens.filter((t) => t.length > 1).join(' '),
    nationality: c.nationality?.trim().toUpperCase() || undefined,
  }
}

function closeSpelling(a: string, b: string): boolean {
  if (a === '' || b === '') return false
  if (a === b) return true
  if (Math.min(a.length, b.length) < 4) return false
  // About one edit per six letters, at most three: "jon smith" ~ "john smith".
  const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(a.length, b.length) / 6)))
  return editDistance(a, b, allowed) <= allowed
}

export function classifyPrepared(
  a: PreparedCandidate,
  b: PreparedCandidate,
): DuplicateClass | null {
  for (const email of a.emails) if (b.emails.includes(email)) return 'certain'
  const sameNationality = a.nationality !== undefined && a.nationality === b.nationality
  if (a.key !== '' && a.key === b.key) return sameNationality ? 'probable' : 'possible'
  const conflicting =
    a.nationality !== undefined && b.nationality !== undefined && a.nationality !== b.nationality
  if (!conflicting && closeSpelling(a.loose, b.loose)) return 'possible'
  return null
}

/** The duplicate class of two contacts, or null when nothing suggests they are one person. */
export function classifyDuplicate(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
): DuplicateClass | null {
  return classifyPrepared(prepareCandidate(a), prepareCandidate(b))
}
