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

/** The zone's offset from UTC at an instant, in minutes (e.g. +420 for Asia/Jakarta). */
export function zoneOffsetMinutes(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at)
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

/** "UTC+07:00" style label for pickers. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+'
  const abs = Math.abs(minutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `UTC${sign}${hh}:${mm}`
}
