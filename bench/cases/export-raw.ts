import type { BenchCase } from '../types'

// The raw SheetJS writes of export-xlsx and export-csv measured on their own, so the table shows
// their peak memory too (the harness records peak memory for the measured side only). Here both
// sides run the same raw write; the ratio is 1 by construction and means nothing.

export const exportXlsxRaw: BenchCase = {
  name: 'export-xlsx-raw',
  sizes: [50_000, 100_000],
  runtime: 'node',
  warmup: 0,
  iterations: 2,
  load: () => import('./export-raw.in-node').then((m) => m.xlsxRaw),
}

export const exportCsvRaw: BenchCase = {
  name: 'export-csv-raw',
  sizes: [50_000, 100_000],
  runtime: 'node',
  warmup: 0,
  iterations: 3,
  load: () => import('./export-raw.in-node').then((m) => m.csvRaw),
}
