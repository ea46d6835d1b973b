import type { BenchCase } from '../types'

/** Checking contact records against the app's schema, as every import does for each row. */
export const contactsValidate: BenchCase = {
  name: 'contacts-validate',
  // Spreadsheet-sized: imports are hundreds to thousands of rows.
  sizes: [1_000, 10_000],
  runtime: 'node',
  // zod 4 compiles each object parser on first use; cheap iterations, so warm up well.
  warmup: 3,
  load: () => import('./contacts-validate.in-node').then((m) => m.impl),
}
