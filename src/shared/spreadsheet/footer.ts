// Where the data stops. Forms end with a total ("Jumlah 6"), notes ("Catatan: …"), a focal
// point or a signature block: rows that would otherwise import as people with odd names.
import { cellText, isBlank, rowIsBlank } from './cell-value'
import type { CellValue } from './types'

const FOOTER_START =
  /^\s*(total|sub-?total|grand total|jumlah|catatan|note|notes|nb|n\.b\.|remarques?|source|sumber|keterangan\s*:|prepared by|disiapkan oleh|signature|tanda tangan)\b/i

export interface FooterResult {
  dataEnd: number
  footerRow: number | null
  /** Footer-like rows with real data after them (a subtotal per delegation): left out, not an end. */
  skippedRows: number[]
}

function isFooterRow(row: readonly CellValue[], afterBlank: boolean): boolean {
  const filled = row.map((v, c) => [c, v] as const).filter(([, v]) => !isBlank(v))
  const first = filled[0]
  if (!first) return false
  const text = cellText(first[1]).trim()
  if (FOOTER_START.test(text) && filled.length <= 3) return true
  // One long sentence on its own: in the first column (the running number's), or after a gap.
  const sentence = typeof first[1] === 'string' && text.length >= 20 && /[\s:]/.test(text)
  return filled.length === 1 && sentence && (first[0] === 0 || afterBlank)
}

/** Clearly a record: several cells, or an email address among two. */
function looksLikeData(row: readonly CellValue[]): boolean {
  const filled = row.filter((v) => !isBlank(v))
  return (
    filled.length >= 3 || (filled.length === 2 && filled.some((v) => cellText(v).includes('@')))
  )
}

export function findFooter(rows: readonly CellValue[][], dataStart: number): FooterResult {
  let lastData = dataStart - 1
  let afterBlank = false
  const skippedRows: number[] = []
  // dataAfter[r]: some row below r is clearly a record. One pass from the bottom, so a long
  // column of note-like rows costs linear time, not quadratic.
  const dataAfter = new Array<boolean>(rows.length + 1).fill(false)
  for (let r = rows.length - 1; r >= dataStart; r--) {
    dataAfter[r] = dataAfter[r + 1]! || looksLikeData(rows[r + 1] ?? [])
  }
  for (let r = dataStart; r < rows.length; r++) {
    const row = rows[r] ?? []
    if (rowIsBlank(row)) {
      afterBlank = true
      continue
    }
    if (isFooterRow(row, afterBlank)) {
      // A false footer would silently drop people: it ends the data only if no record follows.
      if (!dataAfter[r]) return { dataEnd: lastData + 1, footerRow: r, skippedRows }
      skippedRows.push(r)
    } else lastData = r
    afterBlank = false
  }
  return { dataEnd: lastData + 1, footerRow: null, skippedRows }
}
