// One file being imported: the parsed workbook kept between steps, and every step the screens
// ask for (open, choose sheet and header, check rows, problems workbook). Runs inside the import
// Web Worker; pure, so tests and benchmarks call it directly. Requests are stateless apart from
// the opened file, so a restarted worker is brought back by opening the same bytes again.
import { matchCountry as directoryMatch } from '../countries/match-country'
import { splitHonorific } from '../people/honorifics'
import { nameKey } from '../people/names'
import { parsePhone } from '../people/phones'
import {
  participantRoles,
  participantStatuses,
  participationModes,
  genders,
} from '../registry/model'
import {
  analyseFile,
  analyseSheet,
  buildRows,
  type AnalyseOptions,
  type CheckedRow,
  type ColumnMapping,
  type Delimiter,
  type HeaderInfo,
  type HeaderOverride,
  type Problem,
  type RememberedMapping,
  type SheetSummary,
  type TextEncodingName,
  type WorkbookGrid,
} from '../spreadsheet'
import { dataRows } from '../spreadsheet/find-header'
import type { CountryMatch, RowCheckContext } from '../spreadsheet/row-record'
import type { CellValue, FileKind } from '../spreadsheet/types'
import { guessDefaultCountry } from './default-country'
import { displayCell, sheetPreview } from './display'
import { lookupKeys } from './match'
import { problemsWorkbook } from './problems-workbook'
import {
  applyValueOverrides,
  distinctValues,
  type DistinctValue,
  type EnumField,
  type ValueOverride,
} from './value-overrides'

export interface OpenRequest {
  bytes: Uint8Array
  fileName: string
  encoding?: TextEncodingName
  delimiter?: Delimiter
  remembered?: RememberedMapping[]
}

export interface SheetView {
  sheet: number
  header: HeaderInfo | null
  mapping: ColumnMapping[]
  mappingSource: 'remembered' | 'suggested'
  signature: string | null
  /** The first rows of the sheet as text, for choosing the header row by eye. */
  top: string[][]
  /** The first data rows under the header, as text, by column index. */
  preview: { rowNumber: number; cells: string[] }[]
  /** A country named in the title, sheet name or file name, for files without a country column. */
  suggestedCountry?: string
  problems: Problem[]
}

export type OpenResult =
  | {
      ok: true
      kind: FileKind
      encoding?: TextEncodingName
      hadBom?: boolean
      delimiter?: Delimiter
      sepLine?: boolean
      sheets: SheetSummary[]
      view: SheetView
      problems: Problem[]
    }
  | { ok: false; problem: Problem }

export interface CellEdit {
  rowNumber: number
  column: number
  text: string
}

export interface BuildRequest {
  sheet: number
  header?: HeaderOverride
  mapping: ColumnMapping[]
  defaultCountry?: string
  /** The user's answers for country texts the directory was unsure of: text → code ('' = none). */
  countryAnswers: [string, string][]
  valueOverrides: ValueOverride[]
  edits: CellEdit[]
}

export interface CountryQuestion {
  text: string
  count: number
  candidates: { code: string; score: number }[]
}

export interface BuildView {
  rows: CheckedRow[]
  /** The columns the grid shows (mapped or kept as notes), and each row's cells as text. */
  columns: { index: number; label: string; target: string }[]
  cells: Map<number, string[]>
  problems: Problem[]
  values: DistinctValue[]
  countries: CountryQuestion[]
  /** Each row's name key (aligned with rows), and what to look the file's people up by. */
  nameKeys: string[]
  keys: { ids: string[]; emails: string[]; nameKeys: string[] }
}

export type BuildResult = ({ ok: true } & BuildView) | { ok: false; problems: Problem[] }

const enumValues: Record<EnumField, readonly string[]> = {
  gender: genders,
  role: participantRoles,
  mode: participationModes,
  status: participantStatuses,
}

const FILE_LEVEL: readonly Problem['code'][] = ['extension_mismatch', 'rows_truncated']

const adaptHonorific = (text: string) => {
  const { honorific, rest } = splitHonorific(text)
  return { honorific, name: rest }
}

export class ImportSession {
  private book: WorkbookGrid | null = null
  private fileName = ''
  /** Cells the user edited, as they were in the file: "sheet:row:column" → value. */
  private originals = new Map<string, { sheet: number; r: number; c: number; v: CellValue }>()

  constructor(
    private readonly matchCountry: (text: string) => CountryMatch = directoryMatch,
    private readonly shouldCancel?: () => boolean,
  ) {}

  open(req: OpenRequest): OpenResult {
    const options: AnalyseOptions = {
      ...(req.encoding && { encoding: req.encoding }),
      ...(req.delimiter && { delimiter: req.delimiter }),
      ...(req.remembered && { remembered: req.remembered }),
      ...(this.shouldCancel && { shouldCancel: this.shouldCancel }),
    }
    const a = analyseFile(req.bytes, req.fileName, options)
    if (!a.ok) return a
    this.book = a.book
    this.fileName = req.fileName
    this.originals.clear()
    return {
      ok: true,
      kind: a.kind,
      ...(a.encoding && { encoding: a.encoding, hadBom: a.hadBom }),
      ...(a.delimiter && { delimiter: a.delimiter, sepLine: a.sepLine }),
      sheets: a.sheets,
      view: this.view(a.chosenSheet, a),
      problems: a.problems.filter((p) => FILE_LEVEL.includes(p.code)),
    }
  }

  sheet(index: number, header?: HeaderOverride, remembered?: RememberedMapping[]): SheetView {
    const book = this.requireBook()
    const a = analyseSheet(book, index, {
      ...(header && { header }),
      ...(remembered && { remembered }),
    })
    return this.view(index, a)
  }

  private view(index: number, a: ReturnType<typeof analyseSheet>): SheetView {
    const book = this.requireBook()
    const grid = book.sheets[index]
    const top = grid ? sheetPreview(grid) : []
    const titleTexts = a.header ? top.slice(0, a.header.headerRow).flat() : []
    const suggestedCountry = guessDefaultCountry(
      [...titleTexts, grid?.name ?? '', this.fileName],
      this.matchCountry,
    )
    return {
      sheet: index,
      header: a.header,
      mapping: a.mapping,
      mappingSource: a.mappingSource,
      signature: a.signature,
      top,
      preview: a.preview.map((r) => ({
        rowNumber: r.rowNumber,
        cells: r.cells.map((v) => displayCell(v, grid?.date1904 ?? false)),
      })),
      ...(suggestedCountry && { suggestedCountry }),
      problems: a.problems,
    }
  }

  build(req: BuildRequest): BuildResult {
    const book = this.requireBook()
    const grid = book.sheets[req.sheet]
    if (!grid) return { ok: false, problems: [{ code: 'no_data', severity: 'error' }] }
    this.applyEdits(req.sheet, req.edits)
    const header = analyseSheet(book, req.sheet, req.header ? { header: req.header } : {}).header
    if (!header) return { ok: false, problems: [{ code: 'header_not_found', severity: 'error' }] }
    const answers = new Map(req.countryAnswers)
    const ctx: RowCheckContext = {
      matchCountry: (text) => {
        const answer = answers.get(text)
        if (answer === undefined) return this.matchCountry(text)
        return answer ? { status: 'certain', code: answer } : { status: 'none' }
      },
      parsePhone: (raw, country) => parsePhone(raw, country),
      splitHonorific: adaptHonorific,
      ...(req.defaultCountry && { defaultCountry: req.defaultCountry }),
      ...(this.shouldCancel && { shouldCancel: this.shouldCancel }),
    }
    const built = buildRows({ book, sheet: req.sheet, header, mapping: req.mapping }, ctx)
    if (!built.ok) return built
    const data = dataRows(grid, header)
    const overrides = req.valueOverrides.filter((o) =>
      o.value === '' ? true : enumValues[o.field]?.includes(o.value),
    )
    applyValueOverrides(built.rows, data, req.mapping, overrides)
    const columns = req.mapping
      .filter((m) => m.target !== 'ignore')
      .map((m) => ({ index: m.column, label: m.header, target: m.target }))
    const byRow = new Map(data.map((r) => [r.rowNumber, r.cells]))
    const cells = new Map<number, string[]>()
    for (const row of built.rows) {
      const source = byRow.get(row.rowNumber) ?? []
      cells.set(
        row.rowNumber,
        columns.map((c) => displayCell(source[c.index], grid.date1904)),
      )
    }
    // Name keys are computed here, off the screen's thread, once for matching and lookup.
    const nameKeys = built.rows.map((r) => nameKey(r.record))
    return {
      ok: true,
      rows: built.rows,
      nameKeys,
      keys: lookupKeys(
        built.rows.map((r) => r.record),
        nameKeys,
      ),
      columns,
      cells,
      problems: built.problems,
      values: distinctValues(data, req.mapping),
      countries: countryQuestions(built.rows),
    }
  }

  /** The rows left out, with their cells as the file has them now, and what is wrong. */
  problemsWorkbook(req: {
    sheet: number
    header?: HeaderOverride
    rows: { rowNumber: number; problem: string }[]
    problemHeader: string
    rowHeader: string
  }): Uint8Array {
    const book = this.requireBook()
    const grid = book.sheets[req.sheet]
    const header = analyseSheet(book, req.sheet, req.header ? { header: req.header } : {}).header
    if (!grid || !header) throw new Error('no sheet')
    const byRow = new Map(dataRows(grid, header).map((r) => [r.rowNumber, r.cells]))
    return problemsWorkbook({
      sheetName: grid.name,
      problemHeader: req.problemHeader,
      rowHeader: req.rowHeader,
      columns: header.columns.map((c) => ({ index: c.index, label: c.label })),
      rows: req.rows.map((r) => ({ ...r, cells: byRow.get(r.rowNumber) ?? [] })),
      date1904: grid.date1904,
    })
  }

  /** Puts every edited cell back as the file had it, then applies `edits`. */
  private applyEdits(sheet: number, edits: readonly CellEdit[]): void {
    const book = this.requireBook()
    for (const o of this.originals.values()) {
      const row = book.sheets[o.sheet]?.rows[o.r]
      if (row) row[o.c] = o.v
    }
    this.originals.clear()
    const grid = book.sheets[sheet]
    if (!grid) return
    for (const e of edits) {
      const r = e.rowNumber - 1
      if (r < 0 || r >= grid.rows.length || e.column < 0 || e.column > 10_000) continue
      const row = grid.rows[r] ?? (grid.rows[r] = [])
      const key = `${sheet}:${r}:${e.column}`
      if (!this.originals.has(key)) {
        this.originals.set(key, { sheet, r, c: e.column, v: row[e.column] ?? null })
      }
      while (row.length < e.column) row.push(null)
      row[e.column] = e.text.slice(0, 32_767)
    }
  }

  private requireBook(): WorkbookGrid {
    if (!this.book) throw new Error('no file open')
    return this.book
  }
}

/** Country texts the directory could not be sure of, once each, most frequent first. */
function countryQuestions(rows: readonly CheckedRow[]): CountryQuestion[] {
  const byText = new Map<string, CountryQuestion>()
  for (const row of rows) {
    for (const p of row.problems) {
      if (p.code !== 'country_unsure' && p.code !== 'country_unknown') continue
      if (!p.value) continue
      const q = byText.get(p.value)
      if (q) q.count++
      else byText.set(p.value, { text: p.value, count: 1, candidates: p.candidates ?? [] })
    }
  }
  return [...byText.values()].sort((a, b) => b.count - a.count)
}
