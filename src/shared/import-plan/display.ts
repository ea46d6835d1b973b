// Cells as the user sees them in the import screens: dates as dates, long text cut.
import { cellText, isDateCell } from '../spreadsheet/cell-value'
import { serialToLocal } from '../spreadsheet/parse-dates'
import type { CellValue, SheetGrid } from '../spreadsheet/types'

export const DISPLAY_MAX = 300

export function displayCell(v: CellValue | undefined, date1904: boolean): string {
  const text = isDateCell(v) ? (serialToLocal(v.serial, date1904) ?? cellText(v)) : cellText(v)
  return text.length > DISPLAY_MAX ? `${text.slice(0, DISPLAY_MAX)}…` : text
}

/** The top of a sheet as text, for choosing the header row by eye. */
export function sheetPreview(grid: SheetGrid, rows = 30, columns = 30): string[][] {
  return grid.rows.slice(0, rows).map((r) =>
    r.slice(0, columns).map((v) => {
      const t = displayCell(v, grid.date1904)
      return t.length > 80 ? `${t.slice(0, 80)}…` : t
    }),
  )
}
