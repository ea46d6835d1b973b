// Untimed seeding helpers for browser cases. Seeding 100,000 contacts takes tens of seconds on
// a small machine, so read-only cases share one seeded database per size for the whole run.
import { openDatabase } from '../../src/renderer/src/db/database'
import { generateStoredContacts } from '../data/contacts'
import { deleteRaw } from './idb'

// Chunked, so a large seed neither holds every record twice nor runs one huge transaction.
const CHUNK = 5_000

/** Creates database `name` afresh at the app's latest schema, with `size` stored contacts. */
export async function seedContactsDb(name: string, size: number): Promise<void> {
  await deleteRaw(name)
  const opened = await openDatabase(name)
  try {
    if (opened.readOnly) throw new Error(`${name} opened read-only`)
    for (let start = 0; start < size; start += CHUNK) {
      await opened.db.contacts.bulkAdd(generateStoredContacts(start, Math.min(CHUNK, size - start)))
    }
  } finally {
    opened.db.close()
  }
}

const shared = new Map<number, Promise<string>>()

/**
 * The name of a database holding `size` generated contacts, seeded on first use and kept for
 * the run (the page lives as long as the run). Cases must not write to it or delete it; cases
 * that write seed their own with seedContactsDb.
 */
export function sharedContactsDb(size: number): Promise<string> {
  let name = shared.get(size)
  if (!name) {
    const dbName = `bench-contacts-${size}`
    name = seedContactsDb(dbName, size).then(() => dbName)
    shared.set(size, name)
  }
  return name
}

export function expectCount(rows: readonly unknown[], size: number): readonly unknown[] {
  if (rows.length !== size) throw new Error(`read ${rows.length} records, expected ${size}`)
  return rows
}
