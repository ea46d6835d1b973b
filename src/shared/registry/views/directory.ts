import { foldForSearch, searchTokens } from '../../people/fold-text'
import { displayName, sortName } from '../../people/names'
import type { Contact, Delegation, Participant } from '../model'

// The contacts directory across events: who took part where, with which delegation, and the
// filters staff use to invite alumni ("everyone from the Pacific at ICDD 2021").

export interface PastParticipation {
  eventId: string
  /** The delegation's country or territory, when it had one. */
  countryCode?: string
}

export interface DirectoryEntry<C extends Contact = Contact> {
  contact: C
  name: string
  participations: PastParticipation[]
  /** Folded name, emails, organisation and position. */
  haystack: string
  sortKey: string
}

export interface DirectoryFilter {
  query: string
  /** Only people who took part in this event. */
  eventId?: string
  /** Only people whose delegation was from one of these countries (in that event, if set). */
  countries?: readonly string[]
}

export interface LoadedEvent {
  eventId: string
  participants: readonly Pick<Participant, 'contactId' | 'delegationId'>[]
  delegations: readonly Pick<Delegation, 'id' | 'countryCode'>[]
}

/** Every contact's participations, from each event's loaded registry: one pass over all. */
export function participationsByContact(
  events: readonly LoadedEvent[],
): Map<string, PastParticipation[]> {
  const out = new Map<string, PastParticipation[]>()
  for (const event of events) {
    const countryOf = new Map(event.delegations.map((d) => [d.id, d.countryCode]))
    for (const p of event.participants) {
      const countryCode = p.delegationId ? countryOf.get(p.delegationId) : undefined
      const entry: PastParticipation = {
        eventId: event.eventId,
        ...(countryCode ? { countryCode } : {}),
      }
      const list = out.get(p.contactId)
      if (list) list.push(entry)
      else out.set(p.contactId, [entry])
    }
  }
  return out
}

/** Directory entries sorted by sort name (folded, so "Ábel" sits with "Abel"). */
export function buildDirectory<C extends Contact>(
  contacts: readonly C[],
  participations: ReadonlyMap<string, PastParticipation[]>,
): DirectoryEntry<C>[] {
  return contacts
    .map((contact) => {
      const name = displayName(contact)
      return {
        contact,
        name,
        participations: participations.get(contact.id) ?? [],
        haystack: foldForSearch(
          [name, contact.fullName, ...contact.emails, contact.organisation, contact.position].join(
            ' ',
          ),
        ),
        sortKey: foldForSearch(sortName(contact) || name),
      }
    })
    .sort((a, b) =>
      a.sortKey !== b.sortKey
        ? a.sortKey < b.sortKey
          ? -1
          : 1
        : a.contact.id < b.contact.id
          ? -1
          : 1,
    )
}

/**
 * The countries a person is filed under: the delegations they came with (only in `eventId` when
 * given); with no event chosen, their nationality too, for people never in a country delegation.
 */
export function entryCountries(entry: DirectoryEntry, eventId?: string): string[] {
  const codes = new Set<string>()
  for (const p of entry.participations)
    if (p.countryCode && (!eventId || p.eventId === eventId)) codes.add(p.countryCode)
  if (!eventId && entry.contact.nationality) codes.add(entry.contact.nationality)
  return [...codes]
}

export function filterDirectory<C extends Contact>(
  entries: readonly DirectoryEntry<C>[],
  filter: DirectoryFilter,
): DirectoryEntry<C>[] {
  const tokens = searchTokens(foldForSearch(filter.query))
  const countries = filter.countries?.length ? new Set(filter.countries) : undefined
  const { eventId } = filter
  return entries.filter((entry) => {
    if (eventId && !entry.participations.some((p) => p.eventId === eventId)) return false
    if (countries && !entryCountries(entry, eventId).some((c) => countries.has(c))) return false
    for (const token of tokens) if (!entry.haystack.includes(token)) return false
    return true
  })
}

/** The countries offered in the country filter: those of the entries (in `eventId` when given). */
export function directoryCountries(entries: readonly DirectoryEntry[], eventId?: string): string[] {
  const codes = new Set<string>()
  for (const entry of entries) for (const code of entryCountries(entry, eventId)) codes.add(code)
  return [...codes]
}
