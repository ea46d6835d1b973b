// Measured: openDatabase + participants.loadEvent (participants by event, their contacts,
// delegations, in one read transaction) + buildRows + sortRows by name, as the participants
// screen does before it first paints (repositories created as the app creates them).
// Baseline: indexedDB.open + one read transaction with three getAll requests: the event's
// participants by the eventId index, every contact, the event's delegations. No Dexie, no rows.
import { createRepositories } from '../../src/renderer/src/db'
import { openDatabase } from '../../src/renderer/src/db/database'
import { createStore } from '../../src/renderer/src/db/store'
import { buildRows, sortRows } from '../../src/shared/registry/registry-view'
import { openRaw, settle } from '../browser/idb'
import { expectCount } from '../browser/seed'
import { sharedRegistryDb, type RegistryDb } from '../browser/seed-registry'
import type { CaseImpl } from '../types'
import { benchCountryName, BY_NAME } from './registry-rows'

interface State extends RegistryDb {
  size: number
}

export const impl: CaseImpl<State> = {
  setup: async (size) => ({ ...(await sharedRegistryDb(size)), size }),
  async measured({ name, eventId, size }) {
    const opened = await openDatabase(name)
    try {
      const repos = createRepositories(createStore(opened.db, opened.readOnly))
      const registry = await repos.participants.loadEvent(eventId)
      const rows = buildRows(
        registry.participants,
        registry.contacts,
        registry.delegations,
        benchCountryName,
      )
      return expectCount(sortRows(rows, BY_NAME), size)
    } finally {
      opened.db.close()
    }
  },
  async baseline({ name, eventId, size }) {
    const db = await openRaw(name)
    try {
      const tx = db.transaction(['participants', 'contacts', 'delegations'], 'readonly')
      const range = IDBKeyRange.only(eventId)
      const [participants, contacts, delegations] = await Promise.all([
        settle(tx.objectStore('participants').index('eventId').getAll(range)),
        settle(tx.objectStore('contacts').getAll()),
        settle(tx.objectStore('delegations').index('eventId').getAll(range)),
      ])
      expectCount(contacts, size)
      return [expectCount(participants, size), contacts, delegations]
    } finally {
      db.close()
    }
  },
}
