import type { BenchCase } from '../types'

/** Opening the app's database and reading every contact: the floor under any registry view. */
export const dbOpenRead: BenchCase = {
  name: 'db-open-read',
  sizes: [10_000, 100_000],
  runtime: 'browser',
  load: () => import('./db-open-read.in-browser').then((m) => m.impl),
}
