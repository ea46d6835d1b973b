import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { utcToZonedLocal } from '../time/zones'
import { zonedLocalFormatter } from './zoned-local'

describe('zonedLocalFormatter', () => {
  it('agrees with utcToZonedLocal, across daylight-saving changes and odd offsets', () => {
    const zones = [
      'Asia/Jakarta',
      'Pacific/Chatham',
      'Asia/Kathmandu',
      'Europe/Paris',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Apia',
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        (zone, minute) => {
          const instant = new Date(minute * 60_000).toISOString()
          expect(zonedLocalFormatter(zone)(instant)).toBe(utcToZonedLocal(instant, zone))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('handles the minutes around a change', () => {
    const local = zonedLocalFormatter('Europe/Paris')
    expect(local('2026-03-29T00:59:00.000Z')).toBe('2026-03-29T01:59')
    expect(local('2026-03-29T01:00:00.000Z')).toBe('2026-03-29T03:00')
    expect(local('2026-10-25T00:59:00.000Z')).toBe('2026-10-25T02:59')
    expect(local('2026-10-25T01:00:00.000Z')).toBe('2026-10-25T02:00')
  })
})
