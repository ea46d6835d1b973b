// How much of the import's write is IndexedDB's cost per record, rather than per byte.
// Measured (a design alternative, not app code): the import's contact and participant records
// written as blocks, one IndexedDB record holding 1,000 rows' contacts and one their
// participants, a transaction per 1,000 rows as the import uses.
// Baseline: the same records one IndexedDB record each, as the app stores them today.
import { settle } from '../browser/idb'
import type { CaseImpl } from '../types'
import { dropDatabases } from './import-run'
import { CHUNK, addRaw, prepareWrite, writePerRecord, type WriteState } from './import-write-setup'

let serial = 0

async function freshBlocksDb(state: WriteState): Promise<IDBDatabase> {
  const name = `bench-storage-blocks-${serial++}`
  state.databases.push(name)
  const request = indexedDB.open(name, 1)
  request.onupgradeneeded = () => request.result.createObjectStore('blocks', { keyPath: 'id' })
  return settle(request)
}

export const impl: CaseImpl<WriteState> = {
  setup: prepareWrite,

  async measured(state) {
    const db = await freshBlocksDb(state)
    try {
      for (let start = 0, n = 0; start < state.size; start += CHUNK, n++) {
        const end = start + CHUNK
        await addRaw(db, {
          blocks: [
            { id: `contacts:${n}`, records: state.contacts.slice(start, end) },
            { id: `participants:${n}`, records: state.participants.slice(start, end) },
          ],
        })
      }
      return state.size
    } finally {
      db.close()
    }
  },

  baseline: writePerRecord,
  afterEach: dropDatabases,
  teardown: dropDatabases,
}
