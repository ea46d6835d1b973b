// Mapped rows → candidate records, each with its problems, plus the file's own problems
// (the day/month order it assumed) and duplicates within the file.
import { isBlank } from './cell-value'
import { dataRows, type HeaderInfo } from './find-header'
import type { ImportField } from './header-aliases'
import { isImportField, type ColumnMapping } from './map-columns'
import { normaliseKey, tokens } from './normalise'
import { detectDateOrder, type DateOrder } from './parse-dates'
import { dateTexts } from './parse-values'
import {
  readRecord,
  type CandidateRecord,
  type FileState,
  type RowCheckContext,
  type RowPlan,
} from './row-record'
import { CANCEL_CHECK_EVERY, type Problem, type SheetGrid } from './types'

export interface CheckedRow {
  rowNumber: number
  record: CandidateRecord
  problems: Problem[]
  /** No problem of severity 'error'. */
  importable: boolean
}

export interface CheckResult {
  rows: CheckedRow[]
  /** Problems of the file as a whole (e.g. the date order it had to assume). */
  problems: Problem[]
  dateOrder: DateOrder
  cancelled: boolean
}

const DATE_FIELDS = ['arrival', 'departure', 'passportExpiry'] as const

export function planRows(mapping: readonly ColumnMapping[]): RowPlan {
  const columns = new Map<ImportField, number>()
  const extraNotes: RowPlan['extraNotes'] = []
  for (const m of mapping) {
    if (isImportField(m.target) && !columns.has(m.target)) columns.set(m.target, m.column)
    else if (m.target === 'extra_note') extraNotes.push({ column: m.column, header: m.header })
  }
  return { columns, extraNotes }
}

export function checkRows(
  grid: SheetGrid,
  header: HeaderInfo,
  mapping: readonly ColumnMapping[],
  ctx: RowCheckContext,
): CheckResult {
  const plan = planRows(mapping)
  const used = [...plan.columns.values(), ...plan.extraNotes.map((e) => e.column)]
  // Pre-numbered empty lines of a form ("7", blank, blank…) are not people.
  const rows = dataRows(grid, header).filter((r) => used.some((c) => !isBlank(r.cells[c])))

  const problems: Problem[] = []
  const dateColumns = DATE_FIELDS.map((f) => plan.columns.get(f)).filter((c) => c !== undefined)
  const order = detectDateOrder(dateTexts(rows.flatMap((r) => dateColumns.map((c) => r.cells[c]))))
  if (order.ambiguous)
    problems.push({ code: 'date_ambiguous', severity: 'warning', detail: order.order })

  const file: FileState = { date1904: grid.date1904, dateOrder: order.order, countries: new Map() }
  const checked: CheckedRow[] = []
  for (const [i, row] of rows.entries()) {
    if (ctx.shouldCancel && i % CANCEL_CHECK_EVERY === 0 && ctx.shouldCancel()) {
      return { rows: checked, problems, dateOrder: order.order, cancelled: true }
    }
    const { record, problems: rowProblems } = readRecord(row, plan, file, ctx)
    checked.push({ rowNumber: row.rowNumber, record, problems: rowProblems, importable: true })
  }
  flagDuplicates(checked, plan)
  for (const row of checked) row.importable = !row.problems.some((p) => p.severity === 'error')
  return { rows: checked, problems, dateOrder: order.order, cancelled: false }
}

/** Same name regardless of order and accents: "Lolohea Siosaia" is "Siosaia Lolohea". */
export function nameKey(r: CandidateRecord): string {
  const name = r.fullName || `${r.givenName} ${r.familyName}`
  return tokens(normaliseKey(name)).sort().join(' ')
}

function flagDuplicates(rows: CheckedRow[], plan: RowPlan): void {
  const firstByEmail = new Map<string, number>()
  const firstByName = new Map<string, number>()
  for (const row of rows) {
    const r = row.record
    let first: number | undefined
    let by: 'email' | 'name' = 'email'
    for (const e of r.emails) {
      const seen = firstByEmail.get(e)
      if (seen !== undefined && first === undefined) first = seen
      if (seen === undefined) firstByEmail.set(e, row.rowNumber)
    }
    const name = nameKey(r)
    if (name) {
      const key = `${name}|${r.country?.code ?? normaliseKey(r.country?.text ?? '')}`
      const seen = firstByName.get(key)
      if (seen !== undefined && first === undefined) [first, by] = [seen, 'name']
      if (seen === undefined) firstByName.set(key, row.rowNumber)
    }
    if (first !== undefined) {
      const field = by === 'email' ? 'email' : r.fullName ? 'fullName' : 'givenName'
      row.problems.push({
        code: 'duplicate_in_file',
        severity: 'warning',
        row: row.rowNumber,
        column: plan.columns.get(field),
        field,
        firstRow: first,
        detail: by,
      })
    }
  }
}
