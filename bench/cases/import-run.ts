// The two sides of the import benchmarks, for any file format.
// Measured: the app's own path end to end, as the import screens drive it: the file is parsed,
// its header found, columns mapped and every row checked in the import Web Worker; then, on the
// page, the registry is searched for the file's people, the plan is made in slices (duplicates
// in the file added as new people, as "Add all as new" does) and written into a fresh app
// database in journaled chunk transactions, with the batch record.
// Baseline: SheetJS parse alone (XLSX.read + sheet_to_json) and one Dexie bulkPut of the same
// rows into a fresh database.
// Main-thread stalls: every long task (> 50 ms) on the page during the measured side is
// recorded with the step it fell in; one over STALL_LIMIT_MS fails the case (the window must
// stay responsive while a large file is imported).
import Dexie from 'dexie'
import * as XLSX from 'xlsx'
import { openDatabase, type SekretariatDb } from '../../src/renderer/src/db/database'
import { createImportRepo, type ApplyInput } from '../../src/renderer/src/db/import-repo'
import { createStore } from '../../src/renderer/src/db/store'
import { ImportWorkerClient } from '../../src/renderer/src/features/import-export/import/import-client'
import { planInSlices } from '../../src/renderer/src/features/import-export/import/plan-in-slices'
import { decideAll, writeRows } from '../../src/shared/import-plan/plan'
import { deleteRaw } from '../browser/idb'
import type { CaseImpl } from '../types'

export interface ImportBenchState {
  bytes: Uint8Array
  fileName: string
  size: number
  databases: string[]
  /** The longest main-thread task seen during a measured run, and the step it fell in. */
  longestStall: { ms: number; step: string }
}

/** A main-thread task this long means the window froze noticeably while importing. */
export const STALL_LIMIT_MS = 500
const ZONE = 'Asia/Jakarta'
export const EVENT_ID = 'event-1'
let serial = 0

/** Records long tasks of the page while the measured side runs, by the step they fell in. */
function watchStalls(state: ImportBenchState) {
  const steps: { step: string; at: number }[] = [{ step: 'start', at: performance.now() }]
  const stepAt = (t: number) => steps.filter((s) => s.at <= t).pop()?.step ?? 'before'
  const observer = PerformanceObserver.supportedEntryTypes?.includes('longtask')
    ? new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.duration > 200)
            console.debug(`long task ${Math.round(e.duration)} ms in ${stepAt(e.startTime)}`)
          if (e.startTime < steps[0]!.at || e.duration <= state.longestStall.ms) continue
          state.longestStall = { ms: e.duration, step: stepAt(e.startTime) }
        }
      })
    : null
  observer?.observe({ type: 'longtask', buffered: false })
  return {
    step: (step: string) => steps.push({ step, at: performance.now() }),
    /** Each step's duration, for BENCH_VERBOSE runs. */
    durations: () =>
      steps
        .map((s, i) => `${s.step} ${Math.round((steps[i + 1]?.at ?? performance.now()) - s.at)}`)
        .join(' · '),
    /** Waits a moment so long tasks of the last step are reported, then stops watching. */
    stop: async () => {
      await new Promise((resolve) => setTimeout(resolve, 50))
      observer?.disconnect()
    },
  }
}

/**
 * What the import screens do before writing: the file parsed, its header found, columns mapped
 * and every row checked in the worker; the file's people looked up; the plan made in slices
 * (duplicates in the file added as new people, as "Add all as new" does). Returns what
 * `repo.apply` is given.
 */
export async function readAndPlan(
  state: Pick<ImportBenchState, 'bytes' | 'fileName'>,
  client: ImportWorkerClient,
  repo: ReturnType<typeof createImportRepo>,
  step: (name: string) => void = () => {},
): Promise<ApplyInput> {
  step('open')
  const file = await client.call('open', { bytes: state.bytes, fileName: state.fileName })
  if (!file.ok) throw new Error(`open: ${file.problem.code}`)
  step('build')
  const built = await client.call('build', {
    sheet: file.view.sheet,
    mapping: file.view.mapping,
    countryAnswers: [],
    valueOverrides: [],
    edits: [],
  })
  if (!built.ok) throw new Error(`build: ${built.problems[0]?.code}`)
  step('lookup')
  const existing = await repo.existingPeople(EVENT_ID, built.keys)
  step('plan')
  const plan = await planInSlices(built, existing, ZONE)
  step('decide')
  const decisions = decideAll(plan, 'duplicate', 'new', new Map())
  return {
    eventId: EVENT_ID,
    file: {
      fileName: state.fileName,
      fileHash: file.fileHash ?? '',
      fileKind: file.kind,
      sheetName: file.sheets[file.view.sheet]?.name ?? '',
      headerRow: (file.view.header?.headerRow ?? 0) + 1,
      mapping: file.view.mapping,
    },
    rows: writeRows(plan, decisions),
    leftOut: { errors: 0, skipped: 0 },
  }
}

/** What a case keeps of the databases its runs create, to delete them after each run. */
export interface CreatedDatabases {
  databases: string[]
}

/** A new, empty database at the app's latest schema, deleted after the run. */
export async function freshAppDb(state: CreatedDatabases): Promise<SekretariatDb> {
  const name = `bench-import-${serial++}`
  state.databases.push(name)
  const opened = await openDatabase(name)
  if (opened.readOnly) throw new Error(`${name} opened read-only`)
  return opened.db
}

/** Deletes the databases the runs so far created (after each run, and at teardown). */
export async function dropDatabases(state: CreatedDatabases): Promise<void> {
  for (const name of state.databases.splice(0)) await deleteRaw(name)
}

/** The raw side's parse: SheetJS read + sheet_to_json (the generated .xlsx has a title row). */
export function parseRaw(bytes: Uint8Array, fileName: string): Record<string, unknown>[] {
  const book = XLSX.read(bytes, { type: 'array', dense: true })
  return XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]!]!, {
    range: fileName.endsWith('.xlsx') ? 1 : 0,
  })
}

export function importImpl(
  make: (size: number) => Uint8Array,
  fileName: string,
): CaseImpl<ImportBenchState> {
  return {
    setup: async (size) => ({
      bytes: make(size),
      fileName,
      size,
      databases: [],
      longestStall: { ms: 0, step: '' },
    }),

    async measured(state) {
      const watch = watchStalls(state)
      const client = new ImportWorkerClient(undefined, 10 * 60_000)
      const db = await freshAppDb(state)
      try {
        const repo = createImportRepo(createStore(db, false))
        const input = await readAndPlan(state, client, repo, watch.step)
        watch.step('write')
        const batch = await repo.apply(input)
        if (batch.counts.created !== state.size)
          throw new Error(`imported ${batch.counts.created} of ${state.size} rows`)
        await watch.stop()
        console.debug(`${state.fileName} ${state.size}: ${watch.durations()} ms`)
        const { ms, step } = state.longestStall
        if (ms > STALL_LIMIT_MS)
          throw new Error(`the page was blocked for ${Math.round(ms)} ms (step: ${step})`)
        return batch
      } finally {
        await watch.stop()
        client.dispose()
        db.close()
      }
    },

    async baseline(state) {
      const rows = parseRaw(state.bytes, state.fileName)
      const name = `bench-import-raw-${serial++}`
      state.databases.push(name)
      const db = new Dexie(name)
      db.version(1).stores({ rows: 'id' })
      try {
        await db.table('rows').bulkPut(rows.map((r, i) => ({ ...r, id: i })))
        if (rows.length !== state.size) throw new Error(`parsed ${rows.length} rows`)
        return rows
      } finally {
        db.close()
      }
    },

    // Each run's database goes as soon as it is timed: the origin's IndexedDB otherwise grows
    // by a whole import per run and every later write slows down.
    afterEach: dropDatabases,
    teardown: dropDatabases,
  }
}
