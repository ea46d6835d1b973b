import type { Collection } from 'dexie'
import { nameKey } from '../../../shared/people/names'
import { applyBulkPatch, reassignHead, type BulkPatch } from '../../../shared/registry/bulk'
import type { Participant } from '../../../shared/registry/model'
import type { ParsedParticipant } from '../../../shared/registry/participant-input'
import type { ChangeLogRecord } from './database'
import { ensureDelegation } from './delegations'
import { openPassports, sealPassportInput } from './participant-secrets'
import type { EventRegistry, RegistryUndo, StoredContact } from './registry-types'
import { assertWritable, diffFields, type Store, changeLogger } from './store'

export function createParticipantsRepo(store: Store) {
  const { db } = store
  const log = changeLogger(store)

  /**
   * The contacts with these ids, inside the caller's transaction. bulkGet makes one IndexedDB
   * request per id; when an event holds a large share of the directory, one read of the whole
   * store is several times faster (measured in bench/cases/registry-open).
   */
  async function readContacts(ids: string[]): Promise<(StoredContact | undefined)[]> {
    if (ids.length >= 1_000 && ids.length * 4 >= (await db.contacts.count())) {
      const wanted = new Set(ids)
      return (await db.contacts.toArray()).filter((c) => wanted.has(c.id))
    }
    return db.contacts.bulkGet(ids)
  }

  const registryTables = () => [db.participants, db.contacts, db.delegations]

  /** The participants with their contacts and the event's delegations (caller's transaction). */
  async function withSurroundings(
    eventId: string,
    participants: Participant[],
  ): Promise<EventRegistry> {
    const contacts = new Map<string, StoredContact>()
    for (const c of await readContacts([...new Set(participants.map((p) => p.contactId))]))
      if (c) contacts.set(c.id, c)
    const delegations = await db.delegations.where('eventId').equals(eventId).toArray()
    return { participants, contacts, delegations }
  }

  /**
   * An event's participants as `read` picks them (inside one read transaction), with their
   * contacts, the event's delegations, and how many participants the event has in all.
   */
  async function loadParticipants(
    eventId: string,
    read: (byEvent: Collection<Participant, string>) => Promise<Participant[]>,
    whole: boolean,
  ): Promise<{ registry: EventRegistry; total: number }> {
    const loaded = await db.transaction('r', registryTables(), async () => {
      const byEvent = () => db.participants.where('eventId').equals(eventId)
      // Counted on its own collection: Dexie's limit() changes the collection it is called on.
      const counted = whole ? undefined : await byEvent().count()
      const participants = await read(byEvent())
      const total = counted ?? participants.length
      return { total, registry: await withSurroundings(eventId, participants) }
    })
    // Passport numbers are stored sealed (db/secrets.ts); screens get them open.
    const participants = await openPassports(loaded.registry.participants)
    return { total: loaded.total, registry: { ...loaded.registry, participants } }
  }

  async function loadEvent(eventId: string): Promise<EventRegistry> {
    return (await loadParticipants(eventId, (byEvent) => byEvent.toArray(), true)).registry
  }

  /**
   * The first `limit` participants of an event (in storage order) with their contacts and the
   * event's delegations, and how many the event has: what the table shows while a large event
   * is read whole. Reads a few thousand records however large the event is.
   */
  function loadFirstPage(eventId: string, limit: number) {
    return loadParticipants(eventId, (byEvent) => byEvent.limit(limit).toArray(), false)
  }

  /**
   * Some participants of an event as they are now, with their contacts and the event's
   * delegations; `missing` lists the ids no longer in the event. For refreshing what a screen
   * holds after a change to a few people, without reading the whole event again.
   */
  async function loadPeople(eventId: string, ids: readonly string[]) {
    const loaded = await db.transaction('r', registryTables(), async () => {
      const found = await db.participants.bulkGet([...ids])
      const participants = found.filter((p): p is Participant => p?.eventId === eventId)
      return withSurroundings(eventId, participants)
    })
    const present = new Set(loaded.participants.map((p) => p.id))
    return {
      ...loaded,
      participants: await openPassports(loaded.participants),
      missing: ids.filter((id) => !present.has(id)),
    }
  }

  /** Demotes another head of the same delegation when `participant` is head; logs the change. */
  async function keepOneHead(participant: Participant, at: string): Promise<Participant[]> {
    if (participant.role !== 'head' || !participant.delegationId) return []
    const members = await db.participants
      .where('delegationId')
      .equals(participant.delegationId)
      .toArray()
    const others = members.filter((m) => m.id !== participant.id)
    const demoted = reassignHead([...others, participant], participant.id, at).filter(
      (p) => p.id !== participant.id,
    )
    for (const p of demoted) {
      await db.participants.put(p)
      await log(
        {
          entity: 'participant',
          entityId: p.id,
          eventId: p.eventId,
          action: 'update',
          changes: [{ field: 'role', from: 'head', to: p.role }],
        },
        at,
      )
    }
    return demoted
  }

  /** Adds a person to the event: a new contact, or an existing one when `existingContactId` is set. */
  async function add(eventId: string, input: ParsedParticipant, existingContactId?: string) {
    assertWritable(store)
    input = await sealPassportInput(input)
    return db.transaction(
      'rw',
      [db.participants, db.contacts, db.delegations, db.changeLog],
      async () => {
        const at = store.now().toISOString()
        let contactId = existingContactId
        if (contactId) {
          const before = await db.contacts.get(contactId)
          if (!before) throw new Error('contact not found')
          const after: StoredContact = {
            ...before,
            ...input.contact,
            notes: before.notes,
            nameKey: nameKey(input.contact),
            updatedAt: at,
          }
          const changes = diffFields(before, after, ['updatedAt', 'nameKey'])
          if (changes.length) {
            await db.contacts.put(after)
            await log(
              { entity: 'contact', entityId: contactId, eventId, action: 'update', changes },
              at,
            )
          }
          const already = await db.participants
            .where('[eventId+contactId]')
            .equals([eventId, contactId])
            .first()
          if (already) throw new Error('already in this event')
        } else {
          contactId = store.newId()
          await db.contacts.add({
            ...input.contact,
            id: contactId,
            nameKey: nameKey(input.contact),
            createdAt: at,
            updatedAt: at,
          })
          await log(
            { entity: 'contact', entityId: contactId, eventId, action: 'create', changes: [] },
            at,
          )
        }
        const delegationId = await ensureDelegation(store, eventId, input.delegation)
        const participant: Participant = {
          ...input.participant,
          id: store.newId(),
          eventId,
          contactId,
          ...(delegationId ? { delegationId } : {}),
          createdAt: at,
          updatedAt: at,
        }
        await db.participants.add(participant)
        await log(
          {
            entity: 'participant',
            entityId: participant.id,
            eventId,
            action: 'create',
            changes: [],
          },
          at,
        )
        const demoted = await keepOneHead(participant, at)
        return { participant, demoted }
      },
    )
  }

  /** Saves the form for an existing participant and its contact, logging each changed field. */
  async function update(participantId: string, input: ParsedParticipant) {
    assertWritable(store)
    const stored = await db.participants.get(participantId)
    input = await sealPassportInput(input, stored?.documents.passportNumber)
    return db.transaction(
      'rw',
      [db.participants, db.contacts, db.delegations, db.changeLog],
      async () => {
        const before = await db.participants.get(participantId)
        if (!before) throw new Error('participant not found')
        const at = store.now().toISOString()
        const contactBefore = await db.contacts.get(before.contactId)
        if (contactBefore) {
          const contactAfter: StoredContact = {
            ...contactBefore,
            ...input.contact,
            notes: contactBefore.notes,
            nameKey: nameKey(input.contact),
            updatedAt: at,
          }
          if (!input.contact.nationality) delete contactAfter.nationality
          const changes = diffFields(contactBefore, contactAfter, ['updatedAt', 'nameKey'])
          if (changes.length) {
            await db.contacts.put(contactAfter)
            await log(
              {
                entity: 'contact',
                entityId: contactAfter.id,
                eventId: before.eventId,
                action: 'update',
                changes,
              },
              at,
            )
          }
        }
        const delegationId = await ensureDelegation(store, before.eventId, input.delegation)
        const after: Participant = { ...before, ...input.participant, updatedAt: at }
        for (const optional of ['arrival', 'departure', 'timeZone'] as const)
          if (!(optional in input.participant)) delete after[optional]
        if (delegationId) after.delegationId = delegationId
        else delete after.delegationId
        const changes = diffFields(before, after)
        if (changes.length) {
          await db.participants.put(after)
          await log(
            {
              entity: 'participant',
              entityId: after.id,
              eventId: after.eventId,
              action: 'update',
              changes,
            },
            at,
          )
        }
        const demoted = await keepOneHead(after, at)
        return { participant: after, demoted }
      },
    )
  }

  /** One change to many participants, in one transaction; returns what undo needs. */
  async function bulkUpdate(ids: readonly string[], patch: BulkPatch): Promise<RegistryUndo> {
    assertWritable(store)
    return db.transaction('rw', db.participants, db.changeLog, async () => {
      const at = store.now().toISOString()
      const current = (await db.participants.bulkGet([...ids])).filter((p): p is Participant => !!p)
      const before: Participant[] = []
      const after: Participant[] = []
      for (const p of current) {
        const next = applyBulkPatch(p, patch, at)
        if (next === p) continue
        before.push(p)
        after.push(next)
      }
      await db.participants.bulkPut(after)
      await db.changeLog.bulkAdd(
        after.map((p, i) => ({
          at,
          actor: store.actor(),
          entity: 'participant',
          entityId: p.id,
          eventId: p.eventId,
          action: 'update' as const,
          changes: diffFields(before[i]!, p),
        })),
      )
      return { before, createdIds: [] }
    })
  }

  /** Makes one participant head of their delegation, demoting the previous head. */
  async function setHead(participantId: string): Promise<RegistryUndo> {
    assertWritable(store)
    return db.transaction('rw', db.participants, db.changeLog, async () => {
      const target = await db.participants.get(participantId)
      if (!target?.delegationId) throw new Error('no delegation')
      const members = await db.participants
        .where('delegationId')
        .equals(target.delegationId)
        .toArray()
      const at = store.now().toISOString()
      const changes = reassignHead(members, participantId, at)
      const byId = new Map(members.map((m) => [m.id, m]))
      await db.participants.bulkPut(changes)
      for (const p of changes)
        await log(
          {
            entity: 'participant',
            entityId: p.id,
            eventId: p.eventId,
            action: 'update',
            changes: [{ field: 'role', from: byId.get(p.id)?.role, to: p.role }],
          },
          at,
        )
      return { before: changes.map((p) => byId.get(p.id)!), createdIds: [] }
    })
  }

  /** Removes participants from the event (their contacts stay in the directory); undoable. */
  async function remove(ids: readonly string[]): Promise<RegistryUndo> {
    assertWritable(store)
    return db.transaction('rw', db.participants, db.changeLog, async () => {
      const at = store.now().toISOString()
      const before = (await db.participants.bulkGet([...ids])).filter((p): p is Participant => !!p)
      await db.participants.bulkDelete(before.map((p) => p.id))
      await db.changeLog.bulkAdd(
        before.map((p) => ({
          at,
          actor: store.actor(),
          entity: 'participant',
          entityId: p.id,
          eventId: p.eventId,
          action: 'delete' as const,
          changes: [],
        })),
      )
      return { before, createdIds: [] }
    })
  }

  /** Puts participants back exactly as they were before a bulk change, head change or delete. */
  async function undo(token: RegistryUndo): Promise<void> {
    assertWritable(store)
    await db.transaction('rw', db.participants, db.changeLog, async () => {
      const at = store.now().toISOString()
      await db.participants.bulkDelete(token.createdIds)
      await db.participants.bulkPut(token.before)
      await db.changeLog.bulkAdd(
        token.before.map((p) => ({
          at,
          actor: store.actor(),
          entity: 'participant',
          entityId: p.id,
          eventId: p.eventId,
          action: 'restore' as const,
          changes: [],
        })),
      )
    })
  }

  /** The change history of a participant and of their contact (including merged-in contacts), newest first. */
  async function history(participantId: string): Promise<ChangeLogRecord[]> {
    const participant = await db.participants.get(participantId)
    const contact = participant ? await db.contacts.get(participant.contactId) : undefined
    const keys: [string, string][] = [['participant', participantId]]
    if (contact)
      for (const id of [contact.id, ...(contact.mergedFrom ?? [])]) keys.push(['contact', id])
    const entries = await db.changeLog.where('[entity+entityId]').anyOf(keys).toArray()
    return entries.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0))
  }

  return {
    loadEvent,
    loadFirstPage,
    loadPeople,
    add,
    update,
    bulkUpdate,
    setHead,
    remove,
    undo,
    history,
  }
}

export type ParticipantsRepo = ReturnType<typeof createParticipantsRepo>
