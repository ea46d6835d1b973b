// The write step of an import on its own, and its floor.
// Measured: `repo.apply` of a planned file of new people into a fresh app database: records
// built and checked, passports sealed, chunk transactions with the journal, the batch record and
// its change log (the last step of import-xlsx/import-csv).
// Baseline: the same contact and participant records (read back from a first import) added with
// plain IndexedDB `add` requests into a fresh database with the app's schema, in transactions of
// 1,000 rows as the import uses: the least any code can spend writing them one record each.
import { createImportRepo } from '../../src/renderer/src/db/import-repo'
import { createStore } from '../../src/renderer/src/db/store'
import type { CaseImpl } from '../types'
import { dropDatabases, freshAppDb } from './import-run'
import { prepareWrite, writePerRecord, type WriteState } from './import-write-setup'

export const impl: CaseImpl<WriteState> = {
  setup: prepareWrite,

  async measured(state) {
    const db = await freshAppDb(state)
    try {
      const batch = await createImportRepo(createStore(db, false)).apply(state.input)
      if (batch.counts.created !== state.size) throw new Error(`wrote ${batch.counts.created}`)
      return batch
    } finally {
      db.close()
    }
  },

  baseline: writePerRecord,
  afterEach: dropDatabases,
  teardown: dropDatabases,
}
