import type { BenchCase } from '../types'

/**
 * What the participants screen of a large event shows first, while the event is read whole
 * (features/registry/use-event-registry.ts): the database opened, the first page of
 * participants read with their contacts, its rows built and sorted by name.
 */
export const registryFirstRows: BenchCase = {
  name: 'registry-first-rows',
  sizes: [10_000, 100_000],
  runtime: 'browser',
  load: () => import('./registry-first-rows.in-browser').then((m) => m.impl),
}
