// Who in the registry a row of the file is. In order of trust: the stable ID column of our own
// exports, then an email address (certain), then the same name with a compatible country
// (probable: always put to the user, never merged silently).
import { nameKey } from '../people/names'
import type { CandidateRecord } from '../spreadsheet/row-record'
import type { ExistingPerson, Match } from './types'

export interface RegistryIndex {
  byContact: Map<string, ExistingPerson>
  byParticipant: Map<string, ExistingPerson>
  byEmail: Map<string, ExistingPerson[]>
  byName: Map<string, ExistingPerson[]>
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) {
    if (!list.includes(value)) list.push(value)
  } else map.set(key, [value])
}

export function indexRegistry(people: readonly ExistingPerson[]): RegistryIndex {
  const index: RegistryIndex = {
    byContact: new Map(),
    byParticipant: new Map(),
    byEmail: new Map(),
    byName: new Map(),
  }
  for (const person of people) {
    index.byContact.set(person.contact.id, person)
    if (person.participant) index.byParticipant.set(person.participant.id, person)
    for (const id of person.otherParticipantIds ?? []) index.byParticipant.set(id, person)
    for (const email of person.contact.emails) push(index.byEmail, email.toLowerCase(), person)
    const key = nameKey(person.contact)
    if (key) push(index.byName, key, person)
  }
  return index
}

/** The keys to look a file's people up by, so only they are read from the database. */
export function lookupKeys(
  records: readonly CandidateRecord[],
  nameKeys?: readonly string[],
): {
  ids: string[]
  emails: string[]
  nameKeys: string[]
} {
  const ids = new Set<string>()
  const emails = new Set<string>()
  const keys = new Set<string>()
  records.forEach((r, i) => {
    if (r.id) ids.add(r.id)
    for (const e of r.emails) emails.add(e)
    const key = nameKeys?.[i] ?? nameKey(r)
    if (key) keys.add(key)
  })
  return { ids: [...ids], emails: [...emails], nameKeys: [...keys] }
}

/** `key` is the record's name key when already computed. */
export function matchRecord(
  record: CandidateRecord,
  index: RegistryIndex,
  key: string = nameKey(record),
): Match {
  if (record.id) {
    const byId = index.byParticipant.get(record.id) ?? index.byContact.get(record.id)
    if (byId) return { kind: 'certain', by: 'id', contactId: byId.contact.id }
  }
  const byEmail = new Set<ExistingPerson>()
  for (const e of record.emails) for (const p of index.byEmail.get(e) ?? []) byEmail.add(p)
  if (byEmail.size === 1) {
    return { kind: 'certain', by: 'email', contactId: [...byEmail][0]!.contact.id }
  }
  if (byEmail.size > 1) {
    return { kind: 'probable', by: 'email', candidates: [...byEmail].map((p) => p.contact.id) }
  }
  const country = record.country?.code ?? record.nationality
  const sameName = key ? (index.byName.get(key) ?? []) : []
  // Two known, different countries are two people who share a name.
  const compatible = sameName.filter(
    (p) => !country || p.countries.length === 0 || p.countries.includes(country),
  )
  if (compatible.length > 0) {
    return { kind: 'probable', by: 'name', candidates: compatible.map((p) => p.contact.id) }
  }
  return { kind: 'none' }
}
