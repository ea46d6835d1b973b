// The import pipeline's façade: bytes → analysis (kind, encoding, sheets, header, mapping
// suggestion, preview) → checked rows. Pure and synchronous, so a Web Worker can run it and
// cancel between steps (shouldCancel is also checked every few hundred rows).
import { chooseSheet, summariseSheets, type SheetSummary } from './choose-sheet'
import { checkRows, type CheckResult } from './check-rows'
import { decodeText, type TextEncodingName } from './decode-text'
import { chooseDelimiter, type Delimiter } from './delimiter'
import {
  dataRows,
  findHeader,
  type DataRow,
  type HeaderInfo,
  type HeaderOverride,
} from './find-header'
import {
  mappingProblems,
  suggestMapping,
  type ColumnMapping,
  type UnknownColumns,
} from './map-columns'
import { findRememberedMapping, headerSignature, type RememberedMapping } from './mapping-memory'
import { readDelimitedText, readWorkbookBytes, type ReadResult } from './read-workbook'
import type { RowCheckContext } from './row-record'
import { sniffBytes } from './sniff'
import {
  defaultLimits,
  fileProblem,
  type FileKind,
  type ImportLimits,
  type Problem,
  type ShouldCancel,
  type WorkbookGrid,
} from './types'

export interface AnalyseOptions {
  encoding?: TextEncodingName
  delimiter?: Delimiter
  /** Sheet index the user picked; otherwise the one that looks most like data. */
  sheet?: number
  header?: HeaderOverride
  remembered?: readonly RememberedMapping[]
  unknownColumns?: UnknownColumns
  limits?: Partial<ImportLimits>
  shouldCancel?: ShouldCancel
}

export interface SheetAnalysis {
  chosenSheet: number
  header: HeaderInfo | null
  mapping: ColumnMapping[]
  mappingSource: 'remembered' | 'suggested'
  /** Key for remembering the confirmed mapping (null without a header). */
  signature: string | null
  preview: DataRow[]
  problems: Problem[]
}

export interface Analysis extends SheetAnalysis {
  ok: true
  kind: FileKind
  encoding?: TextEncodingName
  hadBom?: boolean
  delimiter?: Delimiter
  sepLine?: boolean
  book: WorkbookGrid
  sheets: SheetSummary[]
}

export type AnalyseResult = Analysis | { ok: false; problem: Problem }

const PREVIEW_ROWS = 20
const EXPECTED: readonly [RegExp, FileKind][] = [
  [/\.(xlsx|xlsm|xltx)$/i, 'xlsx'],
  [/\.xlsb$/i, 'xlsb'],
  [/\.(xls|xlt)$/i, 'xls'],
  [/\.(ods|ots)$/i, 'ods'],
  [/\.(csv|tsv|txt|tab)$/i, 'text'],
]

export function analyseFile(
  bytes: Uint8Array,
  fileName: string,
  options: AnalyseOptions = {},
): AnalyseResult {
  const limits = { ...defaultLimits, ...options.limits }
  const sniffed = sniffBytes(bytes, limits)
  if (!sniffed.ok) return sniffed
  const problems: Problem[] = []
  const expected = EXPECTED.find(([re]) => re.test(fileName))?.[1]
  if (expected && expected !== sniffed.kind) {
    problems.push({ code: 'extension_mismatch', severity: 'warning', detail: sniffed.kind })
  }
  if (options.shouldCancel?.()) return { ok: false, problem: fileProblem('cancelled') }

  let read: ReadResult
  let text: Pick<Analysis, 'encoding' | 'hadBom' | 'delimiter' | 'sepLine'> = {}
  if (sniffed.kind === 'text') {
    const decoded = decodeText(sniffed.bytes, options.encoding)
    const delim = chooseDelimiter(decoded.text, options.delimiter)
    const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'data'
    read = readDelimitedText(delim.text, delim.delimiter, name, limits, options.shouldCancel)
    text = {
      encoding: decoded.encoding,
      hadBom: decoded.hadBom,
      delimiter: delim.delimiter,
      sepLine: delim.sepLine,
    }
  } else {
    read = readWorkbookBytes(sniffed.bytes, limits, options.shouldCancel)
  }
  if (!read.ok) return read
  const sheets = summariseSheets(read.book)
  if (sheets.every((s) => s.nonEmptyRows === 0))
    return { ok: false, problem: fileProblem('no_data') }
  const sheetIndex = options.sheet ?? chooseSheet(sheets)
  const sheet = analyseSheet(read.book, sheetIndex, options)
  return {
    ok: true,
    kind: sniffed.kind,
    ...text,
    book: read.book,
    sheets,
    ...sheet,
    problems: [...problems, ...read.problems, ...sheet.problems],
  }
}

/** Header, mapping and preview for one sheet: call again when the user picks another sheet or header row. */
export function analyseSheet(
  book: WorkbookGrid,
  sheetIndex: number,
  options: Pick<AnalyseOptions, 'header' | 'remembered' | 'unknownColumns'> = {},
): SheetAnalysis {
  const grid = book.sheets[sheetIndex]
  const header = grid ? findHeader(grid, options.header) : null
  if (!grid || !header) {
    return {
      chosenSheet: sheetIndex,
      header: null,
      mapping: [],
      mappingSource: 'suggested',
      signature: null,
      preview: [],
      problems: [fileProblem('header_not_found')],
    }
  }
  const remembered = options.remembered
    ? findRememberedMapping(header.columns, options.remembered)
    : null
  const mapping = remembered ?? suggestMapping(header.columns, options.unknownColumns)
  const preview = dataRows(grid, header, PREVIEW_ROWS)
  return {
    chosenSheet: sheetIndex,
    header,
    mapping,
    mappingSource: remembered ? 'remembered' : 'suggested',
    signature: headerSignature(header.columns.map((c) => c.label)),
    preview,
    problems: [
      ...mappingProblems(mapping),
      ...(preview.length === 0 ? [fileProblem('no_data')] : []),
    ],
  }
}

export interface BuildInput {
  book: WorkbookGrid
  sheet: number
  header: HeaderInfo
  mapping: readonly ColumnMapping[]
}

export type BuildResult = ({ ok: true } & CheckResult) | { ok: false; problems: Problem[] }

/** The checked rows for a confirmed sheet, header and mapping. */
export function buildRows(input: BuildInput, ctx: RowCheckContext): BuildResult {
  const grid = input.book.sheets[input.sheet]
  if (!grid) return { ok: false, problems: [fileProblem('no_data')] }
  const blocking = mappingProblems(input.mapping)
  if (blocking.length > 0) return { ok: false, problems: blocking }
  const result = checkRows(grid, input.header, input.mapping, ctx)
  if (result.cancelled) return { ok: false, problems: [fileProblem('cancelled')] }
  return { ok: true, ...result }
}

export type { SheetSummary } from './choose-sheet'
export type { CheckedRow, CheckResult } from './check-rows'
export { textEncodings, type TextEncodingName } from './decode-text'
export { delimiters, type Delimiter } from './delimiter'
export type { DataRow, HeaderColumn, HeaderInfo, HeaderOverride } from './find-header'
export { importFields, type ImportField } from './header-aliases'
export { hasNameField, mappingProblems, setColumnTarget, suggestMapping } from './map-columns'
export type { ColumnMapping, ColumnTarget, UnknownColumns } from './map-columns'
export { applyRememberedMapping, headerSignature, rememberMapping } from './mapping-memory'
export type { RememberedMapping } from './mapping-memory'
export { neutraliseFormula, restoreNeutralised } from './formula-guard'
export type { CandidateRecord, CountryMatch, RowCheckContext } from './row-record'
export { cellText } from './cell-value'
export { defaultLimits, problemCodes } from './types'
export type {
  CellValue,
  FileKind,
  ImportLimits,
  Problem,
  ProblemCode,
  SheetGrid,
  WorkbookGrid,
} from './types'
