// Undoing an import batch from its journal: records it created are removed (a contact only when
// no other event uses it now), records it changed are put back as they were before it. The same
// code rolls back an import that was cancelled, failed, or was cut short by a crash.
import type { Participant } from '../../../shared/registry/model'
import type { ChangeLogRecord } from './database'
import { importTables, type ImportBatchRecord, type ImportEntity } from './import-records'
import { assertWritable, type Store } from './store'

export interface UndoPreview {
  created: number
  updated: number
  /** Records changed again after the import: undo puts them back too, losing those edits. */
  editedSince: number
}

export interface UndoResult {
  removed: number
  restored: number
  kept: number
}

type Stored = { id: string; updatedAt?: string }
const ENTITIES: readonly ImportEntity[] = ['participant', 'contact', 'delegation']

interface JournalItem {
  entity: ImportEntity
  entityId: string
  /** null: the batch created this record. */
  before: unknown
  writtenAt: string
  /** The record as it is now; undefined when it is gone. */
  now: Stored | undefined
}

/** The batch's journal, one item per record, each with the record as it is now. */
async function journalWithCurrent(store: Store, batchId: string): Promise<JournalItem[]> {
  const t = importTables(store.db)
  const entries = await t.journal.where('batchId').equals(batchId).toArray()
  const items = entries.flatMap((e) =>
    e.kind === 'created'
      ? e.ids.map((id) => ({
          entity: e.entity,
          entityId: id,
          before: null,
          writtenAt: e.writtenAt,
        }))
      : [{ entity: e.entity, entityId: e.entityId, before: e.before, writtenAt: e.writtenAt }],
  )
  const now = new Map<string, Stored | undefined>()
  for (const entity of ENTITIES) {
    const ids = items.filter((i) => i.entity === entity).map((i) => i.entityId)
    const found = await t.table(entity).bulkGet(ids)
    ids.forEach((id, i) => now.set(`${entity}:${id}`, found[i]))
  }
  return items.map((i) => ({ ...i, now: now.get(`${i.entity}:${i.entityId}`) }))
}

/** The people (contact ids) an undo puts back: their contact or participation was changed. */
function restoredPeople(items: readonly JournalItem[]): Set<string> {
  const people = new Set<string>()
  for (const i of items) {
    if (i.before === null || i.entity === 'delegation') continue
    people.add(i.entity === 'contact' ? i.entityId : (i.before as Participant).contactId)
  }
  return people
}

export async function undoPreview(store: Store, batchId: string): Promise<UndoPreview> {
  const entries = await journalWithCurrent(store, batchId)
  return {
    created: entries.filter((e) => e.entity === 'participant' && e.before === null).length,
    updated: restoredPeople(entries).size,
    editedSince: entries.filter(
      (e) => e.entity !== 'delegation' && e.now && e.now.updatedAt !== e.writtenAt,
    ).length,
  }
}

/** Puts back what the batch's journal records, in the caller's transaction. */
async function revert(store: Store, batch: ImportBatchRecord, log: boolean): Promise<UndoResult> {
  const { db } = store
  const t = importTables(db)
  const at = store.now().toISOString()
  const logs: ChangeLogRecord[] = []
  const note = (entity: string, entityId: string, action: ChangeLogRecord['action']) =>
    logs.push({
      at,
      actor: store.actor(),
      entity,
      entityId,
      eventId: batch.eventId,
      action,
      changes: [],
      batchId: batch.id,
    })
  const entries = await journalWithCurrent(store, batch.id)
  let removed = 0
  let kept = 0
  // Participants first, so a contact or delegation the undo empties can go too.
  for (const entity of ENTITIES) {
    const mine = entries.filter((e) => e.entity === entity && e.now) // gone since: leave it gone
    const restore = mine.filter((e) => e.before !== null)
    await t.table(entity).bulkPut(restore.map((e) => e.before as Stored))
    for (const e of restore) note(entity, e.entityId, 'restore')
    let remove = mine.filter((e) => e.before === null).map((e) => e.entityId)
    if (entity === 'participant') removed = remove.length
    else {
      const index = entity === 'contact' ? 'contactId' : 'delegationId'
      const users = await db.participants.where(index).anyOf(remove).toArray()
      const used = new Set(users.map((p) => (entity === 'contact' ? p.contactId : p.delegationId)))
      if (entity === 'contact') kept = remove.filter((id) => used.has(id)).length
      remove = remove.filter((id) => !used.has(id))
    }
    await t.table(entity).bulkDelete(remove)
  }
  note('importBatch', batch.id, 'restore')
  if (log) await db.changeLog.bulkAdd(logs)
  // The before-images held passport numbers; once used they are not kept.
  await t.journal.where('batchId').equals(batch.id).delete()
  return { removed, restored: restoredPeople(entries).size, kept }
}

/** Undoes a finished batch (or rolls back an interrupted one) in one transaction. */
export async function undoBatch(store: Store, batchId: string): Promise<UndoResult> {
  assertWritable(store)
  const t = importTables(store.db)
  return store.db.transaction('rw', t.all, async () => {
    const batch = await t.batches.get(batchId)
    if (!batch) throw new Error('batch not found')
    if (batch.undoneAt) throw new Error('already undone')
    const result = await revert(store, batch, true)
    await t.batches.put({ ...batch, undoneAt: store.now().toISOString() })
    return result
  })
}

/**
 * Rolls back a batch that did not finish (cancelled or failed): as if it never ran. Its batch
 * record and change-log entries go too; nothing it did remains.
 */
export async function rollbackBatch(store: Store, batchId: string): Promise<void> {
  const t = importTables(store.db)
  await store.db.transaction('rw', t.all, async () => {
    const batch = await t.batches.get(batchId)
    if (!batch) return
    await revert(store, batch, false)
    await store.db.changeLog.where('batchId').equals(batchId).delete()
    await t.batches.delete(batchId)
  })
}
