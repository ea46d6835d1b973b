import type { BenchCase } from '../types'

/** Clicking the Delegation column header: every participant re-sorted by delegation, then name. */
export const registrySort: BenchCase = {
  name: 'registry-sort',
  sizes: [10_000, 100_000],
  runtime: 'node',
  warmup: 2,
  iterations: 9,
  load: () => import('./registry-sort.in-node').then((m) => m.impl),
}
