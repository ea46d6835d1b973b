// Bytes → neutral grids. SheetJS parses; we keep only values: never formulas (cached results
// only), never HTML or styles, and never trust the sheet's stated dimension.
import * as XLSX from 'xlsx'
import { parseDelimited } from './csv'
import { restoreNeutralised } from './formula-guard'
import {
  CANCEL_CHECK_EVERY,
  defaultLimits,
  fileProblem,
  type CellRange,
  type CellValue,
  type ImportLimits,
  type Problem,
  type SheetGrid,
  type ShouldCancel,
  type WorkbookGrid,
} from './types'

export type ReadResult =
  { ok: true; book: WorkbookGrid; problems: Problem[] } | { ok: false; problem: Problem }

interface SheetJsCell {
  t?: string
  v?: unknown
  z?: string | number
  w?: string
}

/** Options for every SheetJS read. `nodim`: a forged <dimension> otherwise stalls it. */
export function sheetJsReadOptions(limits: ImportLimits): XLSX.ParsingOptions {
  return {
    type: 'array',
    dense: true,
    nodim: true,
    cellDates: false,
    cellFormula: false,
    cellHTML: false,
    cellNF: true, // the number format is how a date serial differs from a plain number
    cellStyles: false,
    sheetStubs: false,
    bookVBA: false,
    WTF: false,
    sheetRows: limits.maxRows + 1, // one more, to know that there were more
  }
}

export function readWorkbookBytes(
  bytes: Uint8Array,
  limits: ImportLimits = defaultLimits,
  shouldCancel?: ShouldCancel,
): ReadResult {
  let wb: XLSX.WorkBook
  try {
    wb = XLSX.read(bytes, sheetJsReadOptions(limits))
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    return {
      ok: false,
      problem: fileProblem(/password|encrypt/i.test(message) ? 'encrypted' : 'unreadable'),
    }
  }
  const date1904 = isTrue(wb.Workbook?.WBProps?.date1904)
  const sheets: SheetGrid[] = []
  const problems: Problem[] = []
  for (const [index, name] of wb.SheetNames.entries()) {
    // Sheet names are file data: "toString" must not find Object.prototype's function.
    const ws: unknown = wb.Sheets[name]
    if (!isSheet(ws)) continue
    const data = (ws['!data'] ?? []) as (SheetJsCell[] | undefined)[]
    const rows: CellValue[][] = []
    for (let r = 0; r < Math.min(data.length, limits.maxRows); r++) {
      if (shouldCancel && r % CANCEL_CHECK_EVERY === 0 && shouldCancel()) {
        return { ok: false, problem: fileProblem('cancelled') }
      }
      rows.push(
        trimRow((data[r] ?? []).slice(0, limits.maxColumns).map((c) => convertCell(c, date1904))),
      )
    }
    if (data.length > limits.maxRows) problems.push(rowsTruncated(name, limits))
    const merges = ((ws['!merges'] ?? []) as CellRange[])
      .filter((m) => m.s.r < limits.maxRows && m.s.c < limits.maxColumns)
      .map((m) => ({ s: { ...m.s }, e: { ...m.e } }))
    const hidden = Boolean(wb.Workbook?.Sheets?.[index]?.Hidden)
    sheets.push({ name, hidden, rows, merges, date1904 })
  }
  return { ok: true, book: { sheets, date1904 }, problems }
}

export function readDelimitedText(
  text: string,
  delimiter: string,
  name: string,
  limits: ImportLimits = defaultLimits,
  shouldCancel?: ShouldCancel,
): ReadResult {
  const parsed = parseDelimited(text, delimiter, {
    maxRows: limits.maxRows,
    ...(shouldCancel && { shouldCancel }),
  })
  if (parsed.cancelled) return { ok: false, problem: fileProblem('cancelled') }
  const rows = parsed.rows.map((r) =>
    trimRow(r.slice(0, limits.maxColumns).map(restoreNeutralised)),
  )
  const problems = parsed.truncated ? [rowsTruncated(name, limits)] : []
  return {
    ok: true,
    book: { sheets: [{ name, hidden: false, rows, merges: [], date1904: false }], date1904: false },
    problems,
  }
}

function rowsTruncated(sheet: string, limits: ImportLimits): Problem {
  return { code: 'rows_truncated', severity: 'warning', limit: limits.maxRows, detail: sheet }
}

function isSheet(ws: unknown): ws is XLSX.WorkSheet {
  return typeof ws === 'object' && ws !== null && ('!data' in ws || '!ref' in ws)
}

function isTrue(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 'true'
}

function trimRow(row: CellValue[]): CellValue[] {
  let end = row.length
  while (end > 0 && (row[end - 1] == null || row[end - 1] === '')) end--
  return end === row.length ? row : row.slice(0, end)
}

/** A number format that is a digit mask ("00000", "+"000 000 0000): its text is the value. */
const DIGIT_MASK = /^(?:"[^"]*"|\\.|[0# ()+-])+$/

export function convertCell(cell: SheetJsCell | undefined, date1904: boolean): CellValue {
  if (!cell) return null
  const { t, v } = cell
  if (t === 's' || t === 'str') return typeof v === 'string' ? restoreNeutralised(v) : null
  if (t === 'b') return v === true
  if (t === 'd' && v instanceof Date) {
    const serial = v.getTime() / 86_400_000 + 25_569 - (date1904 ? 1462 : 0)
    return { kind: 'date', serial }
  }
  if (t !== 'n' || typeof v !== 'number' || !Number.isFinite(v)) return null // errors, stubs
  const z = typeof cell.z === 'string' ? cell.z : undefined
  if (z && z !== 'General' && XLSX.SSF.is_date(z)) return { kind: 'date', serial: v }
  if (z && DIGIT_MASK.test(z) && z.includes('0') && typeof cell.w === 'string') {
    return { kind: 'number', value: v, text: cell.w }
  }
  return v
}
