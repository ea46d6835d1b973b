import * as XLSX from 'xlsx'
import { neutraliseFormula } from '../spreadsheet/formula-guard'

// The attendance grid as an .xlsx workbook: one row per participant, one column per session
// (minutes present), then totals and eligibility. Text cells that Excel would read as formulas
// are neutralised; numbers stay numbers.

export interface GridExport {
  sheetName: string
  /** Leading text columns (name, delegation), then session columns, then trailing columns. */
  header: string[]
  rows: (string | number)[][]
}

const MAX_CELL = 32_767

function cell(value: string | number): XLSX.CellObject {
  if (typeof value === 'number') return { t: 'n', v: value }
  return { t: 's', v: neutraliseFormula(value.slice(0, MAX_CELL)) }
}

export function gridWorkbook(grid: GridExport): Uint8Array {
  const sheet: XLSX.WorkSheet = {}
  const all = [grid.header, ...grid.rows]
  all.forEach((row, r) =>
    row.forEach((value, c) => {
      sheet[XLSX.utils.encode_cell({ r, c })] = cell(value)
    }),
  )
  const width = Math.max(1, ...all.map((r) => r.length))
  const range = { s: { r: 0, c: 0 }, e: { r: Math.max(0, all.length - 1), c: width - 1 } }
  sheet['!ref'] = XLSX.utils.encode_range(range)
  sheet['!autofilter'] = { ref: XLSX.utils.encode_range(range) }
  sheet['!cols'] = Array.from({ length: width }, (_, c) => ({
    wch: Math.min(40, Math.max(8, ...all.map((r) => String(r[c] ?? '').length + 2))),
  }))
  const book = XLSX.utils.book_new()
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const name = grid.sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1'
  XLSX.utils.book_append_sheet(book, sheet, name)
  const out = XLSX.write(book, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  }) as ArrayBuffer
  return new Uint8Array(out)
}
