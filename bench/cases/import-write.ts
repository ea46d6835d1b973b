import type { BenchCase } from '../types'

/**
 * The import's write step alone (a planned file of new people written by the app, journal and
 * all) beside raw IndexedDB adds of the very records it writes: how close the app's write is to
 * what IndexedDB itself costs for them.
 */
export const importWrite: BenchCase = {
  name: 'import-write',
  sizes: [10_000, 50_000],
  runtime: 'browser',
  warmup: 1,
  iterations: 3,
  load: () => import('./import-write.in-browser').then((m) => m.impl),
}
