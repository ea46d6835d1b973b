import { useI18n } from '../../i18n/I18nProvider'
import { host } from '../../platform'
import { Button } from '../../ui/Button'
import { useAutoBackupFailure } from './auto-backup-status'
import { BackupFolderPanel } from './BackupFolderPanel'
import { describeBackupError } from './describe-backup-error'
import { BackupList } from './BackupList'
import { BundlePanel } from './BundlePanel'
import { PassportPurgePanel } from './PassportPurgePanel'
import { formatWhen } from './backup-format'
import { RestoreDialog } from './RestoreDialog'
import { RestoredBanner } from './RestoredBanner'
import { TaskProgress } from './TaskProgress'
import { useBackupsArea } from './use-backups-area'
import './backups.css'

export function BackupsArea() {
  const { t, lang } = useI18n()
  const area = useBackupsArea()
  const autoFailure = useAutoBackupFailure()
  const busy = !!area.task
  const inFolder = area.shelf.kind === 'folder'
  const last = area.manifest?.lastBackup

  return (
    <section aria-labelledby="backups-title" className="page backups-page">
      <h1 id="backups-title">{t('backups.title')}</h1>
      {area.lastRestore && (
        <RestoredBanner
          restore={area.lastRestore}
          busy={busy || area.readOnly}
          onUndo={() => void area.undoRestore()}
          onDismiss={() => void area.dismissRestore()}
        />
      )}
      <p>{t(inFolder ? 'backups.intro.folder' : 'backups.intro.browser')}</p>
      {inFolder && host.backupFolder && (
        <BackupFolderPanel folder={host.backupFolder} onChanged={() => void area.refresh()} />
      )}

      <div className="backup-status" aria-label={t('backups.current.title')} role="group">
        <h2>{t('backups.current.title')}</h2>
        <p>
          {t('backups.current.summary', {
            events: area.counts.events ?? 0,
            participants: area.counts.participants ?? 0,
            contacts: area.counts.contacts ?? 0,
          })}
        </p>
        <p className="muted">
          {last
            ? t('backups.last', { date: formatWhen(lang, last.createdAt) })
            : t('backups.last.none')}
        </p>
      </div>

      <div className="backup-actions">
        <Button variant="primary" onClick={() => void area.backUpNow()} disabled={busy}>
          {t('backups.now')}
        </Button>
        <Button onClick={() => void area.restoreFromFile()} disabled={busy || area.readOnly}>
          {t('backups.restoreFile')}
        </Button>
      </div>
      <TaskProgress task={area.opened ? null : area.task} onCancel={area.cancel} />
      {autoFailure != null && (
        <p className="banner banner-error" role="alert">
          {t('backups.error.autoFailed', { reason: describeBackupError(t, autoFailure) })}
        </p>
      )}
      {area.problem && (
        <p className="banner banner-error" role="alert">
          {area.problem}
        </p>
      )}

      <BackupList
        title={t(inFolder ? 'backups.list.folder' : 'backups.list.browser')}
        entries={area.entries}
        busy={busy || area.readOnly}
        onRestore={(entry) => void area.restoreEntry(entry)}
        {...(inFolder ? {} : { onDownload: (entry) => void area.downloadEntry(entry) })}
      />
      <p className="muted">{t('backups.retention')}</p>

      <BundlePanel onUndo={(name) => void area.restoreNamed(name)} />
      <PassportPurgePanel />

      {area.opened && (
        <RestoreDialog
          repos={area.repos}
          opened={area.opened}
          current={area.counts}
          onClose={area.closePreview}
          onRestored={() => window.location.reload()}
        />
      )}
    </section>
  )
}
