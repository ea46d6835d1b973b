// Small value parsers for cells: emails, phone lists, text, and dates from any cell shape.
import { cellNumber, cellText, isDateCell } from './cell-value'
import { parseDateText, serialToLocal, type DateOrder } from './parse-dates'
import type { CellValue } from './types'

/** Text for a one-line field: trimmed, inner whitespace (incl. line breaks) collapsed. */
export function lineText(v: CellValue | undefined): string {
  return cellText(v).replace(/\s+/g, ' ').trim()
}

/** Text for a long field (notes): trimmed, line breaks kept. */
export function blockText(v: CellValue | undefined): string {
  return cellText(v)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim()
}

// Pragmatic: one @, no spaces or brackets, a dot in the domain, a 2+ letter top-level label.
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@(?:[^\s@<>()[\]\\,;:".]+\.)+[^\s@<>()[\]\\,;:".\d]{2,}$/u

export function isEmail(text: string): boolean {
  return text.length <= 320 && EMAIL.test(text)
}

/** Several addresses in one cell ("a@x.org; b@y.org", "Name <a@x.org>", "mailto:") → lower case. */
export function splitEmails(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = []
  const invalid: string[] = []
  const parts = text
    .replace(/mailto:/gi, ' ')
    .split(/[\s,;/]+|\s+(?:and|dan|et|or|atau|ou)\s+/i)
    .map((p) => p.replace(/^[<("'[]+|[>)"'\].]+$/g, '').trim())
    .filter((p) => p !== '')
  for (const part of parts) {
    const lower = part.toLowerCase()
    if (isEmail(lower)) {
      if (!valid.includes(lower)) valid.push(lower)
    } else if (part.includes('@')) invalid.push(part)
  }
  // Nothing address-like at all ("john at example dot org"): the whole cell is the problem.
  if (valid.length === 0 && invalid.length === 0 && parts.length > 0) invalid.push(text.trim())
  return { valid, invalid }
}

/** Several numbers in one cell: split on ; , line breaks, " / " and "or"/"atau"/"ou". */
export function splitPhones(text: string): string[] {
  return text
    .split(/\s*[;,\n]\s*|\s+\/\s+|\s+(?:or|atau|ou)\s+/i)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/** A date from a cell: an Excel date, a serial typed as a plain number, or text. */
export function parseDateCell(
  v: CellValue | undefined,
  date1904: boolean,
  order: DateOrder,
): string | null {
  if (isDateCell(v)) return serialToLocal(v.serial, date1904)
  const n = cellNumber(v)
  // A plain number in a date column is a serial that lost its format (1950–2100).
  if (n !== undefined) return n >= 18_264 && n <= 73_051 ? serialToLocal(n, date1904) : null
  const text = lineText(v)
  return text ? parseDateText(text, order) : null
}

/** Text cells that hold numeric dates, for detecting the file's day/month order. */
export function dateTexts(cells: Iterable<CellValue | undefined>): string[] {
  const out: string[] = []
  for (const v of cells) if (typeof v === 'string' && /\d/.test(v)) out.push(v)
  return out
}
