import { describe, expect, it } from 'vitest'
import { isAutoBackupDue } from './auto-backup'

const now = new Date('2026-08-01T10:00:00.000Z')

describe('automatic backup rule', () => {
  it('backs up changed data when the last backup is 15 minutes old or more', () => {
    const due = (lastBackupAt: string | undefined, changed = true) =>
      isAutoBackupDue({ changedSinceLastBackup: changed, lastBackupAt, now })
    expect(due('2026-08-01T09:45:00.000Z')).toBe(true)
    expect(due('2026-08-01T09:45:00.001Z')).toBe(false)
    expect(due(undefined)).toBe(true)
    expect(due('garbage')).toBe(true)
    expect(due('2026-08-01T11:00:00.000Z')).toBe(true)
    expect(due('2026-07-01T00:00:00.000Z', false)).toBe(false)
  })
})
