// The neutral data model of the import pipeline: what every step takes and gives.
// Everything here is plain data (arrays, strings, numbers), so it crosses a Web Worker boundary.

/** A spreadsheet date as Excel stores it: a day serial in the workbook's date system. */
export interface ExcelDate {
  kind: 'date'
  serial: number
}

/** A number whose cell format shows it differently, e.g. 123 shown as "00123" or a phone. */
export interface FormattedNumber {
  kind: 'number'
  value: number
  text: string
}

export type CellValue = string | number | boolean | null | ExcelDate | FormattedNumber

export interface CellRange {
  s: { r: number; c: number }
  e: { r: number; c: number }
}

export interface SheetGrid {
  name: string
  /** Hidden or "very hidden" in the workbook: usually drop-down lists, never the data. */
  hidden: boolean
  /** Row-major, 0-based; rows may be shorter than others (trailing blanks are omitted). */
  rows: CellValue[][]
  merges: CellRange[]
  /** True when serials count from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
  date1904: boolean
}

export interface WorkbookGrid {
  sheets: SheetGrid[]
  date1904: boolean
}

export type FileKind = 'xlsx' | 'xlsb' | 'ods' | 'xls' | 'text'

export type Severity = 'error' | 'warning'

export const problemCodes = [
  // The file as a whole
  'empty',
  'too_large',
  'not_spreadsheet',
  'encrypted',
  'zip_bomb',
  'truncated',
  'unreadable',
  'extension_mismatch',
  'rows_truncated',
  'no_data',
  'header_not_found',
  'cancelled',
  // The mapping
  'name_not_mapped',
  'field_mapped_twice',
  // A row or a cell
  'name_missing',
  'email_invalid',
  'too_many_values',
  'phone_invalid',
  'country_unsure',
  'country_unknown',
  'date_invalid',
  'date_ambiguous',
  'departure_before_arrival',
  'value_unknown',
  'text_too_long',
  'id_invalid',
  'duplicate_in_file',
] as const
export type ProblemCode = (typeof problemCodes)[number]

/**
 * A machine-readable problem; the renderer turns `code` + parameters into a sentence.
 * `row` is the 1-based row number the user sees in Excel; `column` is the 0-based column index.
 */
export interface Problem {
  code: ProblemCode
  severity: Severity
  row?: number
  column?: number
  field?: string
  value?: string
  /** For duplicate_in_file: the row number where the same person first appears. */
  firstRow?: number
  /** For country_unsure: the candidates to ask the user about, best first. */
  candidates?: { code: string; score: number }[]
  /** For limits (too_large, rows_truncated, text_too_long, too_many_values). */
  limit?: number
  /** Free parameter for the few codes that need one (e.g. date order assumed, extension). */
  detail?: string
}

export interface ImportLimits {
  maxBytes: number
  maxTotalUncompressed: number
  /** Compression ratio above which an entry bigger than ratioMinSize is treated as a bomb. */
  maxRatio: number
  ratioMinSize: number
  maxEntries: number
  maxRows: number
  maxColumns: number
}

const MiB = 1024 * 1024
export const defaultLimits: ImportLimits = {
  maxBytes: 50 * MiB,
  maxTotalUncompressed: 300 * MiB,
  maxRatio: 200,
  ratioMinSize: MiB,
  maxEntries: 10_000,
  maxRows: 100_000,
  maxColumns: 1_000,
}

/** Checked every this many rows by the loops that may run long in a worker. */
export const CANCEL_CHECK_EVERY = 500

export type ShouldCancel = () => boolean

export function fileProblem(code: ProblemCode, extra: Partial<Problem> = {}): Problem {
  return { code, severity: 'error', ...extra }
}
