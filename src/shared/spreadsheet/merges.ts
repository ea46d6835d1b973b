// Merged cells hold their value in the top-left cell only. Header merges spread the label
// across (a group label over Email | Phone); data merges fill down (a country merged down
// its delegation). A merge range is clamped to the grid so a forged "A1:XFD1048576" costs nothing.
import type { CellRange, CellValue } from './types'

/** Cells a hostile file can make us write: thousands of whole-sheet merges would stall otherwise. */
export const MERGE_CELL_BUDGET = 2_000_000

/**
 * A copy of `rows` with merges expanded. A merge starting above `fullUntil` (the title and
 * header area) fills its whole range; one starting below (data) fills down its first column.
 */
export function expandMerges(
  rows: readonly CellValue[][],
  merges: readonly CellRange[],
  fullUntil = Infinity,
): CellValue[][] {
  if (merges.length === 0) return rows as CellValue[][]
  const out = rows.slice()
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0)
  const copied = new Set<number>()
  let budget = MERGE_CELL_BUDGET
  const writable = (r: number): CellValue[] => {
    if (!copied.has(r)) {
      out[r] = (out[r] ?? []).slice()
      copied.add(r)
    }
    return out[r]!
  }
  for (const m of merges) {
    const r0 = m.s.r
    const c0 = m.s.c
    if (r0 >= rows.length || c0 >= width) continue
    const value = rows[r0]?.[c0] ?? null
    if (value === null) continue
    const r1 = Math.min(m.e.r, rows.length - 1)
    const c1 = r0 < fullUntil ? Math.min(m.e.c, width - 1) : c0
    budget -= (r1 - r0 + 1) * (c1 - c0 + 1)
    if (budget < 0) break
    for (let r = r0; r <= r1; r++) {
      const row = writable(r)
      for (let c = c0; c <= c1; c++) {
        if (r === r0 && c === c0) continue
        while (row.length < c) row.push(null)
        row[c] = value
      }
    }
  }
  return out
}

/** The horizontal merges (two or more columns) that start on row `r`. */
export function horizontalMergesOn(merges: readonly CellRange[], r: number): CellRange[] {
  return merges.filter((m) => m.s.r === r && m.e.c > m.s.c)
}
