// IANA time zones as the platform knows them (Intl is part of ECMAScript, so this stays pure).

let cachedZones: readonly string[] | undefined

/** Every IANA zone the platform supports, plus UTC, sorted. */
export function allTimeZones(): readonly string[] {
  if (!cachedZones) {
    const zones = new Set(Intl.supportedValuesOf('timeZone'))
    zones.add('UTC')
    cachedZones = [...zones].sort()
  }
  return cachedZones
}

export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** A formatter giving a zone's wall clock in parts, for offsetWith. */
export function wallClockFormat(zone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
}

/** The offset from UTC, in minutes, of the zone `format` was made for (wallClockFormat). */
export function offsetWith(format: Intl.DateTimeFormat, at: Date): number {
  const parts = format.formatToParts(at)
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  )
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000)
}

/** The zone's offset from UTC at an instant, in minutes (e.g. +420 for Asia/Jakarta). */
export function zoneOffsetMinutes(zone: string, at: Date): number {
  return offsetWith(wallClockFormat(zone), at)
}

/** "UTC+07:00" style label for pickers. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+'
  const abs = Math.abs(minutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `UTC${sign}${hh}:${mm}`
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/**
 * The UTC instant of a wall-clock time in a zone ("2026-08-01T09:00" in Asia/Jakarta →
 * "2026-08-01T02:00:00.000Z"). In a daylight-saving gap the time is read with the offset before
 * the change; in an overlap the earlier instant is chosen. undefined for malformed input.
 */
export function zonedLocalToUtc(local: string, zone: string): string | undefined {
  const m = LOCAL.exec(local)
  if (!m || !isValidTimeZone(zone)) return undefined
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== day) return undefined
  // Two passes settle the offset on either side of a transition.
  let guess = asUtc - zoneOffsetMinutes(zone, new Date(asUtc)) * 60_000
  guess = asUtc - zoneOffsetMinutes(zone, new Date(guess)) * 60_000
  return new Date(guess).toISOString()
}

/** The wall-clock "YYYY-MM-DDTHH:mm" of an instant in a zone, for date-time inputs. */
export function utcToZonedLocal(instant: string, zone: string): string {
  const at = new Date(instant)
  const shifted = new Date(at.getTime() + zoneOffsetMinutes(zone, at) * 60_000)
  return shifted.toISOString().slice(0, 16)
}
