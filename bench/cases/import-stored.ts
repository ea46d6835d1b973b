import type { BenchCase } from '../types'

// Importing a file end to end (as import-xlsx / import-csv) beside the raw cost of the same work
// in the registry's shape: SheetJS parse + one Dexie bulkPut of the records the registry stores
// for those rows (a contact and a participation each, in the app's schema).

export const importStoredXlsx: BenchCase = {
  name: 'import-stored-xlsx',
  sizes: [10_000, 50_000],
  runtime: 'browser',
  warmup: 1,
  iterations: 3,
  load: () => import('./import-stored-xlsx.in-browser').then((m) => m.impl),
}

export const importStoredCsv: BenchCase = {
  name: 'import-stored-csv',
  sizes: [10_000, 50_000],
  runtime: 'browser',
  warmup: 1,
  iterations: 3,
  load: () => import('./import-stored-csv.in-browser').then((m) => m.impl),
}
