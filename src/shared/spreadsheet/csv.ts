// RFC 4180 with the leniency real files need: CRLF, LF or CR line ends; quoted fields that hold
// delimiters, doubled quotes and line breaks; a stray quote inside an unquoted field kept as is.
// Every value stays text: "+679 331 1234" and "00123" must come back exactly as written.
import { CANCEL_CHECK_EVERY, type ShouldCancel } from './types'

export interface ParseDelimitedOptions {
  maxRows?: number
  shouldCancel?: ShouldCancel
}

export interface ParsedDelimited {
  rows: string[][]
  /** Stopped at maxRows with more text left. */
  truncated: boolean
  cancelled: boolean
}

export function parseDelimited(
  text: string,
  delimiter: string,
  options: ParseDelimitedOptions = {},
): ParsedDelimited {
  const maxRows = options.maxRows ?? Infinity
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  const n = text.length
  let cancelled = false
  const endRow = (): void => {
    row.push(field)
    rows.push(row)
    row = []
    field = ''
    if (options.shouldCancel && rows.length % CANCEL_CHECK_EVERY === 0) {
      cancelled = options.shouldCancel()
    }
  }
  while (i < n) {
    if (cancelled) return { rows, truncated: false, cancelled: true }
    if (rows.length >= maxRows) return { rows, truncated: true, cancelled: false }
    const ch = text[i]!
    if (ch === '"' && field === '') {
      // Quoted field: read to the closing quote; "" is a literal quote.
      i++
      for (;;) {
        const q = text.indexOf('"', i)
        if (q < 0) {
          field += text.slice(i)
          i = n
          break
        }
        field += text.slice(i, q)
        if (text[q + 1] === '"') {
          field += '"'
          i = q + 2
        } else {
          i = q + 1
          break
        }
      }
      continue
    }
    if (ch === delimiter) {
      row.push(field)
      field = ''
      i++
    } else if (ch === '\r' || ch === '\n') {
      endRow()
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      field += ch
      i++
    }
  }
  if (field !== '' || row.length > 0) endRow()
  return { rows, truncated: false, cancelled: false }
}
