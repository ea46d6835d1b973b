// Finds the header row under title blocks and blank rows, joins a two-row header whose upper
// row is a group label, and finds where the data stops (totals, notes, signatures).
import { cellText, isBlank, isDateCell, rowIsBlank } from './cell-value'
import { findFooter } from './footer'
import { bestHeaderMatch } from './header-aliases'
import { expandMerges, horizontalMergesOn } from './merges'
import type { CellRange, CellValue, SheetGrid } from './types'

export interface HeaderColumn {
  index: number
  /** What to show the user: the lower cell, or "Group Lower" for a two-row header. */
  label: string
  /** Texts to match against aliases, best first: lower cell, joined label, group label. */
  texts: string[]
}

export interface HeaderInfo {
  /** 0-based index of the first (upper) header row. */
  headerRow: number
  headerRows: 1 | 2
  columns: HeaderColumn[]
  /** Data rows are [dataStart, dataEnd). */
  dataStart: number
  dataEnd: number
  footerRow: number | null
  /** Footer-like rows inside the data (subtotals), left out. */
  skippedRows: number[]
  /** 0..1: how sure the detection is (1 when the user chose). */
  confidence: number
}

export interface HeaderOverride {
  headerRow?: number
  headerRows?: 1 | 2
}

const SCAN_ROWS = 40

interface RowScore {
  row: number
  score: number
  matches: number
}

function scoreRow(rows: readonly CellValue[][], r: number): RowScore {
  const cells = (rows[r] ?? []).filter((v) => !isBlank(v))
  const texts = new Set(cells.map((v) => cellText(v).trim()))
  let score = 0
  let matches = 0
  for (const v of cells) {
    if (typeof v !== 'string') {
      score -= isDateCell(v) ? 1.5 : 1
      continue
    }
    const t = v.trim()
    if (t.length <= 60 && !/^[\d\s+().-]+$/.test(t) && !t.includes('@')) score += 0.5
    else score -= 1
    const match = bestHeaderMatch(t)
    if (match && match.score >= 0.6) {
      score += 2 * match.score
      matches++
    }
  }
  if (texts.size < 2) score -= 2 // a title, or a lone value
  score -= cells.length - texts.size // repeated text: a merged title spread across
  // A header has data under it: look at the next few non-blank rows.
  let below = 0
  let seen = 0
  for (let i = r + 1; i < rows.length && seen < 5; i++) {
    if (rowIsBlank(rows[i])) continue
    seen++
    const filled = (rows[i] ?? []).filter((v) => !isBlank(v)).length
    if (filled >= Math.max(1, cells.length * 0.3)) below++
  }
  if (seen > 0) score += (2 * below) / seen
  return { row: r, score, matches }
}

function labelOf(v: CellValue | undefined): string {
  return cellText(v).replace(/\s+/g, ' ').trim()
}

function buildColumns(rows: readonly CellValue[][], top: number, count: 1 | 2): HeaderColumn[] {
  const lower = rows[top + count - 1] ?? []
  const upper = count === 2 ? (rows[top] ?? []) : []
  const width = Math.max(lower.length, upper.length)
  const columns: HeaderColumn[] = []
  for (let c = 0; c < width; c++) {
    const l = labelOf(lower[c])
    const u = labelOf(upper[c])
    if (!l && !u) continue
    if (!u || u === l) columns.push({ index: c, label: l, texts: [l] })
    else if (!l) columns.push({ index: c, label: u, texts: [u] })
    else columns.push({ index: c, label: `${u} ${l}`, texts: [l, `${u} ${l}`, u] })
  }
  return columns
}

/** A merge on row `upper` spanning several filled cells of the row below, narrower than a title. */
function isGroupRow(
  rows: readonly CellValue[][],
  merges: readonly CellRange[],
  upper: number,
): boolean {
  const below = rows[upper + 1] ?? []
  const width = Math.max(below.length, (rows[upper] ?? []).length)
  return horizontalMergesOn(merges, upper).some((m) => {
    const span = m.e.c - m.s.c + 1
    let filled = 0
    for (let c = m.s.c; c <= m.e.c; c++) if (!isBlank(below[c])) filled++
    return filled >= 2 && span < width * 0.8 && !isBlank(rows[upper]?.[m.s.c])
  })
}

/** The lower row holds only short labels (not data): blank, repeated from above, or under a group. */
function isSubHeaderRow(rows: readonly CellValue[][], upper: number): boolean {
  const lower = rows[upper + 1] ?? []
  return lower.every((v, c) => {
    if (isBlank(v)) return true
    if (typeof v !== 'string') return false
    return labelOf(v) === labelOf(rows[upper]?.[c]) || (v.length <= 40 && !v.includes('@'))
  })
}

export function findHeader(grid: SheetGrid, override: HeaderOverride = {}): HeaderInfo | null {
  // Detection reads only the top of the sheet (plus a few rows to see data under a header).
  const expanded = expandMerges(grid.rows.slice(0, SCAN_ROWS + 20), grid.merges)
  let top: number
  let count: 1 | 2
  let confidence = 1
  if (override.headerRow !== undefined) {
    top = override.headerRow
    count = override.headerRows ?? 1
    if (top < 0 || top + count > grid.rows.length) return null
  } else {
    const scan = Math.min(grid.rows.length, SCAN_ROWS)
    const scores: RowScore[] = []
    for (let r = 0; r < scan; r++) if (!rowIsBlank(grid.rows[r])) scores.push(scoreRow(expanded, r))
    const best = scores.reduce<RowScore | undefined>(
      (b, s) => (!b || s.score > b.score ? s : b),
      undefined,
    )
    if (!best || best.score <= 0) return null
    confidence = Math.min(1, best.matches / 3) * 0.8 + (best.matches > 0 ? 0.2 : 0)
    top = best.row
    count = 1
    if (override.headerRows === 2) {
      top = Math.max(0, best.row - 1)
      count = 2
    } else if (override.headerRows !== 1) {
      if (top > 0 && isGroupRow(expanded, grid.merges, top - 1)) [top, count] = [top - 1, 2]
      else if (isGroupRow(expanded, grid.merges, top) && isSubHeaderRow(expanded, top)) count = 2
    }
  }
  const dataStart = top + count
  const rows = expandMerges(grid.rows, grid.merges, dataStart)
  const footer = findFooter(rows, dataStart)
  return {
    headerRow: top,
    headerRows: count,
    columns: buildColumns(rows, top, count),
    dataStart,
    dataEnd: footer.dataEnd,
    footerRow: footer.footerRow,
    skippedRows: footer.skippedRows,
    confidence,
  }
}

export interface DataRow {
  /** 1-based, as Excel shows it. */
  rowNumber: number
  cells: CellValue[]
}

/** The data rows under the header: merges filled down, blank rows and repeated headers skipped. */
export function dataRows(grid: SheetGrid, header: HeaderInfo, limit = Infinity): DataRow[] {
  const rows = expandMerges(grid.rows, grid.merges, header.dataStart)
  const labels = header.columns.map(
    (col) => [col.index, normaliseLabel(col.texts[0] ?? '')] as const,
  )
  const skipped = new Set(header.skippedRows)
  const out: DataRow[] = []
  for (let r = header.dataStart; r < header.dataEnd && out.length < limit; r++) {
    const cells = rows[r] ?? []
    if (rowIsBlank(cells) || skipped.has(r)) continue
    if (!repeatsHeader(cells, labels)) out.push({ rowNumber: r + 1, cells })
  }
  return out
}

/**
 * A header repeated on each printed page: 80 % of the header's labels again. Stops at the
 * first misses that rule it out, since data rows (tens of thousands) almost never are one.
 */
function repeatsHeader(
  cells: CellValue[],
  labels: readonly (readonly [number, string])[],
): boolean {
  if (labels.length < 2) return false
  const allowedMisses = labels.length - Math.ceil(labels.length * 0.8)
  let misses = 0
  for (const [c, l] of labels) {
    if (l !== '' && normaliseLabel(labelOf(cells[c])) === l) continue
    if (++misses > allowedMisses) return false
  }
  return true
}

function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}
