import { foldForSearch, searchTokens } from '../people/fold-text'
import { displayName, sortName } from '../people/names'
import type {
  Contact,
  Delegation,
  Participant,
  ParticipantRole,
  ParticipantStatus,
  ParticipationMode,
} from './model'

// The registry table's rows, built once per load and then searched, filtered and sorted on every
// keystroke. Everything per-keystroke works on precomputed folded strings: at 100,000 rows a
// plain substring scan is fast enough, where Intl.Collator or re-folding would not be.

export interface RegistryRow {
  participant: Participant
  contact: Contact
  delegation: Delegation | undefined
  name: string
  delegationName: string
  email: string
  phone: string
  /** Folded names, emails, organisation and position, for search. */
  haystack: string
  /** Folded sort keys, compared with plain < (fast, diacritic-insensitive). */
  sortKeys: { name: string; delegation: string; organisation: string; position: string }
  missingDocuments: boolean
}

export type DocumentGap = 'nomination' | 'passport' | 'visa'

export interface RegistryFilters {
  statuses?: readonly ParticipantStatus[]
  modes?: readonly ParticipationMode[]
  roles?: readonly ParticipantRole[]
  delegationIds?: readonly string[]
  tag?: string
  missing?: DocumentGap | 'any'
}

export type SortKey =
  'name' | 'delegation' | 'organisation' | 'position' | 'status' | 'role' | 'mode'
export interface RegistrySort {
  key: SortKey
  direction: 'asc' | 'desc'
}

export function delegationLabel(
  delegation: Delegation | undefined,
  countryName: (code: string) => string,
): string {
  if (!delegation) return ''
  if (delegation.kind === 'country' && delegation.countryCode)
    return countryName(delegation.countryCode)
  return delegation.organisationName ?? ''
}

/** Which documents a participant still lacks; in-person guests need passport details and a visa letter when needed. */
export function documentGaps(p: Participant): DocumentGap[] {
  const gaps: DocumentGap[] = []
  if (!p.documents.nominationLetter) gaps.push('nomination')
  if (p.mode === 'in_person' && !p.documents.passportNumber) gaps.push('passport')
  if (p.documents.visaLetter === 'needed' || p.documents.visaLetter === 'requested')
    gaps.push('visa')
  return gaps
}

export function buildRows(
  participants: readonly Participant[],
  contacts: ReadonlyMap<string, Contact>,
  delegations: readonly Delegation[],
  countryName: (code: string) => string,
): RegistryRow[] {
  const byId = new Map(delegations.map((d) => [d.id, d]))
  const labels = new Map(delegations.map((d) => [d.id, delegationLabel(d, countryName)]))
  const rows: RegistryRow[] = []
  for (const participant of participants) {
    const contact = contacts.get(participant.contactId)
    if (!contact) continue
    const delegation = participant.delegationId ? byId.get(participant.delegationId) : undefined
    const delegationName = participant.delegationId
      ? (labels.get(participant.delegationId) ?? '')
      : ''
    const name = displayName(contact)
    rows.push({
      participant,
      contact,
      delegation,
      name,
      delegationName,
      email: contact.emails[0] ?? '',
      phone: contact.phones[0]?.e164 ?? contact.phones[0]?.raw ?? '',
      haystack: foldForSearch(
        [name, contact.fullName, ...contact.emails, contact.organisation, contact.position].join(
          ' ',
        ),
      ),
      sortKeys: {
        name: foldForSearch(sortName(contact)),
        delegation: foldForSearch(delegationName),
        organisation: foldForSearch(contact.organisation),
        position: foldForSearch(contact.position),
      },
      missingDocuments: documentGaps(participant).length > 0,
    })
  }
  return rows
}

function inList<T>(list: readonly T[] | undefined, value: T): boolean {
  return !list || list.length === 0 || list.includes(value)
}

/** The rows matching the search text (all words, any order) and every filter. */
export function filterRows(
  rows: readonly RegistryRow[],
  query: string,
  filters: RegistryFilters,
): RegistryRow[] {
  const tokens = searchTokens(foldForSearch(query))
  const tag = filters.tag?.trim().toLowerCase()
  const out: RegistryRow[] = []
  for (const row of rows) {
    const p = row.participant
    if (!inList(filters.statuses, p.status)) continue
    if (!inList(filters.modes, p.mode)) continue
    if (!inList(filters.roles, p.role)) continue
    if (filters.delegationIds?.length && !filters.delegationIds.includes(p.delegationId ?? ''))
      continue
    if (tag && !p.tags.some((t) => t.toLowerCase() === tag)) continue
    if (filters.missing === 'any' && !row.missingDocuments) continue
    if (filters.missing && filters.missing !== 'any' && !documentGaps(p).includes(filters.missing))
      continue
    let match = true
    for (const token of tokens) {
      if (!row.haystack.includes(token)) {
        match = false
        break
      }
    }
    if (match) out.push(row)
  }
  return out
}

function keyOf(row: RegistryRow, key: SortKey): string {
  switch (key) {
    case 'status':
    case 'role':
    case 'mode':
      return row.participant[key]
    default:
      return row.sortKeys[key]
  }
}

/** A sorted copy; ties fall back to the name so the order is stable and predictable. */
export function sortRows(rows: readonly RegistryRow[], sort: RegistrySort): RegistryRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    const ka = keyOf(a, sort.key)
    const kb = keyOf(b, sort.key)
    if (ka !== kb) return ka < kb ? -sign : sign
    if (a.sortKeys.name !== b.sortKeys.name) return a.sortKeys.name < b.sortKeys.name ? -1 : 1
    return a.participant.id < b.participant.id ? -1 : 1
  })
}
