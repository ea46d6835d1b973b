// The import's end to end against the raw cost of the same work as the registry stores it.
// Measured: exactly import-xlsx's / import-csv's measured side (worker parse and checks, plan,
// journaled write).
// Baseline: SheetJS read + sheet_to_json of the same file, then one Dexie bulkPut of the
// contacts and one of the participations a first import of that file wrote (records built
// beforehand, so only storing them is timed), in one transaction into a fresh database with the
// app's schema. The baseline of import-xlsx and import-csv instead stores the sheet's rows as
// they are, one flat record each without indexes: half the records, no index entries.
import type { CaseImpl } from '../types'
import {
  dropDatabases,
  freshAppDb,
  importImpl,
  parseRaw,
  type ImportBenchState,
} from './import-run'
import { prepareWrite, type WriteState } from './import-write-setup'

interface State {
  app: ImportBenchState
  stored: WriteState
}

/** The case for one file format: `make` writes the file, `fileName` tells its kind. */
export function importStoredImpl(
  make: (size: number) => Uint8Array,
  fileName: string,
): CaseImpl<State> {
  const app = importImpl(make, fileName)
  return {
    async setup(size) {
      const state = await app.setup(size)
      const stored = await prepareWrite(size, { bytes: state.bytes, fileName: state.fileName })
      return { app: state, stored }
    },

    measured: (state) => app.measured(state.app),

    async baseline({ app: file, stored }) {
      const rows = parseRaw(file.bytes, file.fileName)
      if (rows.length !== stored.size) throw new Error(`parsed ${rows.length} rows`)
      const db = await freshAppDb(stored)
      try {
        await db.transaction('rw', db.contacts, db.participants, async () => {
          await db.contacts.bulkPut(stored.contacts)
          await db.participants.bulkPut(stored.participants)
        })
        return rows
      } finally {
        db.close()
      }
    },

    async afterEach(state) {
      await app.afterEach?.(state.app)
      await dropDatabases(state.stored)
    },

    async teardown(state) {
      await app.teardown?.(state.app)
      await dropDatabases(state.stored)
    },
  }
}
