import { describe, expect, it } from 'vitest'
import { formatTable, toResult } from './report'

describe('toResult', () => {
  it('computes median, nearest-rank p95, ratio and peak MB, rounded', () => {
    const result = toResult('db-open-read', 10_000, {
      measuredMs: [12, 10, 11, 13, 30, 10.5, 11.5],
      baselineMs: [5, 5.5, 4.5, 5, 6, 5, 5],
      setupMs: 0,
      peakBytes: 52_428_800,
    })
    expect(result).toEqual({
      case: 'db-open-read',
      size: 10_000,
      median_ms: 11.5,
      p95_ms: 30,
      baseline_median_ms: 5,
      ratio: 2.3,
      peak_mb: 50,
    })
  })

  it('keeps a missing heap reading as null and a zero baseline from dividing', () => {
    const result = toResult('x', 1, {
      measuredMs: [1],
      baselineMs: [0],
      setupMs: 0,
      peakBytes: null,
    })
    expect(result.peak_mb).toBeNull()
    expect(result.ratio).toBe(0)
  })
})

describe('formatTable', () => {
  it('aligns every row under the header', () => {
    const rows = [
      toResult('db-open-read', 100_000, {
        measuredMs: [812.3],
        baselineMs: [600],
        setupMs: 0,
        peakBytes: null,
      }),
      toResult('x', 10, { measuredMs: [1], baselineMs: [1], setupMs: 0, peakBytes: 1024 * 1024 }),
    ]
    const lines = formatTable(rows).split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/^case\s+size\s+median ms/)
    expect(lines[2]).toContain('100,000')
    expect(lines[2]).toContain('n/a')
    // Right-aligned numbers: every row ends at the same column as the header.
    expect(new Set(lines.map((l) => l.length)).size).toBe(1)
  })
})
