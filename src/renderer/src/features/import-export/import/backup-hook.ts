import type { Repositories } from '../../../db'

// A backup is made before every import and before an import is undone. The backups feature
// provides `backupBeforeRisk(reason)` on its repository; until it exists on this build, the
// import goes ahead without one (the import itself is still one transaction and undoable).
type BackupCapable = { backupBeforeRisk?: (reason: string) => Promise<unknown> }

export async function backupBeforeImport(
  repos: Repositories,
  reason: 'import' | 'undo-import',
): Promise<void> {
  const backups = (repos as unknown as { backups?: BackupCapable }).backups
  if (typeof backups?.backupBeforeRisk === 'function') await backups.backupBeforeRisk(reason)
}
