// Time in a session from a list of joins: a person who drops out and rejoins, or joins from a
// laptop and a phone at once, is counted once for every minute they were there. Intervals are
// [start, end) in milliseconds.

export interface Interval {
  start: number
  end: number
}

/** The union of intervals, sorted, with overlapping or touching ones merged. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start)
  const out: Interval[] = []
  for (const i of sorted) {
    const last = out[out.length - 1]
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end)
    else out.push({ ...i })
  }
  return out
}

/** The parts of intervals that fall inside [from, to). */
export function clipIntervals(
  intervals: readonly Interval[],
  from: number,
  to: number,
): Interval[] {
  return intervals
    .map((i) => ({ start: Math.max(i.start, from), end: Math.min(i.end, to) }))
    .filter((i) => i.end > i.start)
}

/** Whole minutes covered by the union of intervals, clipped to [from, to). */
export function presentMinutes(intervals: readonly Interval[], from: number, to: number): number {
  const ms = mergeIntervals(clipIntervals(intervals, from, to)).reduce(
    (sum, i) => sum + (i.end - i.start),
    0,
  )
  return Math.round(ms / 60_000)
}
