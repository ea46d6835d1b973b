import type { BenchCase } from '../types'

/** Exporting the registry view to .xlsx (every field, About sheet, styled header, compressed). */
export const exportXlsx: BenchCase = {
  name: 'export-xlsx',
  sizes: [50_000, 100_000],
  runtime: 'node',
  // Seconds per iteration at these sizes: few iterations are enough to see the ratio.
  warmup: 1,
  iterations: 3,
  load: () => import('./export-xlsx.in-node').then((m) => m.impl),
}
