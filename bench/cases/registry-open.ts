import type { BenchCase } from '../types'

/**
 * Opening the participants screen of an event: the database opened, the event's registry read,
 * table rows built and sorted by name, i.e. everything before the table's first paint.
 */
export const registryOpen: BenchCase = {
  name: 'registry-open',
  sizes: [10_000, 100_000],
  runtime: 'browser',
  // Each iteration reads 200,000 records at the larger size: 5 are enough to see the spread.
  iterations: 5,
  load: () => import('./registry-open.in-browser').then((m) => m.impl),
}
