import { describe, expect, it } from 'vitest'
import { median, percentile } from './stats'

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([7])).toBe(7)
  })

  it('averages the two middle samples of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2]
    median(samples)
    expect(samples).toEqual([3, 1, 2])
  })

  it('refuses an empty sample set', () => {
    expect(() => median([])).toThrow('no samples')
  })
})

describe('percentile (nearest rank)', () => {
  it('is the slowest of 7 samples at p95', () => {
    expect(percentile([10, 11, 12, 13, 14, 15, 40], 95)).toBe(40)
  })

  it('picks rank ceil(p * n) among 20 samples', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i) // 20..1, unsorted on purpose
    expect(percentile(samples, 95)).toBe(19)
    expect(percentile(samples, 50)).toBe(10)
    expect(percentile(samples, 100)).toBe(20)
    expect(percentile(samples, 1)).toBe(1)
  })

  it('refuses percentiles outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow()
    expect(() => percentile([1], 101)).toThrow()
  })
})
