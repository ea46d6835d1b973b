// Identifies a file by its bytes, never by its name: embassies rename, mail servers rewrite
// extensions, and a PNG called "peserta.xlsx" must be refused politely, not parsed.
import * as XLSX from 'xlsx'
import { guardZip, type ZipEntry } from './zip-guard'
import { defaultLimits, fileProblem, type FileKind, type ImportLimits, type Problem } from './types'

export type SniffResult =
  { ok: true; kind: FileKind; bytes: Uint8Array } | { ok: false; problem: Problem }

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  sig.every((x, i) => b[at + i] === x)
const ascii = (s: string): number[] => [...s].map((ch) => ch.charCodeAt(0))

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
/** Common non-spreadsheet formats that embassies attach by mistake (scans, PDFs, archives). */
const OTHER_MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF8'),
  ascii('%PDF'),
  [0x1f, 0x8b], // gzip
  ascii('7z\xbc\xaf'),
  ascii('Rar!'),
  ascii('BZh'),
  ascii('RIFF'),
  ascii('II*\0'), // TIFF
  ascii('MM\0*'),
  ascii('\x7fELF'),
  ascii('MZ'),
]

const no = (code: Problem['code'], extra: Partial<Problem> = {}): SniffResult => ({
  ok: false,
  problem: fileProblem(code, extra),
})

export function sniffBytes(bytes: Uint8Array, limits: ImportLimits = defaultLimits): SniffResult {
  if (bytes.length === 0) return no('empty')
  if (bytes.length > limits.maxBytes) return no('too_large', { limit: limits.maxBytes })
  if (startsWith(bytes, ZIP)) return sniffZip(bytes, limits)
  if (startsWith(bytes, EMPTY_ZIP)) return no('not_spreadsheet')
  if (startsWith(bytes, CFB)) return sniffCfb(bytes)
  if (OTHER_MAGIC.some((sig) => startsWith(bytes, sig))) return no('not_spreadsheet')
  if (looksBinary(bytes)) return no('not_spreadsheet')
  return { ok: true, kind: 'text', bytes }
}

function sniffZip(bytes: Uint8Array, limits: ImportLimits): SniffResult {
  const checked = guardZip(bytes, limits)
  if (!checked.ok) return no(checked.code, checked.detail ? { detail: checked.detail } : {})
  const names = new Set(checked.entries.map((e) => e.name.toLowerCase()))
  if (names.has('xl/workbook.xml')) return { ok: true, kind: 'xlsx', bytes: checked.bytes }
  if (names.has('xl/workbook.bin')) return { ok: true, kind: 'xlsb', bytes: checked.bytes }
  if (names.has('content.xml') && isOdsMimetype(bytes, checked.entries)) {
    return { ok: true, kind: 'ods', bytes: checked.bytes }
  }
  return no('not_spreadsheet')
}

/** ODF stores "mimetype" uncompressed first; a text document or slides say so there. */
function isOdsMimetype(bytes: Uint8Array, entries: readonly ZipEntry[]): boolean {
  const entry = entries.find((e) => e.name === 'mimetype')
  if (!entry) return true // content.xml alone: let SheetJS try
  if (entry.method !== 0) return true // unusual; let SheetJS decide
  if (entry.compressedSize > 200) return false
  const p = entry.localOffset
  const nameLen = bytes[p + 26]! | (bytes[p + 27]! << 8)
  const extraLen = bytes[p + 28]! | (bytes[p + 29]! << 8)
  const start = p + 30 + nameLen + extraLen
  const text = new TextDecoder().decode(bytes.subarray(start, start + entry.compressedSize))
  return text.trim() === 'application/vnd.oasis.opendocument.spreadsheet'
}

function sniffCfb(bytes: Uint8Array): SniffResult {
  let paths: string[]
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' }) as { FullPaths?: unknown }
    paths = Array.isArray(cfb.FullPaths) ? cfb.FullPaths.map((p) => String(p).toLowerCase()) : []
  } catch {
    return no('truncated')
  }
  const has = (stream: string): boolean => paths.some((p) => p.endsWith('/' + stream))
  // A password-protected .xlsx is not a zip at all: it is CFB wrapping the encrypted package.
  if (has('encryptioninfo') || has('encryptedpackage')) return no('encrypted')
  if (has('workbook') || has('book')) return { ok: true, kind: 'xls', bytes }
  return no('not_spreadsheet')
}

/**
 * Binary that no magic number caught. UTF-16 text without a BOM is full of NULs too, but in
 * every other byte only, so it is let through for the decoder to recognise.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let nul = 0
  let control = 0
  let nulEven = 0
  for (let i = 0; i < n; i++) {
    const x = bytes[i]!
    if (x === 0) {
      nul++
      if (i % 2 === 0) nulEven++
    } else if (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c) control++
  }
  const utf16 = nul > n * 0.3 && (nulEven > nul * 0.95 || nulEven < nul * 0.05)
  if (utf16 || startsWithBom(bytes)) return false
  return nul > 0 || control > n * 0.05
}

function startsWithBom(b: Uint8Array): boolean {
  return (
    startsWith(b, [0xef, 0xbb, 0xbf]) || startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])
  )
}
