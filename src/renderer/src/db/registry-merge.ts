import type { Delegation, Participant } from '../../../shared/registry/model'
import type { EventRegistry, StoredContact } from './registry-types'

/** Some participants as they are now (participants-repo loadPeople). */
export interface PeopleUpdate {
  participants: readonly Participant[]
  contacts: ReadonlyMap<string, StoredContact>
  delegations: Delegation[]
  /** Ids no longer in the event. */
  missing: readonly string[]
}

/**
 * The registry with a few people updated: changed participants replaced in place, new ones
 * added at the end, missing ones removed, their contacts and the event's delegations refreshed.
 * A new object, so screens rebuild what they show; the rest is shared, not copied record by record.
 */
export function mergePeople(registry: EventRegistry, update: PeopleUpdate): EventRegistry {
  const changed = new Map(update.participants.map((p) => [p.id, p]))
  const gone = new Set(update.missing)
  const participants: Participant[] = []
  for (const p of registry.participants) {
    if (gone.has(p.id)) continue
    const now = changed.get(p.id)
    participants.push(now ?? p)
    changed.delete(p.id)
  }
  participants.push(...changed.values())
  const contacts = new Map(registry.contacts)
  for (const [id, contact] of update.contacts) contacts.set(id, contact)
  return { participants, contacts, delegations: update.delegations }
}
