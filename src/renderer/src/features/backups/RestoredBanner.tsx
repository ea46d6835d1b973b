import { useI18n } from '../../i18n/I18nProvider'
import type { LastRestore } from '../../db/backup-repo'
import { Button } from '../../ui/Button'
import { formatWhen } from './backup-format'

/** After a restore: what happened, and the way back (restoring the backup made just before). */
export function RestoredBanner(props: {
  restore: LastRestore
  busy: boolean
  onUndo: () => void
  onDismiss: () => void
}) {
  const { t, lang } = useI18n()
  return (
    <div className="banner banner-info backup-restored" role="status">
      <span>
        {t('backups.restored.banner', {
          at: formatWhen(lang, props.restore.at),
          from: formatWhen(lang, props.restore.backupCreatedAt),
        })}
      </span>
      {props.restore.undoBackup && (
        <Button onClick={props.onUndo} disabled={props.busy}>
          {t('backups.restored.undo')}
        </Button>
      )}
      <Button variant="ghost" onClick={props.onDismiss} disabled={props.busy}>
        {t('backups.restored.dismiss')}
      </Button>
    </div>
  )
}
