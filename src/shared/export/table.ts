// The neutral table every writer takes: a header and rows of plain values. A builder fills it
// from registry records; the xlsx and CSV writers turn it into bytes. Text is stored as written:
// the writers neutralise formula triggers, so no builder can forget to.
import { EXCEL_MAX_CELL_CHARS, EXCEL_MAX_ROWS, type ExportProblem } from './problems'

/** A local date ("YYYY-MM-DD") or date-time ("YYYY-MM-DDTHH:MM"), written as a real date. */
export interface DateValue {
  date: string
}

export type TableValue = string | DateValue | null

export interface TableColumn {
  header: string
  /** 'datetime' and 'date' columns hold DateValues; everything else is text. */
  kind: 'text' | 'date' | 'datetime'
}

export interface Table {
  columns: TableColumn[]
  rows: TableValue[][]
}

export function isDateValue(v: TableValue | undefined): v is DateValue {
  return typeof v === 'object' && v !== null
}

/** How a value reads in a text file or a width estimate: "2026-08-01 09:30". */
export function valueText(v: TableValue | undefined): string {
  if (v == null) return ''
  if (typeof v === 'string') return v
  return v.date.replace('T', ' ')
}

/**
 * Cells Excel could not hold and rows a sheet could not take: refused with their place, never
 * cut. Stops after `max` problems: one long notes column should not produce 10,000 messages.
 */
export function checkTableLimits(table: Table, max = 20): ExportProblem[] {
  const problems: ExportProblem[] = []
  const rowCount = table.rows.length + 1
  if (rowCount > EXCEL_MAX_ROWS)
    problems.push({
      code: 'too_many_rows',
      severity: 'error',
      count: rowCount,
      limit: EXCEL_MAX_ROWS,
    })
  const check = (text: string, row: number, column: string): void => {
    // +1: the neutralising apostrophe the writer may add also has to fit.
    if (text.length + 1 > EXCEL_MAX_CELL_CHARS && problems.length < max)
      problems.push({
        code: 'cell_too_long',
        severity: 'error',
        row,
        column,
        length: text.length,
        limit: EXCEL_MAX_CELL_CHARS,
      })
  }
  for (const c of table.columns) check(c.header, 1, c.header)
  for (let r = 0; r < table.rows.length && problems.length < max; r++) {
    const row = table.rows[r]!
    for (let c = 0; c < row.length; c++) {
      const v = row[c]
      if (typeof v === 'string' && v.length >= EXCEL_MAX_CELL_CHARS)
        check(v, r + 2, table.columns[c]?.header ?? '')
    }
  }
  return problems
}

/** Column widths in characters, fitted to the longest line of each column (capped). */
export function fitWidths(table: Table, options: { min?: number; max?: number } = {}): number[] {
  const min = options.min ?? 6
  const max = options.max ?? 60
  return table.columns.map((col, c) => {
    let width = col.kind === 'datetime' ? 16 : col.kind === 'date' ? 10 : 0
    width = Math.max(width, longestLine(col.header))
    for (const row of table.rows) {
      const v = row[c]
      if (typeof v === 'string' && v.length > width) {
        width = Math.max(width, longestLine(v))
        if (width >= max) break
      }
    }
    return Math.min(max, Math.max(min, width + 2))
  })
}

function longestLine(text: string): number {
  if (!text.includes('\n')) return text.length
  let best = 0
  for (const line of text.split('\n')) best = Math.max(best, line.length)
  return best
}
