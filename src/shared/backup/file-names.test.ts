import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backupReasons } from './format'
import { backupFileName, parseBackupFileName } from './file-names'

describe('backup file names', () => {
  it('round-trips date and reason', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        fc.constantFrom(...backupReasons),
        (at, reason) => {
          const name = backupFileName(at, reason)
          expect(parseBackupFileName(name)).toEqual({ name, createdAt: at.toISOString(), reason })
        },
      ),
    )
  })

  it('is a plain file name that sorts by date', () => {
    const a = backupFileName(new Date('2026-08-01T09:05:00Z'), 'auto')
    expect(a).toBe('sekretariat-2026-08-01T09-05-00-000Z-auto.sekbackup')
    expect(a < backupFileName(new Date('2026-08-01T10:00:00Z'), 'manual')).toBe(true)
  })

  it.each([
    '../sekretariat-2026-08-01T09-05-00-000Z-auto.sekbackup',
    'sekretariat-2026-08-01T09-05-00-000Z-auto.sekbackup.exe',
    'sekretariat-2026-13-41T09-05-00-000Z-auto.sekbackup',
    'sekretariat-2026-08-01T09-05-00-000Z-evil.sekbackup',
    'notes.txt',
  ])('refuses %s', (name) => {
    expect(parseBackupFileName(name)).toBeNull()
  })
})
