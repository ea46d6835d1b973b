import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backupFileName } from './file-names'
import { backupsToDelete, backupsToKeep, DAILY_DAYS, RECENT_MAX } from './retention'

const NOW = new Date('2026-08-20T09:30:00.000Z')
const HOUR = 3_600_000

const entry = (at: Date) => ({ name: backupFileName(at, 'auto'), createdAt: at.toISOString() })
const hoursAgo = (h: number) => entry(new Date(NOW.getTime() - h * HOUR))

/** Up to 80 backups spread over the last 40 days (and a few minutes into the future). */
const backupSets = fc
  .uniqueArray(fc.integer({ min: -10 * 60_000, max: 40 * 24 * HOUR }), { maxLength: 80 })
  .map((ages) => ages.map((ms) => entry(new Date(NOW.getTime() - ms))))
const zones = fc.constantFrom('UTC', 'Asia/Jakarta', 'Pacific/Kiritimati', 'Pacific/Pago_Pago')

const dayIn = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date(iso))

describe('backup retention', () => {
  it('keeps the 10 newest of the last 24 hours and deletes older hourly ones', () => {
    const list = Array.from({ length: 30 }, (_, i) => hoursAgo(i * 0.5))
    const keep = backupsToKeep(list, NOW)
    for (const b of list.slice(0, RECENT_MAX)) expect(keep.has(b.name)).toBe(true)
    // Of the older ones only yesterday's newest (23:30 UTC) stays, as that day's daily backup.
    expect(list.slice(RECENT_MAX).filter((b) => keep.has(b.name))).toEqual([hoursAgo(10)])
  })

  it('keeps one per day for 14 days, the newest of each day, and nothing older', () => {
    const list = Array.from({ length: 20 * 3 }, (_, i) => hoursAgo(24 + i * 8))
    const keep = backupsToKeep(list, NOW)
    const keptDays = [...keep].map((n) => dayIn(list.find((b) => b.name === n)!.createdAt, 'UTC'))
    expect(new Set(keptDays).size).toBe(keptDays.length)
    expect(keep.size).toBe(DAILY_DAYS - 1)
    expect(backupsToDelete(list, NOW)).toHaveLength(list.length - keep.size)
  })

  it('always keeps the newest backup, even a month old', () => {
    const old = hoursAgo(24 * 30)
    expect([...backupsToKeep([old, hoursAgo(24 * 40)], NOW)]).toEqual([old.name])
  })

  it('never deletes an entry it cannot date', () => {
    const odd = { name: 'x', createdAt: 'not a date' }
    expect(backupsToDelete([odd, hoursAgo(24 * 30), hoursAgo(24 * 31)], NOW)).not.toContain('x')
  })

  it('holds for any set of backups (property)', () => {
    fc.assert(
      fc.property(backupSets, zones, (list, zone) => {
        const keep = backupsToKeep(list, NOW, zone)
        const names = new Set(list.map((b) => b.name))
        // Only ever keeps what exists, at most 10 + 14.
        for (const n of keep) expect(names.has(n)).toBe(true)
        expect(keep.size).toBeLessThanOrEqual(RECENT_MAX + DAILY_DAYS)
        if (list.length === 0) return
        const sorted = [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        // The newest is kept.
        expect(keep.has(sorted[0]!.name)).toBe(true)
        // The newest min(10, n) of the last 24 hours are kept.
        const recent = sorted.filter((b) => NOW.getTime() - Date.parse(b.createdAt) < 24 * HOUR)
        for (const b of recent.slice(0, RECENT_MAX)) expect(keep.has(b.name)).toBe(true)
        // Every one of the last 14 days that had a backup still has its newest one.
        const today = dayIn(NOW.toISOString(), zone)
        const seen = new Set<string>()
        for (const b of sorted) {
          const day = dayIn(b.createdAt, zone)
          const age = (Date.parse(today) - Date.parse(day)) / (24 * HOUR)
          if (seen.has(day) || age < 0 || age >= DAILY_DAYS) continue
          seen.add(day)
          expect(keep.has(b.name)).toBe(true)
        }
        // Applying the rule again to what is kept deletes nothing more.
        const kept = list.filter((b) => keep.has(b.name))
        expect(backupsToKeep(kept, NOW, zone)).toEqual(keep)
        // Keep and delete split the list exactly.
        expect(backupsToDelete(list, NOW, zone).length + keep.size).toBe(list.length)
      }),
      { numRuns: 300 },
    )
  })
})
