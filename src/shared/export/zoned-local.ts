// Wall-clock times in the event's zone for many instants at once. The same arithmetic as
// utcToZonedLocal (time/zones.ts), but with one Intl formatter per zone and the offset cached per
// quarter hour (no zone changes its offset off a quarter-hour boundary): an export of 100,000
// arrivals and departures would otherwise build 200,000 formatters.

const QUARTER_HOUR = 900_000

export function zonedLocalFormatter(zone: string): (instant: string) => string {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  const offsets = new Map<number, number>()
  const offsetAt = (ms: number): number => {
    const bucket = Math.floor(ms / QUARTER_HOUR)
    let offset = offsets.get(bucket)
    if (offset === undefined) {
      const at = bucket * QUARTER_HOUR
      const parts = format.formatToParts(new Date(at))
      const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0)
      const asUtc = Date.UTC(
        get('year'),
        get('month') - 1,
        get('day'),
        get('hour'),
        get('minute'),
        get('second'),
      )
      offset = Math.round((asUtc - at) / 60_000)
      offsets.set(bucket, offset)
    }
    return offset
  }
  return (instant) => {
    const ms = new Date(instant).getTime()
    return new Date(ms + offsetAt(ms) * 60_000).toISOString().slice(0, 16)
  }
}
