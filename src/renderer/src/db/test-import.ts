import { lookupKeys } from '../../../shared/import-plan/match'
import { buildPlan, writeRows, type Plan } from '../../../shared/import-plan/plan'
import { ImportSession } from '../../../shared/import-plan/session'
import type { Decision } from '../../../shared/import-plan/types'
import { setColumnTarget } from '../../../shared/spreadsheet'
import type { openWithWorkshop } from './test-event'

// Import steps for data-layer tests: a file planned and applied as the import screens do.

type Repos = Awaited<ReturnType<typeof openWithWorkshop>>['repos']

/** A CSV file's bytes from its lines. */
export function csvBytes(lines: string[]): Uint8Array {
  return new TextEncoder().encode(lines.join('\r\n'))
}

/** Reads a file as the import screens do (a "Role" column mapped) and plans it. */
export async function planFile(repos: Repos, eventId: string, bytes: Uint8Array, fileName: string) {
  const session = new ImportSession()
  const opened = session.open({ bytes, fileName })
  if (!opened.ok) throw new Error(opened.problem.code)
  let mapping = opened.view.mapping
  const id = mapping.find((m) => m.header === 'Role')
  if (id) mapping = setColumnTarget(mapping, id.column, 'role')
  const built = session.build({
    sheet: opened.view.sheet,
    mapping,
    countryAnswers: [],
    valueOverrides: [],
    edits: [],
  })
  if (!built.ok) throw new Error('build')
  const existing = await repos.imports.existingPeople(
    eventId,
    lookupKeys(built.rows.map((r) => r.record)),
  )
  return { plan: buildPlan(built.rows, existing, 'Asia/Jakarta'), opened }
}

/** Writes a planned file with the given decisions, as the import screen does. */
export async function applyPlan(
  repos: Repos,
  eventId: string,
  plan: Plan,
  decisions = new Map<number, Decision>(),
  signal?: AbortSignal,
) {
  const rows = writeRows(plan, decisions)
  return repos.imports.apply({
    eventId,
    file: {
      fileName: 'x.csv',
      fileHash: 'abc',
      fileKind: 'text',
      sheetName: 'x',
      headerRow: 1,
      mapping: [],
    },
    rows,
    leftOut: { errors: plan.rows.filter((r) => r.status === 'error').length, skipped: 0 },
    ...(signal && { signal }),
  })
}
