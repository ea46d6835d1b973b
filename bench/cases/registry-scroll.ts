import type { BenchCase } from '../types'

// Few steps: the engine collects garbage before each, and with 100,000 rows held that costs more
// than the step itself. 40 steps: 8 jumps, each followed by 4 wheel notches.
export const SCROLL_STEPS = 40
export const NOTCHES_PER_JUMP = 4

/**
 * Scrolling the participants table: one sample is one scroll step (a random jump or a 100 px
 * wheel notch), timed from setting scrollTop until the frame after the table shows the rows
 * for the new position.
 */
export const registryScroll: BenchCase = {
  name: 'registry-scroll',
  sizes: [10_000, 100_000],
  runtime: 'browser',
  warmup: 2,
  iterations: SCROLL_STEPS,
  load: () => import('./registry-scroll.in-browser').then((m) => m.impl),
}
