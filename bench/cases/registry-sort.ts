import type { BenchCase } from '../types'

/** Clicking the Delegation column header: every participant re-sorted by delegation, then name. */
export const registrySort: BenchCase = {
  name: 'registry-sort',
  sizes: [10_000, 100_000],
  runtime: 'node',
  warmup: 1,
  iterations: 7,
  load: () => import('./registry-sort.in-node').then((m) => m.impl),
}
