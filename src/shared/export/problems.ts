// What can stop or change an export, as codes with parameters; the renderer words them.

export const exportProblemCodes = [
  /** A cell longer than Excel's limit: refused, never cut. */
  'cell_too_long',
  /** More rows than one sheet holds. */
  'too_many_rows',
  /** A sheet name Excel would refuse, replaced by a safe one (a notice, not an error). */
  'sheet_name_changed',
  'nothing_to_export',
] as const
export type ExportProblemCode = (typeof exportProblemCodes)[number]

export interface ExportProblem {
  code: ExportProblemCode
  severity: 'error' | 'notice'
  /** 1-based row as Excel shows it (the header is row 1). */
  row?: number
  /** The column's header text. */
  column?: string
  length?: number
  limit?: number
  count?: number
  value?: string
  detail?: string
}

/** Excel's own limits (the same in LibreOffice Calc since 7.4 for rows). */
export const EXCEL_MAX_CELL_CHARS = 32_767
export const EXCEL_MAX_ROWS = 1_048_576
export const EXCEL_MAX_SHEET_NAME = 31

/** Rows of a nomination form that get drop-down lists. */
export const MAX_FORM_ROWS = 2_000

/** Thrown by a builder's progress callback to stop the work; the caller catches it. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled')
    this.name = 'ExportCancelled'
  }
}
