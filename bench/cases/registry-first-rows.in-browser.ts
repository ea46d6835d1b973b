// Measured: openDatabase + participants.loadFirstPage(FIRST_PAGE) + buildRows + sortRows by name,
// as the participants screen does before its first paint on a large event.
// Baseline: indexedDB.open + one read transaction: the event's participant count and first
// FIRST_PAGE participants by the eventId index, one get per contact, the event's delegations.
import { createRepositories } from '../../src/renderer/src/db'
import { openDatabase } from '../../src/renderer/src/db/database'
import { createStore } from '../../src/renderer/src/db/store'
import { FIRST_PAGE } from '../../src/renderer/src/features/registry/use-event-registry'
import { buildRows, sortRows } from '../../src/shared/registry/registry-view'
import { openRaw, settle } from '../browser/idb'
import { expectCount } from '../browser/seed'
import { sharedRegistryDb, type RegistryDb } from '../browser/seed-registry'
import type { CaseImpl } from '../types'
import { benchCountryName, BY_NAME } from './registry-rows'

export const impl: CaseImpl<RegistryDb> = {
  setup: (size) => sharedRegistryDb(size),
  async measured({ name, eventId }) {
    const opened = await openDatabase(name)
    try {
      const repos = createRepositories(createStore(opened.db, opened.readOnly))
      const { registry } = await repos.participants.loadFirstPage(eventId, FIRST_PAGE)
      const rows = buildRows(
        registry.participants,
        registry.contacts,
        registry.delegations,
        benchCountryName,
      )
      return expectCount(sortRows(rows, BY_NAME), FIRST_PAGE)
    } finally {
      opened.db.close()
    }
  },
  async baseline({ name, eventId }) {
    const db = await openRaw(name)
    try {
      const tx = db.transaction(['participants', 'contacts', 'delegations'], 'readonly')
      const range = IDBKeyRange.only(eventId)
      const byEvent = tx.objectStore('participants').index('eventId')
      const [, participants, delegations] = await Promise.all([
        settle(byEvent.count(range)),
        settle(byEvent.getAll(range, FIRST_PAGE)),
        settle(tx.objectStore('delegations').index('eventId').getAll(range)),
      ])
      const contacts = tx.objectStore('contacts')
      const found = await Promise.all(
        (participants as { contactId: string }[]).map((p) => settle(contacts.get(p.contactId))),
      )
      return [expectCount(participants, FIRST_PAGE), found, delegations]
    } finally {
      db.close()
    }
  },
}
