// Turns raw samples into result rows and prints them. Pure: unit-tested in report.test.ts.
import { DEFAULT_ITERATIONS, DEFAULT_WARMUP } from './engine'
import { median, percentile } from './stats'
import type { BenchResult, RawSamples } from './types'

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** The JSON and the table share these rounded figures, so they always agree. */
export function toResult(name: string, size: number, samples: RawSamples): BenchResult {
  const medianMs = median(samples.measuredMs)
  const baselineMs = median(samples.baselineMs)
  return {
    case: name,
    size,
    median_ms: round(medianMs, 2),
    p95_ms: round(percentile(samples.measuredMs, 95), 2),
    baseline_median_ms: round(baselineMs, 2),
    // Below timer resolution the ratio is meaningless; report it as 0 rather than Infinity.
    ratio: baselineMs > 0 ? round(medianMs / baselineMs, 2) : 0,
    peak_mb: samples.peakBytes === null ? null : round(samples.peakBytes / 1024 / 1024, 1),
  }
}

const columns: { title: string; cell: (r: BenchResult) => string; left?: boolean }[] = [
  { title: 'case', cell: (r) => r.case, left: true },
  { title: 'size', cell: (r) => r.size.toLocaleString('en-US') },
  { title: 'median ms', cell: (r) => r.median_ms.toFixed(2) },
  { title: 'p95 ms', cell: (r) => r.p95_ms.toFixed(2) },
  { title: 'baseline median ms', cell: (r) => r.baseline_median_ms.toFixed(2) },
  { title: 'ratio', cell: (r) => r.ratio.toFixed(2) },
  { title: 'peak MB¹', cell: (r) => (r.peak_mb === null ? 'n/a' : r.peak_mb.toFixed(1)) },
]

export function formatTable(results: readonly BenchResult[]): string {
  const cells = results.map((r) => columns.map((c) => c.cell(r)))
  const widths = columns.map((c, i) =>
    Math.max(c.title.length, ...cells.map((row) => row[i]!.length)),
  )
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (columns[i]!.left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()
  const header = line(columns.map((c) => c.title))
  return [header, '-'.repeat(header.length), ...cells.map(line)].join('\n')
}

export const FOOTNOTE = `Each case: ${DEFAULT_WARMUP} warm-up, then ${DEFAULT_ITERATIONS} iterations (unless the case says otherwise); median,
and p95 by nearest rank (with 7 samples p95 is the slowest). The baseline is the raw platform
cost of the same work, measured in the same run, alternating with the measured side;
ratio = median / baseline median.
¹ Peak JS heap growth: the highest heap reading right after a measured iteration (its result
  still held) minus the reading before setup; so it includes the case's seeded state. Browser
  cases: performance.memory.usedJSHeapSize (Chromium --enable-precise-memory-info); node
  cases: process.memoryUsage().heapUsed. Garbage is collected before every iteration.`
