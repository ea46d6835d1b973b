// Writing a decided import plan. The batch record is written first, then the rows in chunks,
// each chunk one transaction that also journals what it did: the id of every record it created
// and the state before of every record it changed. A chunk either commits whole or not at all;
// Cancel or a failure rolls the finished chunks back from the journal, and a batch a crash left
// "running" is rolled back the same way from the past imports list. Chunks, not one giant
// transaction: Chromium's IndexedDB slows down sharply inside very large transactions.
import {
  contactSchema,
  participantSchema,
  type Delegation,
  type Participant,
} from '../../../shared/registry/model'
import { isSealed } from '../../../shared/backup/sealed'
import { nameKey } from '../../../shared/people/names'
import { reassignHead } from '../../../shared/registry/bulk'
import {
  defaultNewParticipant,
  patchContact,
  patchParticipant,
  type NewParticipantDefaults,
} from '../../../shared/import-plan/patch'
import type { WriteRow } from '../../../shared/import-plan/plan'
import type { ChangeLogRecord } from './database'
import { sealChunkPassports } from './import-secrets'
import { rollbackBatch } from './import-undo'
import {
  importTables,
  type ImportBatchRecord,
  type ImportEntity,
  type ImportJournalRecord,
} from './import-records'
import type { StoredContact } from './registry-types'
import { assertWritable, diffFields, type Store } from './store'

/** Thrown when the user cancels an import; what was written is rolled back first. */
export class ImportCancelledError extends Error {
  constructor() {
    super('cancelled')
    this.name = 'ImportCancelledError'
  }
}

export interface ApplyInput {
  eventId: string
  file: Pick<
    ImportBatchRecord,
    'fileName' | 'fileHash' | 'fileKind' | 'sheetName' | 'headerRow' | 'mapping'
  >
  rows: readonly WriteRow[]
  /** Rows of the file left out (errors, skipped, duplicates), for the batch's counts. */
  leftOut: { errors: number; skipped: number }
  defaults?: NewParticipantDefaults
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
}

// One transaction each; small enough that building a chunk's records stays a short task.
const CHUNK = 1_000

interface Counts {
  created: number
  updated: number
  unchanged: number
  invalid: number
}

export async function applyImport(store: Store, input: ApplyInput): Promise<ImportBatchRecord> {
  assertWritable(store)
  const { db } = store
  const tables = importTables(db)
  const at = store.now().toISOString()
  const batch: ImportBatchRecord = {
    id: store.newId(),
    eventId: input.eventId,
    ...input.file,
    counts: { rows: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0 },
    createdAt: at,
    status: 'running',
  }
  await tables.batches.add(batch)
  const writer = createChunkWriter(store, batch, input.defaults ?? defaultNewParticipant)
  try {
    await db.transaction('r', db.delegations, () => writer.loadDelegations())
    for (let start = 0; start < input.rows.length; start += CHUNK) {
      if (input.signal?.aborted) throw new ImportCancelledError()
      const chunk = await sealChunkPassports(
        db,
        input.eventId,
        input.rows.slice(start, start + CHUNK),
      )
      if (input.signal?.aborted) throw new ImportCancelledError()
      await db.transaction('rw', tables.all, () => writer.write(chunk))
      input.onProgress?.(Math.min(input.rows.length, start + CHUNK), input.rows.length)
    }
    if (input.signal?.aborted) throw new ImportCancelledError()
    return await db.transaction('rw', tables.all, async () => {
      await writer.oneHeadPerDelegation()
      const c = writer.counts
      const done: ImportBatchRecord = {
        ...batch,
        status: 'done',
        counts: {
          rows: input.rows.length + input.leftOut.errors + input.leftOut.skipped,
          created: c.created,
          updated: c.updated,
          unchanged: c.unchanged,
          skipped: input.leftOut.skipped,
          errors: input.leftOut.errors + c.invalid,
        },
      }
      await tables.batches.put(done)
      await db.changeLog.add({
        at,
        actor: store.actor(),
        entity: 'importBatch',
        entityId: batch.id,
        eventId: batch.eventId,
        action: 'create',
        changes: [{ field: 'counts', from: null, to: done.counts }],
        batchId: batch.id,
      })
      return done
    })
  } catch (error) {
    await rollbackBatch(store, batch.id)
    throw error
  }
}

/** The participant for checking: a sealed passport number was checked before it was sealed. */
function withoutSealed(p: Participant): Participant {
  if (!isSealed(p.documents.passportNumber)) return p
  return { ...p, documents: { ...p.documents, passportNumber: '' } }
}

/** Writes chunks of one batch, remembering across chunks what the batch already wrote. */
function createChunkWriter(
  store: Store,
  batch: ImportBatchRecord,
  defaults: NewParticipantDefaults,
) {
  const { db } = store
  const { id: batchId, eventId, createdAt: at } = batch
  const actor = store.actor()
  const journaled = new Set<string>()
  const delegationByCountry = new Map<string, string>()
  // A person on two rows sees the first row's result, not the database's older state.
  const contactsSeen = new Map<string, StoredContact>()
  const participantsSeen = new Map<string, Participant | null>()
  const heads = new Map<string, string>()
  const added = new Set<string>()
  const counts: Counts = { created: 0, updated: 0, unchanged: 0, invalid: 0 }
  let logs: ChangeLogRecord[] = []
  let entries: ImportJournalRecord[] = []

  const log = (entity: string, entityId: string, changes: ChangeLogRecord['changes']) =>
    logs.push({ at, actor, entity, entityId, eventId, action: 'update', changes, batchId })
  const created = new Map<ImportEntity, string[]>()
  /** Journals a record once, the first time the batch touches it: null = the batch created it. */
  const remember = (entity: ImportEntity, id: string, before: unknown) => {
    const key = `${entity}:${id}`
    if (journaled.has(key)) return
    journaled.add(key)
    if (before)
      entries.push({ batchId, entity, kind: 'changed', entityId: id, before, writtenAt: at })
    else {
      const ids = created.get(entity)
      if (ids) ids.push(id)
      else created.set(entity, [id])
    }
  }
  /** Writes the chunk's change log and journal, in the chunk's transaction. */
  const flush = async () => {
    for (const [entity, ids] of created)
      entries.push({ batchId, entity, kind: 'created', ids, writtenAt: at })
    created.clear()
    await db.changeLog.bulkAdd(logs)
    await importTables(db).journal.bulkAdd(entries)
    logs = []
    entries = []
  }

  async function loadDelegations() {
    for (const d of await db.delegations.where('eventId').equals(eventId).toArray())
      if (d.kind === 'country' && d.countryCode) delegationByCountry.set(d.countryCode, d.id)
  }

  async function loadKnown(chunk: readonly WriteRow[]) {
    const known = [
      ...new Set(
        chunk.flatMap((r) => (r.contactId && !contactsSeen.has(r.contactId) ? [r.contactId] : [])),
      ),
    ]
    for (const c of await db.contacts.bulkGet(known)) if (c) contactsSeen.set(c.id, c)
    const pairs = known.map((id) => [eventId, id] as [string, string])
    for (const id of known) participantsSeen.set(id, null)
    if (pairs.length) {
      const here = await db.participants.where('[eventId+contactId]').anyOf(pairs).toArray()
      for (const p of here) participantsSeen.set(p.contactId, p)
    }
  }

  function delegationFor(code: string | undefined, adds: Delegation[]): string | undefined {
    if (!code) return undefined
    const known = delegationByCountry.get(code)
    if (known) return known
    const id = store.newId()
    adds.push({ id, eventId, kind: 'country', countryCode: code, createdAt: at, updatedAt: at })
    delegationByCountry.set(code, id)
    remember('delegation', id, null)
    return id
  }

  async function write(chunk: readonly WriteRow[]) {
    await loadKnown(chunk)
    const contactPuts = new Map<string, StoredContact>()
    const participantPuts = new Map<string, Participant>()
    const delegationAdds: Delegation[] = []
    for (const row of chunk) {
      const before = row.contactId ? contactsSeen.get(row.contactId) : undefined
      if (row.contactId && !before) {
        counts.invalid++ // removed since the plan was made
        continue
      }
      const fields = patchContact(before, row.patch.contact)
      const contact: StoredContact = {
        ...before,
        ...fields,
        id: before?.id ?? store.newId(),
        nameKey: nameKey(fields),
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
      }
      if (!fields.nationality) delete contact.nationality
      const old = before ? (participantsSeen.get(contact.id) ?? null) : null
      const delegationId = delegationFor(row.patch.participant.delegationCountry, delegationAdds)
      const participant: Participant = {
        ...(old ?? {}),
        ...patchParticipant(old ?? undefined, row.patch.participant, defaults),
        id: old?.id ?? store.newId(),
        eventId,
        contactId: contact.id,
        ...(delegationId ? { delegationId } : {}),
        createdAt: old?.createdAt ?? at,
        updatedAt: at,
      }
      // The same rules as every other save; a row that breaks them is counted, not written.
      if (
        !contactSchema.safeParse(contact).success ||
        !participantSchema.safeParse(withoutSealed(participant)).success
      ) {
        counts.invalid++
        continue
      }
      const contactChanges = before ? diffFields(before, contact, ['updatedAt', 'nameKey']) : []
      if (!before || contactChanges.length) {
        remember('contact', contact.id, before)
        if (before) log('contact', contact.id, contactChanges)
        contactPuts.set(contact.id, contact)
        contactsSeen.set(contact.id, contact)
      }
      const participantChanges = old ? diffFields(old, participant) : []
      if (!old || participantChanges.length) {
        remember('participant', participant.id, old)
        if (old) log('participant', participant.id, participantChanges)
        participantPuts.set(participant.id, participant)
        participantsSeen.set(contact.id, participant)
      }
      if (row.patch.participant.role === 'head' && participant.delegationId)
        heads.set(participant.delegationId, participant.id)
      if (!before) counts.created++
      else if (contactChanges.length || participantChanges.length || !old) counts.updated++
      else counts.unchanged++
    }
    await db.delegations.bulkAdd(delegationAdds)
    // New records are added, not put: a put makes Dexie read the old record back first.
    // (A record this batch added in an earlier chunk is put: it exists now.)
    const split = <T extends { id: string; createdAt: string }>(m: Map<string, T>) => {
      const fresh: T[] = []
      const existing: T[] = []
      for (const r of m.values()) {
        if (r.createdAt === at && !added.has(r.id)) {
          fresh.push(r)
          added.add(r.id)
        } else existing.push(r)
      }
      return [fresh, existing] as const
    }
    const [newContacts, changedContacts] = split(contactPuts)
    const [newParticipants, changedParticipants] = split(participantPuts)
    await db.contacts.bulkAdd(newContacts)
    await db.contacts.bulkPut(changedContacts)
    await db.participants.bulkAdd(newParticipants)
    await db.participants.bulkPut(changedParticipants)
    await flush()
  }

  /** One head per delegation: the file's head wins; the one before becomes a delegate. */
  async function oneHeadPerDelegation() {
    for (const [delegationId, headId] of heads) {
      const members = await db.participants.where('delegationId').equals(delegationId).toArray()
      for (const p of reassignHead(members, headId, at)) {
        const old = members.find((m) => m.id === p.id)
        if (!old || p.id === headId) continue
        remember('participant', p.id, old)
        log('participant', p.id, [{ field: 'role', from: old.role, to: p.role }])
        await db.participants.put(p)
      }
    }
    await flush()
  }

  return { loadDelegations, write, oneHeadPerDelegation, counts }
}
