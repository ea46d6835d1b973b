// Tables → an .xlsx workbook, written by SheetJS Community Edition. CE writes values, number
// formats, column widths and autofilters but no cell styles, frozen panes or data validation;
// those few parts are added afterwards to the package SheetJS made (see xlsx-package.ts), and
// the result is compressed once with SheetJS's own zip writer.
import * as XLSX from 'xlsx'
import { neutraliseFormula } from '../spreadsheet/formula-guard'
import { localToSerial } from '../spreadsheet/parse-dates'
import { HEADER_FORMAT, patchPackage, type SheetPatch } from './xlsx-package'
import { fitWidths, isDateValue, type Table } from './table'

export interface ListValidation {
  /** 0-based column the drop-down is on. */
  column: number
  /** 1-based rows, inclusive. */
  firstRow: number
  lastRow: number
  /** A range on another sheet, e.g. 'Lists'!$A$2:$A$250 (written as the list's source). */
  source: string
}

export interface SheetSpec {
  /** Already safe (see safeSheetName). */
  name: string
  table: Table
  /** Bold, shaded, frozen first row. */
  styledHeader?: boolean
  autofilter?: boolean
  hidden?: boolean
  /** Column widths in characters; fitted to the content when absent. */
  widths?: number[]
  validations?: ListValidation[]
}

export type XlsxStage = 'writing' | 'packing'

export interface XlsxOptions {
  title?: string
  onStage?: (stage: XlsxStage) => void
}

const DATE_FORMAT = 'yyyy-mm-dd'
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm'

/** A SheetJS worksheet in dense mode: rows of cell objects, empty cells left out. */
export function toWorksheet(spec: SheetSpec): XLSX.WorkSheet {
  const { table } = spec
  const width = table.columns.length
  const data: XLSX.CellObject[][] = new Array(table.rows.length + 1)
  // Header cells carry the text format '@': the one style the package patch makes bold.
  data[0] = table.columns.map((c) => ({
    t: 's',
    v: neutraliseFormula(c.header),
    ...(spec.styledHeader && { z: HEADER_FORMAT }),
  }))
  const formats = table.columns.map((c) => (c.kind === 'datetime' ? DATETIME_FORMAT : DATE_FORMAT))
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!
    const cells: XLSX.CellObject[] = new Array(width)
    for (let c = 0; c < width; c++) {
      const v = row[c]
      if (typeof v === 'string') {
        if (v !== '') cells[c] = { t: 's', v: neutraliseFormula(v) }
      } else if (isDateValue(v)) {
        const serial = localToSerial(v.date, false)
        // A date Excel cannot show (before 1900) stays readable as text.
        cells[c] =
          serial !== null && serial >= 1
            ? { t: 'n', v: serial, z: formats[c]! }
            : { t: 's', v: neutraliseFormula(v.date) }
      }
    }
    data[r + 1] = cells
  }
  const lastRow = table.rows.length
  const ref = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: lastRow, c: Math.max(0, width - 1) },
  })
  const ws: XLSX.WorkSheet = { '!data': data, '!ref': ref } as unknown as XLSX.WorkSheet
  ws['!cols'] = (spec.widths ?? fitWidths(table)).map((wch) => ({ wch }))
  if (spec.autofilter && width > 0) ws['!autofilter'] = { ref }
  return ws
}

/** The workbook's bytes (a compressed zip). */
export function writeXlsx(sheets: readonly SheetSpec[], options: XlsxOptions = {}): Uint8Array {
  const wb = XLSX.utils.book_new()
  const patches: SheetPatch[] = []
  sheets.forEach((spec, i) => {
    XLSX.utils.book_append_sheet(wb, toWorksheet(spec), spec.name)
    patches.push({
      index: i,
      freezeHeader: Boolean(spec.styledHeader),
      validations: spec.validations ?? [],
    })
  })
  wb.Workbook = {
    Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })),
  }
  if (options.title) wb.Props = { Title: options.title, Author: 'Sekretariat' }
  options.onStage?.('writing')
  // 'buffer' is a Node Buffer in Node and a Uint8Array in the browser: both skip the slow
  // binary-string path that type 'array' takes. Uncompressed here, compressed once below.
  const plain = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: false })
  options.onStage?.('packing')
  return patchPackage(asBytes(plain), patches)
}

export function asBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array)
    return data.constructor === Uint8Array
      ? data
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  throw new TypeError('SheetJS returned no bytes')
}
