import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { timeLeft } from './time-left'

describe('timeLeft', () => {
  it('applies the rate so far to what remains, rounded up to 5 seconds', () => {
    // 10,000 of 50,000 rows in 4 s: 40,000 more take 16 s, shown as 20.
    expect(timeLeft(4_000, 10_000, 50_000)).toEqual({ unit: 'second', value: 20 })
    expect(timeLeft(2_000, 25_000, 50_000)).toEqual({ unit: 'second', value: 5 })
  })

  it('speaks in whole minutes from a minute on', () => {
    expect(timeLeft(30_000, 10_000, 50_000)).toEqual({ unit: 'minute', value: 2 })
    expect(timeLeft(15_000, 10_000, 50_000)).toEqual({ unit: 'minute', value: 1 })
  })

  it('says nothing too early, when done, or for nonsense', () => {
    expect(timeLeft(500, 5_000, 50_000)).toBeNull() // under a second of evidence
    expect(timeLeft(5_000, 500, 50_000)).toBeNull() // 1 % done
    expect(timeLeft(5_000, 50_000, 50_000)).toBeNull()
    expect(timeLeft(5_000, 0, 50_000)).toBeNull()
    expect(timeLeft(5_000, 10, 0)).toBeNull()
    expect(timeLeft(Number.NaN, 10, 100)).toBeNull()
    expect(timeLeft(Number.POSITIVE_INFINITY, 10, 100)).toBeNull()
  })

  it('never promises less than the work at its rate so far needs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 10_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (elapsed, a, b) => {
          const [done, total] = a < b ? [a, b] : [b, a + b]
          const left = timeLeft(elapsed, done, total)
          if (!left) return
          const shownMs = left.value * (left.unit === 'minute' ? 60_000 : 1_000)
          expect(shownMs).toBeGreaterThanOrEqual((elapsed / done) * (total - done) - 1e-6)
        },
      ),
    )
  })
})
