import type { Repositories } from '../../../db'
import type { Progress } from '../../../db/backup-repo'
import { backupBeforeRisk, BackupFailedError } from '../../backups/backup-service'

export { BackupFailedError }

/**
 * A backup before every import and before an import is undone (the backups feature's rule).
 * Throws BackupFailedError when it cannot be made: the import or undo is then not done.
 */
export async function backupBeforeImport(
  repos: Repositories,
  reason: 'import' | 'undo-import',
  progress: Progress = {},
): Promise<void> {
  await backupBeforeRisk(
    repos,
    reason === 'import' ? 'before-import' : 'before-undo-import',
    progress,
  )
}
