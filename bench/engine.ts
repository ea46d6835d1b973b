// Runs one case at one size: setup, warm-up, measured iterations, teardown. Runtime-agnostic:
// the Node runner and the bench page each pass their own clock, heap reading and GC hook.
import type { BenchCase, CaseImpl, RawSamples } from './types'

export interface Probe {
  now(): number
  /** Bytes of JS heap in use, or null when the runtime cannot tell. */
  heapBytes(): number | null
  /** Collect garbage when exposed, so one iteration's garbage is not collected in the next. */
  gc?(): void
}

export interface EngineOptions {
  warmup: number
  iterations: number
}

export const DEFAULT_WARMUP = 1
export const DEFAULT_ITERATIONS = 7

export function engineOptions(c: Pick<BenchCase, 'warmup' | 'iterations'>): EngineOptions {
  return { warmup: c.warmup ?? DEFAULT_WARMUP, iterations: c.iterations ?? DEFAULT_ITERATIONS }
}

// Holds the last result until the heap has been read, so peak memory includes it.
let _lastResult: unknown

export async function runIterations<S>(
  impl: CaseImpl<S>,
  size: number,
  options: EngineOptions,
  probe: Probe,
): Promise<RawSamples> {
  // Peak is reported as growth over this reading, so the harness's own heap (tsx, Vite,
  // Playwright in Node; the bundle in the page) does not count against the case.
  probe.gc?.()
  const startBytes = probe.heapBytes()
  const setupStart = probe.now()
  const state = await impl.setup(size)
  const setupMs = probe.now() - setupStart
  const samples: RawSamples = { measuredMs: [], baselineMs: [], setupMs, peakBytes: null }
  try {
    for (let i = 0; i < options.warmup + options.iterations; i++) {
      // Alternate which side goes first, so drift (caches, GC debt) does not favour one side.
      const order =
        i % 2 === 0 ? (['measured', 'baseline'] as const) : (['baseline', 'measured'] as const)
      for (const side of order) {
        _lastResult = undefined
        probe.gc?.()
        const start = probe.now()
        _lastResult = await impl[side](state)
        const ms = probe.now() - start
        if (side === 'measured') {
          const heap = probe.heapBytes()
          if (heap !== null && startBytes !== null) {
            samples.peakBytes = Math.max(samples.peakBytes ?? 0, heap - startBytes)
          }
        }
        if (i >= options.warmup)
          (side === 'measured' ? samples.measuredMs : samples.baselineMs).push(ms)
        await impl.afterEach?.(state)
      }
    }
  } finally {
    _lastResult = undefined
    await impl.teardown?.(state)
  }
  return samples
}
