// The parts of an .xlsx that SheetJS Community Edition does not write, added to the package it
// wrote: a bold, shaded header style (styles.xml), a frozen first row (<pane> in the sheet view)
// and drop-down lists (<dataValidations>). Each edit looks for the exact markup SheetJS emits and
// throws if it is missing, so a SheetJS upgrade that changes it fails the tests, not the user.
// Only the first bytes of a big sheet are decoded: the header and view come before the data.
import * as XLSX from 'xlsx'
import type { ListValidation } from './xlsx-writer'

/** The number format that marks header cells ('@', text: numFmtId 49). */
export const HEADER_FORMAT = '@'

export interface SheetPatch {
  /** 0-based sheet index (SheetJS writes sheet i as xl/worksheets/sheet{i+1}.xml). */
  index: number
  freezeHeader: boolean
  validations: readonly ListValidation[]
}

interface CfbEntry {
  content: Uint8Array | number[] | string
  size: number
}
interface CfbContainer {
  FullPaths: string[]
  FileIndex: CfbEntry[]
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export function patchPackage(zip: Uint8Array, patches: readonly SheetPatch[]): Uint8Array {
  const cfb = XLSX.CFB.read(zip, { type: 'buffer' }) as unknown as CfbContainer
  const entry = (path: string): CfbEntry => {
    const i = cfb.FullPaths.findIndex((p) => p.endsWith('/' + path))
    const found = i >= 0 ? cfb.FileIndex[i] : undefined
    if (!found) throw new Error(`xlsx package: ${path} missing`)
    return found
  }
  const replace = (e: CfbEntry, bytes: Uint8Array): void => {
    e.content = bytes
    e.size = bytes.length
  }
  const styles = entry('xl/styles.xml')
  replace(styles, encoder.encode(boldHeaderStyles(decoder.decode(bytesOf(styles)))))
  for (const patch of patches) {
    if (!patch.freezeHeader && patch.validations.length === 0) continue
    const sheet = entry(`xl/worksheets/sheet${patch.index + 1}.xml`)
    let bytes = bytesOf(sheet)
    if (patch.freezeHeader) bytes = freezeFirstRow(bytes)
    if (patch.validations.length > 0)
      bytes = encoder.encode(addValidations(decoder.decode(bytes), patch.validations))
    replace(sheet, bytes)
  }
  const out: unknown = XLSX.CFB.write(cfb as never, {
    fileType: 'zip',
    type: 'buffer',
    compression: true,
  })
  if (!(out instanceof Uint8Array)) throw new Error('xlsx package: zip writer returned no bytes')
  return out.constructor === Uint8Array
    ? out
    : new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
}

function bytesOf(e: CfbEntry): Uint8Array {
  if (e.content instanceof Uint8Array) return e.content
  if (typeof e.content === 'string') return encoder.encode(e.content)
  return Uint8Array.from(e.content)
}

const BOLD_FILL =
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F1"/><bgColor indexed="64"/></patternFill></fill>'

/** Adds a bold font and a shaded fill, and gives them to the cell format of '@' cells. */
export function boldHeaderStyles(xml: string): string {
  const fonts = /<fonts count="(\d+)">([\s\S]*?)<\/fonts>/.exec(xml)
  const fills = /<fills count="(\d+)">([\s\S]*?)<\/fills>/.exec(xml)
  const firstFont = fonts ? /<font>([\s\S]*?)<\/font>/.exec(fonts[2]!) : null
  if (!fonts || !fills || !firstFont) throw new Error('xlsx package: unexpected styles.xml')
  const fontId = Number(fonts[1])
  const fillId = Number(fills[1])
  const headerXf = /<xf numFmtId="49" fontId="0" fillId="0"/
  if (!headerXf.test(xml)) return xml // no styled header in this workbook
  return xml
    .replace(
      fonts[0],
      `<fonts count="${fontId + 1}">${fonts[2]}<font><b/>${firstFont[1]}</font></fonts>`,
    )
    .replace(fills[0], `<fills count="${fillId + 1}">${fills[2]}${BOLD_FILL}</fills>`)
    .replace(
      headerXf,
      `<xf numFmtId="49" fontId="${fontId}" fillId="${fillId}" applyFont="1" applyFill="1"`,
    )
}

const PLAIN_VIEW = encoder.encode('<sheetView workbookViewId="0"/>')
const FROZEN_VIEW = encoder.encode(
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>',
)

/** Freezes row 1: the sheet view sits before the columns and data, in the first few KB. */
export function freezeFirstRow(sheet: Uint8Array): Uint8Array {
  const at = indexOfBytes(sheet, PLAIN_VIEW, Math.min(sheet.length, 4096))
  if (at < 0) throw new Error('xlsx package: sheet view not found')
  const out = new Uint8Array(sheet.length - PLAIN_VIEW.length + FROZEN_VIEW.length)
  out.set(sheet.subarray(0, at), 0)
  out.set(FROZEN_VIEW, at)
  out.set(sheet.subarray(at + PLAIN_VIEW.length), at + FROZEN_VIEW.length)
  return out
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, limit: number): number {
  const first = needle[0]
  outer: for (let i = 0; i + needle.length <= limit; i++) {
    if (haystack[i] !== first) continue
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

function columnLetters(index: number): string {
  return XLSX.utils.encode_col(index)
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Drop-down lists, placed where the schema wants them: after sheetData, autoFilter, merges. */
export function addValidations(xml: string, validations: readonly ListValidation[]): string {
  const items = validations.map((v) => {
    const col = columnLetters(v.column)
    return (
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" ` +
      `sqref="${col}${v.firstRow}:${col}${v.lastRow}"><formula1>${escapeXml(v.source)}</formula1></dataValidation>`
    )
  })
  const block = `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`
  const after = [/<\/sheetData>/, /<autoFilter [^>]*\/>/, /<\/mergeCells>/]
  let at = -1
  for (const re of after) {
    const m = re.exec(xml)
    if (m) at = Math.max(at, m.index + m[0].length)
  }
  if (at < 0) throw new Error('xlsx package: sheet data not found')
  return xml.slice(0, at) + block + xml.slice(at)
}
