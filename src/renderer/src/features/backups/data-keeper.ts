import { isAutoBackupDue } from '../../../../shared/backup/auto-backup'
import { dataFingerprint } from '../../../../shared/backup/manifest'
import type { Repositories } from '../../db'
import { host } from '../../platform'
import { saveBackup } from './backup-service'
import { reportAutoBackup } from './auto-backup-status'
import { refreshManifest } from './data-manifest'

// Runs for as long as the app is open: keeps the manifest's counts current after writes and, in
// the desktop app, makes the automatic backups (when data changed and the last backup is 15
// minutes old). One backup at a time; a failed one is retried at the next check.

const MANIFEST_DELAY_MS = 2_000
const CHECK_EVERY_MS = 60_000

export interface KeeperEvents {
  /** An automatic backup failed (disk full, folder gone): the shell can say so once. */
  onAutoBackupFailed?: (error: unknown) => void
}

export function startDataKeeper(repos: Repositories, events: KeeperEvents = {}): () => void {
  let changed: boolean | null = null
  let manifestTimer: ReturnType<typeof setTimeout> | undefined
  let running = false

  const writeManifest = () => {
    clearTimeout(manifestTimer)
    manifestTimer = undefined
    void refreshManifest(repos).catch(() => undefined)
  }
  const stopListening = repos.backups.onDataChanged(() => {
    changed = true
    clearTimeout(manifestTimer)
    manifestTimer = setTimeout(writeManifest, MANIFEST_DELAY_MS)
  })
  const onHidden = () => {
    if (document.visibilityState === 'hidden' && manifestTimer) writeManifest()
  }
  document.addEventListener('visibilitychange', onHidden)

  const check = async () => {
    if (running || !host.backupFolder) return
    running = true
    try {
      const manifest = await host.readManifest()
      if (changed === null) {
        // First check after start: changed if the data no longer matches the last backup.
        const fingerprint = dataFingerprint(
          await repos.backups.counts(),
          await repos.backups.lastChangeSeq(),
        )
        changed = fingerprint !== manifest?.lastBackup?.fingerprint
      }
      const due = isAutoBackupDue({
        changedSinceLastBackup: changed,
        lastBackupAt: manifest?.lastBackup?.createdAt,
        now: new Date(),
      })
      if (!due) return
      changed = false
      await saveBackup(repos, 'auto')
      reportAutoBackup(null)
    } catch (error) {
      changed = true
      console.error('[backups] automatic backup failed', error)
      reportAutoBackup(error)
      events.onAutoBackupFailed?.(error)
    } finally {
      running = false
    }
  }
  // Passport numbers still in plain text (older data, a restored old backup) are sealed now.
  void repos.backups.sealPlaintextSecrets().catch(() => undefined)
  const interval = host.backupFolder ? setInterval(() => void check(), CHECK_EVERY_MS) : undefined
  const first = host.backupFolder ? setTimeout(() => void check(), 5_000) : undefined

  return () => {
    stopListening()
    document.removeEventListener('visibilitychange', onHidden)
    clearInterval(interval)
    clearTimeout(first)
    if (manifestTimer) writeManifest()
  }
}
