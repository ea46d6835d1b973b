import type { BenchCase } from '../types'

/**
 * Importing an .xlsx through the app end to end (worker parse, header, mapping, row checks,
 * matching, plan, one-transaction write) beside SheetJS parse + one Dexie bulkPut.
 */
export const importXlsx: BenchCase = {
  name: 'import-xlsx',
  sizes: [10_000, 50_000],
  runtime: 'browser',
  // Seconds per iteration, and each writes a fresh database: few iterations.
  warmup: 1,
  iterations: 3,
  load: () => import('./import-xlsx.in-browser').then((m) => m.impl),
}
