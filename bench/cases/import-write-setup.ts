// Shared by the import-write, import-stored and storage-blocks cases: a planned file of new people, the very
// records the app writes for it, and plain IndexedDB writes of those records.
import type { Participant } from '../../src/shared/registry/model'
import { createImportRepo, type ApplyInput } from '../../src/renderer/src/db/import-repo'
import type { StoredContact } from '../../src/renderer/src/db/registry-types'
import { createStore } from '../../src/renderer/src/db/store'
import { ImportWorkerClient } from '../../src/renderer/src/features/import-export/import/import-client'
import { importCsvBytes } from './import-fixture'
import { freshAppDb, readAndPlan } from './import-run'

export interface WriteState {
  size: number
  /** What the import screens hand to `repo.apply` for the file. */
  input: ApplyInput
  /** The records a first import of the file wrote, in row order. */
  contacts: StoredContact[]
  participants: Participant[]
  databases: string[]
}

/** Rows per transaction, as the import writes them. */
export const CHUNK = 1_000

/**
 * Reads and plans a file of `size` new people (by default a generated CSV), imports it once and
 * keeps the records it wrote.
 */
export async function prepareWrite(
  size: number,
  file = { bytes: importCsvBytes(size), fileName: 'participants.csv' },
): Promise<WriteState> {
  const state: WriteState = { size, input: null!, contacts: [], participants: [], databases: [] }
  const db = await freshAppDb(state)
  const client = new ImportWorkerClient(undefined, 10 * 60_000)
  try {
    const repo = createImportRepo(createStore(db, false))
    state.input = await readAndPlan(file, client, repo)
    await repo.apply(state.input)
    const contacts = new Map((await db.contacts.toArray()).map((c) => [c.id, c]))
    state.participants = await db.participants.toArray()
    state.contacts = state.participants.map((p) => contacts.get(p.contactId)!)
  } finally {
    client.dispose()
    db.close()
  }
  if (state.contacts.length !== size) throw new Error(`wrote ${state.contacts.length} contacts`)
  return state
}

/** Plain IndexedDB: one transaction writing every given record into the named stores. */
export function addRaw(
  db: IDBDatabase,
  records: Record<string, readonly unknown[]>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stores = Object.keys(records)
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' })
    for (const store of stores) {
      const target = tx.objectStore(store)
      for (const record of records[store]!) target.add(record)
    }
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error)
  })
}

/** Today's storage: every contact and participant its own record, CHUNK rows per transaction. */
export async function writePerRecord(state: WriteState): Promise<number> {
  const db = await freshAppDb(state)
  try {
    for (let start = 0; start < state.size; start += CHUNK) {
      await addRaw(db.backendDB(), {
        contacts: state.contacts.slice(start, start + CHUNK),
        participants: state.participants.slice(start, start + CHUNK),
      })
    }
    return state.size
  } finally {
    db.close()
  }
}
