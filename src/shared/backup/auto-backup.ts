// When the desktop app makes a backup on its own: when data changed since the last one and the
// last one is older than 15 minutes (or there is none). Before an import, a restore, an undo of
// an import and a schema upgrade, a backup is made regardless (see BackupReason).

export const AUTO_BACKUP_INTERVAL_MS = 15 * 60_000

export function isAutoBackupDue(input: {
  changedSinceLastBackup: boolean
  lastBackupAt: string | undefined
  now: Date
  intervalMs?: number
}): boolean {
  if (!input.changedSinceLastBackup) return false
  if (!input.lastBackupAt) return true
  const last = Date.parse(input.lastBackupAt)
  if (Number.isNaN(last)) return true
  const age = input.now.getTime() - last
  // A last backup "in the future" means the clock moved back: do not wait for it to catch up.
  return age < 0 || age >= (input.intervalMs ?? AUTO_BACKUP_INTERVAL_MS)
}
