import { keystrokes } from '../data/queries'
import type { BenchCase } from '../types'

/**
 * Search latency per keystroke: typing four realistic queries into the participants search,
 * character by character, clearing the field between them. One sample is one keystroke, so the
 * median and p95 are over keystrokes (each measured once; the warm-up types the first few).
 */
export const registrySearch: BenchCase = {
  name: 'registry-search',
  sizes: [10_000, 100_000],
  runtime: 'node',
  warmup: 2,
  iterations: keystrokes().length,
  load: () => import('./registry-search.in-node').then((m) => m.impl),
}
