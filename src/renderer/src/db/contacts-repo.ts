import { nameKey } from '../../../shared/people/names'
import { mergeContacts } from '../../../shared/registry/merge'
import {
  participantSchema,
  type Delegation,
  type Participant,
} from '../../../shared/registry/model'
import { ensureDelegation } from './delegations'
import type { RegistryUndo, StoredContact } from './registry-types'
import { assertWritable, diffFields, redactForLog, type Store } from './store'

export interface Participation {
  participant: Participant
  delegation: Delegation | undefined
}

export function createContactsRepo(store: Store) {
  const { db } = store

  async function list(): Promise<StoredContact[]> {
    return db.contacts.toArray()
  }

  /** A contact already holding this email, for "is this person already in the directory?". */
  async function findByEmail(email: string): Promise<StoredContact | undefined> {
    const needle = email.trim().toLowerCase()
    return needle ? db.contacts.where('emails').equals(needle).first() : undefined
  }

  /** Every event a person took part in, with the delegation they came with. */
  async function participations(contactId: string): Promise<Participation[]> {
    const list = await db.participants.where('contactId').equals(contactId).toArray()
    const delegations = await db.delegations.bulkGet(list.map((p) => p.delegationId ?? ''))
    return list.map((participant, i) => ({ participant, delegation: delegations[i] ?? undefined }))
  }

  /**
   * Merges `otherId` into `keepId`: one contact that keeps every participation and both
   * histories. When both took part in the same event, the kept participation stays and the
   * other is removed (its fields are in the change log).
   */
  async function merge(keepId: string, otherId: string): Promise<StoredContact> {
    assertWritable(store)
    if (keepId === otherId) throw new Error('same contact')
    return db.transaction('rw', [db.contacts, db.participants, db.changeLog], async () => {
      const [keep, other] = await db.contacts.bulkGet([keepId, otherId])
      if (!keep || !other) throw new Error('contact not found')
      const at = store.now().toISOString()
      const merged: StoredContact = {
        ...mergeContacts(keep, other, at),
        nameKey: keep.nameKey || other.nameKey,
        mergedFrom: [...(keep.mergedFrom ?? []), otherId, ...(other.mergedFrom ?? [])],
      }
      merged.nameKey = nameKey(merged)
      const keptEvents = new Set(
        (await db.participants.where('contactId').equals(keepId).toArray()).map((p) => p.eventId),
      )
      const moved = await db.participants.where('contactId').equals(otherId).toArray()
      for (const p of moved) {
        if (keptEvents.has(p.eventId)) {
          await db.participants.delete(p.id)
          await db.changeLog.add({
            at,
            actor: store.actor(),
            entity: 'participant',
            entityId: p.id,
            eventId: p.eventId,
            action: 'delete',
            changes: [{ field: 'mergedInto', from: redactForLog(p), to: keepId }],
          })
        } else {
          await db.participants.put({ ...p, contactId: keepId, updatedAt: at })
          await db.changeLog.add({
            at,
            actor: store.actor(),
            entity: 'participant',
            entityId: p.id,
            eventId: p.eventId,
            action: 'update',
            changes: [{ field: 'contactId', from: otherId, to: keepId }],
          })
        }
      }
      await db.contacts.put(merged)
      await db.contacts.delete(otherId)
      await db.changeLog.add({
        at,
        actor: store.actor(),
        entity: 'contact',
        entityId: keepId,
        action: 'merge',
        changes: [
          { field: 'merged', from: other, to: null },
          ...diffFields(keep, merged, ['updatedAt', 'mergedFrom', 'nameKey']),
        ],
      })
      return merged
    })
  }

  /**
   * Adds contacts to an event (e.g. last year's alumni), with the delegation of their latest
   * participation or their nationality. Contacts already in the event are skipped.
   */
  async function addToEvent(contactIds: readonly string[], eventId: string): Promise<RegistryUndo> {
    assertWritable(store)
    return db.transaction(
      'rw',
      [db.contacts, db.participants, db.delegations, db.changeLog],
      async () => {
        const at = store.now().toISOString()
        const createdIds: string[] = []
        for (const contactId of contactIds) {
          const already = await db.participants
            .where('[eventId+contactId]')
            .equals([eventId, contactId])
            .first()
          if (already) continue
          const contact = await db.contacts.get(contactId)
          if (!contact) continue
          const previous = (
            await db.participants.where('contactId').equals(contactId).toArray()
          ).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
          const previousDelegation = previous?.delegationId
            ? await db.delegations.get(previous.delegationId)
            : undefined
          const countryCode = previousDelegation?.countryCode ?? contact.nationality
          const choice =
            previousDelegation?.kind === 'organisation' && previousDelegation.organisationName
              ? {
                  kind: 'organisation' as const,
                  organisationName: previousDelegation.organisationName,
                }
              : countryCode
                ? { kind: 'country' as const, countryCode }
                : null
          const delegationId = await ensureDelegation(store, eventId, choice)
          const participant = participantSchema.parse({
            id: store.newId(),
            eventId,
            contactId,
            ...(delegationId ? { delegationId } : {}),
            role: previous?.role === 'head' ? 'delegate' : (previous?.role ?? 'delegate'),
            mode: previous?.mode ?? 'in_person',
            status: 'invited',
            createdAt: at,
            updatedAt: at,
          })
          await db.participants.add(participant)
          await db.changeLog.add({
            at,
            actor: store.actor(),
            entity: 'participant',
            entityId: participant.id,
            eventId,
            action: 'create',
            changes: [],
          })
          createdIds.push(participant.id)
        }
        return { before: [], createdIds }
      },
    )
  }

  return { list, findByEmail, participations, merge, addToEvent }
}

export type ContactsRepo = ReturnType<typeof createContactsRepo>
