import { backupReasons, type BackupReason } from './format'

// Backup files are named by when and why they were made, so the backups folder sorts by date, a
// person can tell them apart, and the retention rule needs no file contents.
//   sekretariat-2026-08-01T10-15-00-123Z-auto.sekbackup

export const BACKUP_EXTENSION = 'sekbackup'
export const BUNDLE_EXTENSION = 'sekevent'

const NAME = new RegExp(
  `^sekretariat-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${backupReasons.join('|')})\\.${BACKUP_EXTENSION}$`,
)

export interface BackupFileInfo {
  name: string
  createdAt: string
  reason: BackupReason
}

export function backupFileName(createdAt: Date, reason: BackupReason): string {
  const stamp = createdAt.toISOString().replace(/:/g, '-').replace('.', '-')
  return `sekretariat-${stamp}-${reason}.${BACKUP_EXTENSION}`
}

/** The date and reason in a backup file name; null for any other name (never a path). */
export function parseBackupFileName(name: string): BackupFileInfo | null {
  const m = NAME.exec(name)
  if (!m) return null
  const createdAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`
  if (Number.isNaN(Date.parse(createdAt))) return null
  return { name, createdAt, reason: m[6] as BackupReason }
}

export function isBackupFileName(name: string): boolean {
  return parseBackupFileName(name) !== null
}
