import { describe, expect, it } from 'vitest'
import { runIterations, type Probe } from './engine'
import type { CaseImpl } from './types'

/** A fake clock that advances by what each side "costs", and a log of what ran. */
function fixture(costs: { measured: number; baseline: number }, failOn?: number) {
  const log: string[] = []
  let clock = 0
  let heap = 100
  let calls = 0
  const impl: CaseImpl<{ size: number }> = {
    setup: async (size) => (log.push(`setup ${size}`), { size }),
    measured: async () => {
      if (++calls === failOn) throw new Error('boom')
      clock += costs.measured
      heap += 10
      log.push('m')
      return 'rows'
    },
    baseline: async () => ((clock += costs.baseline), log.push('b'), 'rows'),
    teardown: async () => void log.push('teardown'),
  }
  const probe: Probe = { now: () => clock, heapBytes: () => heap, gc: () => (heap = 100) }
  return { impl, probe, log }
}

describe('runIterations', () => {
  it('drops warm-up samples, keeps one sample per side per iteration, alternates order', async () => {
    const { impl, probe, log } = fixture({ measured: 12, baseline: 10 })
    const samples = await runIterations(impl, 50, { warmup: 1, iterations: 3 }, probe)
    expect(samples.measuredMs).toEqual([12, 12, 12])
    expect(samples.baselineMs).toEqual([10, 10, 10])
    expect(log).toEqual(['setup 50', 'm', 'b', 'b', 'm', 'm', 'b', 'b', 'm', 'teardown'])
  })

  it('runs afterEach after every side, outside the timing and after the heap reading', async () => {
    const { impl, probe, log } = fixture({ measured: 12, baseline: 10 })
    let heapWhenCleaned: number | null = null
    const withAfter: CaseImpl<{ size: number }> = {
      ...impl,
      afterEach: async () => {
        heapWhenCleaned ??= probe.heapBytes()
        log.push('after')
        probe.gc?.() // cleaning up frees memory; the peak must already be read
        await Promise.resolve()
      },
    }
    const timed = {
      ...probe,
      now: () => probe.now() + log.filter((l) => l === 'after').length * 1000,
    }
    const samples = await runIterations(withAfter, 5, { warmup: 0, iterations: 2 }, timed)
    expect(log).toEqual([
      'setup 5',
      'm',
      'after',
      'b',
      'after',
      'b',
      'after',
      'm',
      'after',
      'teardown',
    ])
    expect(samples.measuredMs).toEqual([12, 12])
    expect(samples.baselineMs).toEqual([10, 10])
    expect(heapWhenCleaned).toBe(110)
    expect(samples.peakBytes).toBe(10)
  })

  it('reads heap growth after the measured side, before garbage collection', async () => {
    const { impl, probe } = fixture({ measured: 1, baseline: 1 })
    const samples = await runIterations(impl, 1, { warmup: 0, iterations: 2 }, probe)
    expect(samples.peakBytes).toBe(10)
  })

  it('reports no peak when the runtime has no heap reading', async () => {
    const { impl, probe } = fixture({ measured: 1, baseline: 1 })
    const samples = await runIterations(
      impl,
      1,
      { warmup: 0, iterations: 1 },
      {
        ...probe,
        heapBytes: () => null,
      },
    )
    expect(samples.peakBytes).toBeNull()
  })

  it('tears down even when an iteration throws', async () => {
    const { impl, probe, log } = fixture({ measured: 1, baseline: 1 }, 2)
    await expect(runIterations(impl, 1, { warmup: 1, iterations: 3 }, probe)).rejects.toThrow(
      'boom',
    )
    expect(log.at(-1)).toBe('teardown')
  })
})
