// Untimed seeding for the registry cases: one event with `size` participants (one per contact of
// the shared contacts database, so the contacts are not seeded twice) and its 21 delegations.
// Passport numbers are stored sealed, as the app stores them (db/secrets.ts, with the page's
// own browser key), so reading the registry includes opening them as the app does.
import { openDatabase } from '../../src/renderer/src/db/database'
import { sealSecret } from '../../src/renderer/src/db/secrets'
import type { Participant } from '../../src/shared/registry/model'
import { BENCH_EVENT_ID, benchEvent, generateDelegations, generateRegistry } from '../data/registry'
import { sharedContactsDb } from './seed'

const CHUNK = 5_000

function sealPassports(participants: readonly Participant[]): Promise<Participant[]> {
  return Promise.all(
    participants.map(async (p) =>
      p.documents.passportNumber
        ? {
            ...p,
            documents: {
              ...p.documents,
              passportNumber: await sealSecret(p.documents.passportNumber),
            },
          }
        : p,
    ),
  )
}

export interface RegistryDb {
  name: string
  eventId: string
}

async function addRegistry(name: string, size: number): Promise<void> {
  const opened = await openDatabase(name)
  const { db } = opened
  try {
    if (opened.readOnly) throw new Error(`${name} opened read-only`)
    const delegations = generateDelegations()
    await db.transaction('rw', db.events, db.delegations, async () => {
      await db.events.add(benchEvent)
      await db.delegations.bulkAdd(delegations)
    })
    for (let start = 0; start < size; start += CHUNK) {
      const chunk = generateRegistry(start, Math.min(CHUNK, size - start), delegations)
      // Sealed before the write: WebCrypto inside a Dexie transaction would end it.
      await db.participants.bulkAdd(await sealPassports(chunk.participants))
    }
  } finally {
    db.close()
  }
}

const shared = new Map<number, Promise<RegistryDb>>()

/**
 * The shared contacts database of `size` (see sharedContactsDb) with one event's registry added
 * on first use: its contacts stay exactly as they were, so cases reading contacts are unaffected.
 * Read-only for cases, like the database it extends.
 */
export function sharedRegistryDb(size: number): Promise<RegistryDb> {
  let found = shared.get(size)
  if (!found) {
    found = sharedContactsDb(size).then(async (name) => {
      await addRegistry(name, size)
      return { name, eventId: BENCH_EVENT_ID }
    })
    shared.set(size, found)
  }
  return found
}
