import type { BenchCase } from '../types'

/**
 * Not a shipped code path: the evidence for a storage decision. The records an import of new
 * people writes, stored as blocks of 1,000 rows, beside the same records one per IndexedDB record
 * as the app stores them today (docs/performance.md, "Import").
 */
export const storageBlocks: BenchCase = {
  name: 'storage-blocks',
  sizes: [10_000],
  runtime: 'browser',
  warmup: 1,
  iterations: 5,
  load: () => import('./storage-blocks.in-browser').then((m) => m.impl),
}
