import type { BenchCase } from '../types'

/** Applying the filter bar (status, mode and delegation at once) to every participant. */
export const registryFilter: BenchCase = {
  name: 'registry-filter',
  sizes: [10_000, 100_000],
  runtime: 'node',
  warmup: 2,
  iterations: 9,
  load: () => import('./registry-filter.in-node').then((m) => m.impl),
}
