// The import plan: for every checked row of the file, what it would do to the registry (a new
// person, an update with its field-by-field diff, a probable match to ask about, a duplicate
// within the file, or an error), and the user's decisions turned into the rows to write.
import type { CheckedRow } from '../spreadsheet/check-rows'
import { personChanges } from './diff'
import { indexRegistry, matchRecord } from './match'
import { recordToPatch, type RowPatch } from './patch'
import type { Decision, ExistingPerson, FieldChange, Match, RowStatus } from './types'

export interface PlanRow {
  rowNumber: number
  status: RowStatus
  match: Match
  /** For duplicates: the row where the same person first appears in the file. */
  firstRow?: number
  patch: RowPatch
  /** The diff against each matched person (certain: one; probable: every candidate). */
  targets: { contactId: string; changes: FieldChange[]; joinsEvent: boolean }[]
  /** What happens unless the user decides otherwise; null when the user must decide. */
  defaultDecision: Decision | null
}

export interface Plan {
  rows: PlanRow[]
  people: Map<string, ExistingPerson>
}

/**
 * Plans rows one at a time against the registry: for screens that plan a large file in slices
 * between paints. `nameKey` is the row's name key when already known (the worker computes it).
 */
export function createPlanner(existing: readonly ExistingPerson[], zone: string) {
  const index = indexRegistry(existing)
  function planRow(row: CheckedRow, nameKey?: string): PlanRow {
    const patch = recordToPatch(row.record, zone)
    const match = matchRecord(row.record, index, nameKey)
    const ids =
      match.kind === 'certain'
        ? [match.contactId]
        : match.kind === 'probable'
          ? match.candidates
          : []
    const targets = ids.flatMap((contactId) => {
      const person = index.byContact.get(contactId)
      return person ? [{ contactId, ...personChanges(person, patch) }] : []
    })
    const duplicate = row.problems.find((p) => p.code === 'duplicate_in_file')
    const base = { rowNumber: row.rowNumber, match, patch, targets }
    if (!row.importable) return { ...base, status: 'error', defaultDecision: { action: 'skip' } }
    if (duplicate) {
      return {
        ...base,
        status: 'duplicate',
        ...(duplicate.firstRow !== undefined && { firstRow: duplicate.firstRow }),
        defaultDecision: { action: 'skip' },
      }
    }
    if (match.kind === 'probable') return { ...base, status: 'probable', defaultDecision: null }
    if (match.kind === 'certain') {
      const target = targets[0]
      const unchanged = target && target.changes.length === 0 && !target.joinsEvent
      return {
        ...base,
        status: unchanged ? 'unchanged' : 'update',
        defaultDecision: { action: 'update', contactId: match.contactId },
      }
    }
    return { ...base, status: 'new', defaultDecision: { action: 'new' } }
  }
  return { planRow, people: index.byContact }
}

export function buildPlan(
  rows: readonly CheckedRow[],
  existing: readonly ExistingPerson[],
  zone: string,
  nameKeys?: readonly string[],
): Plan {
  const planner = createPlanner(existing, zone)
  return { rows: rows.map((r, i) => planner.planRow(r, nameKeys?.[i])), people: planner.people }
}

/** The choices a row offers: never an update without a match, never anything for an error. */
export function allowedDecisions(row: PlanRow): Decision[] {
  if (row.status === 'error') return [{ action: 'skip' }]
  return [
    ...row.targets.map((t): Decision => ({ action: 'update', contactId: t.contactId })),
    { action: 'new' },
    { action: 'skip' },
  ]
}

export function sameDecision(a: Decision | null | undefined, b: Decision | null | undefined) {
  if (!a || !b || a.action !== b.action) return false
  return a.action !== 'update' || (b.action === 'update' && a.contactId === b.contactId)
}

/** The decision in force for a row: the user's, when it is one the row allows, else the default. */
export function effectiveDecision(
  row: PlanRow,
  decisions: ReadonlyMap<number, Decision>,
): Decision | null {
  const chosen = decisions.get(row.rowNumber)
  if (!chosen || row.status === 'error') return row.defaultDecision
  // Checked without building the list of choices: this runs for every row of a large file.
  const allowed =
    chosen.action !== 'update' || row.targets.some((t) => t.contactId === chosen.contactId)
  return allowed ? chosen : row.defaultDecision
}

export type BulkChoice = 'update' | 'new' | 'skip'

/** "For all": one choice applied to every row of a status (update takes the best candidate). */
export function decideAll(
  plan: Plan,
  status: RowStatus,
  choice: BulkChoice,
  decisions: ReadonlyMap<number, Decision>,
): Map<number, Decision> {
  const next = new Map(decisions)
  for (const row of plan.rows) {
    if (row.status !== status || row.status === 'error') continue
    const first = row.targets[0]
    if (choice === 'update' && !first) continue
    next.set(
      row.rowNumber,
      choice === 'update' && first
        ? { action: 'update', contactId: first.contactId }
        : { action: choice === 'new' ? 'new' : 'skip' },
    )
  }
  return next
}

/** One row to write: a new person, or an update of a known contact. */
export interface WriteRow {
  rowNumber: number
  contactId?: string
  patch: RowPatch
}

export interface PlanSummary {
  create: number
  update: number
  unchanged: number
  skip: number
  error: number
  undecided: number
}

export function summarise(plan: Plan, decisions: ReadonlyMap<number, Decision>): PlanSummary {
  const s: PlanSummary = { create: 0, update: 0, unchanged: 0, skip: 0, error: 0, undecided: 0 }
  for (const row of plan.rows) {
    const d = effectiveDecision(row, decisions)
    if (row.status === 'error') s.error++
    else if (!d) s.undecided++
    else if (d.action === 'skip') s.skip++
    else if (d.action === 'new') s.create++
    else {
      const target = row.targets.find((t) => t.contactId === d.contactId)
      if (target && target.changes.length === 0 && !target.joinsEvent) s.unchanged++
      else s.update++
    }
  }
  return s
}

/** The rows to write, in file order; throws when a probable match is still undecided. */
export function writeRows(plan: Plan, decisions: ReadonlyMap<number, Decision>): WriteRow[] {
  const out: WriteRow[] = []
  for (const row of plan.rows) {
    const d = effectiveDecision(row, decisions)
    if (!d) throw new Error(`row ${row.rowNumber} needs a decision`)
    if (d.action === 'skip') continue
    out.push(
      d.action === 'update'
        ? { rowNumber: row.rowNumber, contactId: d.contactId, patch: row.patch }
        : { rowNumber: row.rowNumber, patch: row.patch },
    )
  }
  return out
}
