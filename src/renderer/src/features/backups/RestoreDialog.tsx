import { useState } from 'react'
import { LATEST_SCHEMA_VERSION, type Repositories } from '../../db'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { BackupPreview } from './BackupPreview'
import { restoreBackup, type OpenedBackup } from './backup-service'
import { describeBackupError } from './describe-backup-error'
import { TaskProgress } from './TaskProgress'
import { useBackupTask } from './use-backup-task'

/**
 * Shows what a checked backup holds next to what is stored now, and restores it only when
 * confirmed: a backup of the current data first, then one transaction, with progress and cancel.
 */
export function RestoreDialog(props: {
  repos: Repositories
  opened: OpenedBackup
  current: Record<string, number>
  onClose: () => void
  onRestored: () => void
}) {
  const { t } = useI18n()
  const { task, run, cancel } = useBackupTask()
  const [error, setError] = useState<string | null>(null)

  const confirm = async () => {
    setError(null)
    try {
      await run('backups.progress.backup', (progress) =>
        restoreBackup(props.repos, props.opened, {
          ...progress,
          onPhase: (phase) =>
            progress.setLabel(
              phase === 'backup' ? 'backups.progress.backup' : 'backups.progress.restore',
            ),
        }),
      )
      props.onRestored()
    } catch (e) {
      setError(describeBackupError(t, e))
    }
  }

  return (
    <Dialog title={t('backups.preview.title')} open onClose={() => !task && props.onClose()}>
      <BackupPreview header={props.opened.header} current={props.current} />
      {props.opened.header.schemaVersion < LATEST_SCHEMA_VERSION && (
        <p>
          {t('backups.preview.upgrade', {
            from: props.opened.header.schemaVersion,
            to: LATEST_SCHEMA_VERSION,
          })}
        </p>
      )}
      <p className="banner banner-warning">{t('backups.preview.warning')}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <TaskProgress task={task} onCancel={cancel} />
      <div className="form-actions">
        <Button onClick={props.onClose} disabled={!!task}>
          {t('backups.cancel')}
        </Button>
        <Button variant="danger" onClick={() => void confirm()} disabled={!!task}>
          {t('backups.preview.confirm')}
        </Button>
      </div>
    </Dialog>
  )
}
