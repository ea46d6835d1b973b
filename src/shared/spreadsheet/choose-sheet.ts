// Which sheet holds the people: forms often open on an instructions sheet and hide their
// drop-down lists in another. The one with a recognisable header over most records wins.
import { rowIsBlank } from './cell-value'
import { findHeader } from './find-header'
import { normaliseKey } from './normalise'
import type { WorkbookGrid } from './types'

export interface SheetSummary {
  index: number
  name: string
  hidden: boolean
  /** Rows with at least one value. */
  nonEmptyRows: number
  /** 0-based first header row, when one was found. */
  headerRow: number | null
  dataRows: number
  score: number
}

const NOT_DATA_NAME =
  /\b(instructions?|petunjuk|panduan|cara pengisian|read ?me|lisez moi|consignes?|guide|help|bantuan|lists?|dropdown|lookup|referensi|reference|example|contoh|exemple)\b/

export function summariseSheets(book: WorkbookGrid): SheetSummary[] {
  return book.sheets.map((sheet, index) => {
    const nonEmptyRows = sheet.rows.reduce((n, r) => n + (rowIsBlank(r) ? 0 : 1), 0)
    const header = nonEmptyRows > 0 ? findHeader(sheet) : null
    let dataRows = 0
    if (header) {
      for (let r = header.dataStart; r < header.dataEnd; r++)
        if (!rowIsBlank(sheet.rows[r])) dataRows++
    }
    let score = nonEmptyRows === 0 ? -100 : 0
    if (header) score += header.confidence * 10 + Math.log2(1 + dataRows) * 3
    if (sheet.hidden) score -= 50
    if (NOT_DATA_NAME.test(normaliseKey(sheet.name))) score -= 20
    return {
      index,
      name: sheet.name,
      hidden: sheet.hidden,
      nonEmptyRows,
      headerRow: header?.headerRow ?? null,
      dataRows,
      score,
    }
  })
}

/** Index of the sheet to preselect (the first one when all are empty). */
export function chooseSheet(summaries: readonly SheetSummary[]): number {
  let best = summaries[0]
  for (const s of summaries) if (best && s.score > best.score) best = s
  return best?.index ?? 0
}
