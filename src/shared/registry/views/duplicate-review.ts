import type { DuplicateClass, DuplicatePair } from '../../people'
import { foldForSearch } from '../../people/fold-text'
import type { Contact } from '../model'

// Reviewing a pair of possible duplicates side by side: which fields differ, and the order in
// which pairs are offered (surest first).

export const comparedFields = [
  'honorific',
  'givenName',
  'familyName',
  'fullName',
  'gender',
  'nationality',
  'organisation',
  'position',
  'emails',
  'phones',
  'notes',
  'createdAt',
] as const
export type ComparedField = (typeof comparedFields)[number]

function comparable(contact: Contact, field: ComparedField): string {
  switch (field) {
    case 'emails':
      return [...new Set(contact.emails.map((e) => e.trim().toLowerCase()))].sort().join(' ')
    case 'phones':
      return [...new Set(contact.phones.map((p) => p.e164 ?? p.raw.replace(/\s+/g, '')))]
        .sort()
        .join(' ')
    case 'nationality':
      return contact.nationality ?? ''
    case 'createdAt':
      return contact.createdAt.slice(0, 10)
    default:
      // Case, accents and spacing are not real differences between two records of one person.
      return foldForSearch(contact[field])
  }
}

/** Every compared field with whether the two records disagree on it. */
export function compareContacts(
  a: Contact,
  b: Contact,
): { field: ComparedField; differs: boolean }[] {
  return comparedFields.map((field) => ({
    field,
    differs: comparable(a, field) !== comparable(b, field),
  }))
}

/** One key per unordered pair, for remembering pairs dismissed as "not a duplicate". */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}

const RANK: Readonly<Record<DuplicateClass, number>> = { certain: 0, probable: 1, possible: 2 }

/**
 * Pairs not dismissed, surest first, then by name. Within a pair the records are put in name
 * order, so the same pair always reads the same way whatever order the records were stored in.
 */
export function pairsToReview(
  pairs: readonly DuplicatePair[],
  dismissed: ReadonlySet<string>,
  sortKeyOf: (contactId: string) => string,
): DuplicatePair[] {
  const before = (x: { key: string; id: string }, y: { key: string; id: string }) =>
    x.key !== y.key ? x.key < y.key : x.id < y.id
  return pairs
    .filter((p) => !dismissed.has(pairKey(p.a, p.b)))
    .map((p) => {
      const a = { id: p.a, key: sortKeyOf(p.a) }
      const b = { id: p.b, key: sortKeyOf(p.b) }
      const [first, second] = before(a, b) ? [a, b] : [b, a]
      return { pair: { a: first.id, b: second.id, kind: p.kind }, key: first.key }
    })
    .sort(
      (x, y) =>
        RANK[x.pair.kind] - RANK[y.pair.kind] ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0) ||
        (x.pair.a < y.pair.a ? -1 : 1),
    )
    .map((x) => x.pair)
}
