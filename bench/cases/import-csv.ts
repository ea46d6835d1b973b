import type { BenchCase } from '../types'

/** Importing a UTF-8 .csv end to end, beside SheetJS parse + one Dexie bulkPut. */
export const importCsv: BenchCase = {
  name: 'import-csv',
  sizes: [10_000, 50_000],
  runtime: 'browser',
  warmup: 1,
  iterations: 3,
  load: () => import('./import-csv.in-browser').then((m) => m.impl),
}
