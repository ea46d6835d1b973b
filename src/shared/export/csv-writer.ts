// CSV that Excel opens correctly: UTF-8 with a byte-order mark (without it Excel reads the file
// as the system code page and "Tuʻivakanō" turns to mojibake), CRLF line ends, RFC 4180 quoting,
// formula triggers neutralised. The semicolon variant is for Excel in locales whose list
// separator is ";" (most of Europe and Indonesia). No "sep=;" line: with it Excel ignores the BOM.
import { neutraliseFormula } from '../spreadsheet/formula-guard'
import { valueText, type Table } from './table'

export type CsvDelimiter = ',' | ';'

const BOM = '\uFEFF'

const NEEDS_QUOTES: Record<CsvDelimiter, RegExp> = {
  ',': /[",\r\n]|^\s|\s$/,
  ';': /[";\r\n]|^\s|\s$/,
}

/** One field, quoted when it holds the delimiter, a quote, a line break, or edge spaces. */
export function csvField(text: string, delimiter: CsvDelimiter): string {
  if (text === '') return ''
  const safe = neutraliseFormula(text)
  return NEEDS_QUOTES[delimiter].test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe
}

export interface CsvOptions {
  delimiter: CsvDelimiter
  /** Called every few thousand rows; may throw ExportCancelled. */
  onProgress?: (done: number, total: number) => void
}

/** The table as CSV text, without the BOM (see csvBytes). */
export function tableToCsv(table: Table, options: CsvOptions): string {
  const d = options.delimiter
  const lines: string[] = [table.columns.map((c) => csvField(c.header, d)).join(d)]
  const total = table.rows.length
  for (let r = 0; r < total; r++) {
    if (options.onProgress && r % 5_000 === 0) options.onProgress(r, total)
    const row = table.rows[r]!
    const fields = new Array<string>(table.columns.length)
    for (let c = 0; c < table.columns.length; c++) fields[c] = csvField(valueText(row[c]), d)
    lines.push(fields.join(d))
  }
  options.onProgress?.(total, total)
  // A final CRLF, as RFC 4180 allows and Excel itself writes.
  return lines.join('\r\n') + '\r\n'
}

/** UTF-8 bytes with the byte-order mark. */
export function csvBytes(table: Table, options: CsvOptions): Uint8Array {
  return new TextEncoder().encode(BOM + tableToCsv(table, options))
}
