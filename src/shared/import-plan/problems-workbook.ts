// The rows left out of an import, as a spreadsheet to send back to the embassy: their own
// columns, their own values (with any fix made on screen), and a column saying what is wrong.
// Every text cell is neutralised so nothing in it runs as a formula when Excel opens it.
import * as XLSX from 'xlsx'
import { neutraliseFormula } from '../spreadsheet/formula-guard'
import type { CellValue } from '../spreadsheet/types'
import { displayCell } from './display'

const EXCEL_CELL_MAX = 32_767

export interface ProblemsSheetInput {
  sheetName: string
  problemHeader: string
  rowHeader: string
  columns: { index: number; label: string }[]
  rows: { rowNumber: number; cells: readonly CellValue[]; problem: string }[]
  date1904: boolean
}

function safeText(text: string): string {
  return neutraliseFormula(text.slice(0, EXCEL_CELL_MAX - 1))
}

function outCell(v: CellValue | undefined, date1904: boolean): string | number | boolean {
  if (typeof v === 'number' || typeof v === 'boolean') return v
  if (v == null) return ''
  return safeText(typeof v === 'string' ? v : displayCell(v, date1904))
}

export function problemsWorkbook(input: ProblemsSheetInput): Uint8Array {
  const header = [input.problemHeader, input.rowHeader, ...input.columns.map((c) => c.label)]
  const aoa: (string | number | boolean)[][] = [header.map(safeText)]
  for (const row of input.rows) {
    aoa.push([
      safeText(row.problem),
      row.rowNumber,
      ...input.columns.map((c) => outCell(row.cells[c.index], input.date1904)),
    ])
  }
  const sheet = XLSX.utils.aoa_to_sheet(aoa)
  sheet['!cols'] = header.map((_, i) => ({ wch: i === 0 ? 60 : i === 1 ? 6 : 22 }))
  sheet['!autofilter'] = {
    ref: XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: aoa.length - 1, c: header.length - 1 },
    }),
  }
  const book = XLSX.utils.book_new()
  const name =
    input.sheetName
      .replace(/[[\]*?/\\:]/g, ' ')
      .slice(0, 31)
      .trim() || 'Problems'
  XLSX.utils.book_append_sheet(book, sheet, name)
  const out = XLSX.write(book, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  }) as ArrayBuffer
  return new Uint8Array(out)
}
