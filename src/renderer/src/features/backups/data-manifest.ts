import type { DataManifest } from '../../../../shared/backup/manifest'
import type { Repositories } from '../../db'
import { host } from '../../platform'

// Keeps the manifest (kept outside IndexedDB by the host) in step with the data: record counts
// after writes, and the last backup. Callers ignore failures: the manifest is a safety net.

type LastBackup = NonNullable<DataManifest['lastBackup']>

/** Writes the current counts; keeps the last backup unless a newer one is given. */
export async function refreshManifest(
  repos: Repositories,
  lastBackup?: LastBackup,
): Promise<DataManifest> {
  const previous = await host.readManifest()
  const backup = lastBackup ?? previous?.lastBackup
  const next: DataManifest = {
    version: 1,
    updatedAt: new Date().toISOString(),
    counts: await repos.backups.counts(),
    ...(backup ? { lastBackup: backup } : {}),
  }
  await host.writeManifest(next)
  return next
}

export function noteBackupMade(repos: Repositories, backup: LastBackup): Promise<DataManifest> {
  return refreshManifest(repos, {
    name: backup.name,
    createdAt: backup.createdAt,
    fingerprint: backup.fingerprint,
  })
}
