// Measured: the app's openDatabase (existence probe, schema check, Dexie open) + Dexie toArray.
// Baseline: indexedDB.open of the same database + objectStore.getAll of the same store.
import { openDatabase } from '../../src/renderer/src/db/database'
import { getAllRaw, openRaw } from '../browser/idb'
import { expectCount, sharedContactsDb } from '../browser/seed'
import type { CaseImpl } from '../types'

interface State {
  name: string
  size: number
}

export const impl: CaseImpl<State> = {
  setup: async (size) => ({ name: await sharedContactsDb(size), size }),
  async measured({ name, size }) {
    const opened = await openDatabase(name)
    try {
      return expectCount(await opened.db.contacts.toArray(), size)
    } finally {
      opened.db.close()
    }
  },
  async baseline({ name, size }) {
    const db = await openRaw(name)
    try {
      return expectCount(await getAllRaw(db, 'contacts'), size)
    } finally {
      db.close()
    }
  },
}
