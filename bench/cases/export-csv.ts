import type { BenchCase } from '../types'

/** Exporting the registry view to CSV (every field, UTF-8 with BOM, RFC 4180, formula guard). */
export const exportCsv: BenchCase = {
  name: 'export-csv',
  sizes: [50_000, 100_000],
  runtime: 'node',
  warmup: 1,
  iterations: 5,
  load: () => import('./export-csv.in-node').then((m) => m.impl),
}
