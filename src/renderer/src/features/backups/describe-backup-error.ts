import type { BackupErrorCode } from '../../../../shared/backup/format'
import type { MessageKey } from '../../../../shared/i18n'
import { describeError } from '../../app/describe-error'
import type { Translate } from '../../i18n/I18nProvider'
import { RestoreError } from '../../db/backup-repo'
import { BackupFailedError } from './backup-service'

/** A file refused on opening: the code says why, the sentence says nothing was changed. */
export function describeFileProblem(
  t: Translate,
  code: BackupErrorCode,
  expected: 'backup' | 'event-bundle' = 'backup',
): string {
  if (code === 'wrong_kind' && expected === 'event-bundle') return t('bundles.error.wrong_kind')
  return t(`backups.error.${code}` as MessageKey)
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Any failure of a backup, restore or bundle step, in the user's language. */
export function describeBackupError(t: Translate, error: unknown): string {
  if (error instanceof RestoreError) return t(`backups.error.${error.code}` as MessageKey)
  if (error instanceof BackupFailedError)
    return t('backups.error.backupFailed', { reason: describeBackupError(t, error.cause) })
  // Errors from main arrive as "Error invoking remote method '…': Error: <code>".
  if (/\bdisk_full\b/.test(message(error))) return t('backups.error.diskFull')
  if (/\bnot_found\b/.test(message(error))) return t('backups.error.notFound')
  return describeError(t, error)
}
