// Wall-clock times in the event's zone for many instants at once. The same arithmetic as
// utcToZonedLocal (time/zones.ts), but with one Intl formatter per zone and the offset cached per
// quarter hour (no zone changes its offset off a quarter-hour boundary): an export of 100,000
// arrivals and departures would otherwise build 200,000 formatters.

import { offsetWith, wallClockFormat } from '../time/zones'

const QUARTER_HOUR = 900_000

export function zonedLocalFormatter(zone: string): (instant: string) => string {
  const format = wallClockFormat(zone)
  const offsets = new Map<number, number>()
  const offsetAt = (ms: number): number => {
    const bucket = Math.floor(ms / QUARTER_HOUR)
    let offset = offsets.get(bucket)
    if (offset === undefined) {
      offset = offsetWith(format, new Date(bucket * QUARTER_HOUR))
      offsets.set(bucket, offset)
    }
    return offset
  }
  return (instant) => {
    const ms = new Date(instant).getTime()
    return new Date(ms + offsetAt(ms) * 60_000).toISOString().slice(0, 16)
  }
}
