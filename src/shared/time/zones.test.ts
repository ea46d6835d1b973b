import { describe, expect, it } from 'vitest'
import {
  allTimeZones,
  formatOffset,
  isValidTimeZone,
  utcToZonedLocal,
  zonedLocalToUtc,
  zoneOffsetMinutes,
} from './zones'

describe('time zones', () => {
  it('knows the Pacific zones and refuses made-up ones', () => {
    expect(allTimeZones()).toContain('Pacific/Kiritimati')
    expect(allTimeZones()).toContain('UTC')
    expect(isValidTimeZone('Pacific/Rarotonga')).toBe(true)
    expect(isValidTimeZone('Nowhere/Atlantis')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
  })

  it('gives offsets across the date line', () => {
    const at = new Date('2026-08-02T02:00:00Z')
    expect(zoneOffsetMinutes('Asia/Jakarta', at)).toBe(420)
    expect(zoneOffsetMinutes('Pacific/Rarotonga', at)).toBe(-600)
    expect(zoneOffsetMinutes('Pacific/Kiritimati', at)).toBe(840)
    expect(zoneOffsetMinutes('Pacific/Chatham', at)).toBe(765)
    expect(formatOffset(-600)).toBe('UTC−10:00')
    expect(formatOffset(345)).toBe('UTC+05:45')
  })

  it('turns wall-clock times into instants and back', () => {
    expect(zonedLocalToUtc('2026-08-01T09:00', 'Asia/Jakarta')).toBe('2026-08-01T02:00:00.000Z')
    expect(utcToZonedLocal('2026-08-01T02:00:00.000Z', 'Pacific/Rarotonga')).toBe(
      '2026-07-31T16:00',
    )
    expect(utcToZonedLocal('2026-08-01T02:00:00.000Z', 'Pacific/Kiritimati')).toBe(
      '2026-08-01T16:00',
    )
    // Auckland in daylight saving (NZDT, +13) in January.
    expect(zonedLocalToUtc('2027-01-15T10:00', 'Pacific/Auckland')).toBe('2027-01-14T21:00:00.000Z')
    expect(zonedLocalToUtc('2026-02-30T10:00', 'Asia/Jakarta')).toBeUndefined()
    expect(zonedLocalToUtc('tomorrow', 'Asia/Jakarta')).toBeUndefined()
  })
})
