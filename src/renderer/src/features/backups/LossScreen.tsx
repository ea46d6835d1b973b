import { useEffect, useMemo, useState } from 'react'
import { countWork, type LossCheck } from '../../../../shared/backup/manifest'
import type { Repositories } from '../../db'
import { useI18n } from '../../i18n/I18nProvider'
import { host } from '../../platform'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { formatWhen, headerCounts } from './backup-format'
import { BACKUP_FILTERS, inspectBackup, type OpenedBackup } from './backup-service'
import { shelfFor, type ShelfEntry } from './backup-shelf'
import { describeBackupError, describeFileProblem } from './describe-backup-error'
import { RestoreDialog } from './RestoreDialog'
import './backups.css'

/** Shown instead of the app when the data came up much smaller than the manifest remembers. */
export function LossScreen(props: {
  repos: Repositories
  check: Extract<LossCheck, { status: 'suspect' }>
  onContinue: () => void
}) {
  const { t, lang } = useI18n()
  const shelf = useMemo(() => shelfFor(), [])
  const [latest, setLatest] = useState<ShelfEntry | null | undefined>(undefined)
  const [opened, setOpened] = useState<OpenedBackup | null>(null)
  const [counts, setCounts] = useState<Record<string, number>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)

  useEffect(() => {
    void props.repos.backups.counts().then(setCounts)
    // The newest backup that holds work: a backup of the empty store is no help.
    void shelf
      .list()
      .then((list) => list.find((e) => e.header && countWork(headerCounts(e.header)) > 0) ?? null)
      .catch(() => null)
      .then(setLatest)
  }, [props.repos, shelf])

  const preview = async (read: () => Promise<Uint8Array | null>) => {
    setProblem(null)
    try {
      const bytes = await read()
      if (!bytes) return
      const result = await inspectBackup(bytes)
      if (result.ok) setOpened(result)
      else setProblem(describeFileProblem(t, result.code))
    } catch (error) {
      setProblem(describeBackupError(t, error))
    }
  }

  return (
    <main className="loss-screen" aria-labelledby="loss-title">
      <h1 id="loss-title">{t('backups.loss.title')}</h1>
      <p role="alert">{t('backups.loss.body', { ...props.check })}</p>
      {latest === null && <p className="muted">{t('backups.loss.noBackup')}</p>}
      {latest?.header && (
        <p>
          {t('backups.loss.latest', {
            date: formatWhen(lang, latest.createdAt),
            events: latest.header.events.length,
            records: countWork(headerCounts(latest.header)),
          })}
        </p>
      )}
      {problem && (
        <p className="banner banner-error" role="alert">
          {problem}
        </p>
      )}
      <div className="backup-actions">
        {latest && (
          <Button variant="primary" onClick={() => void preview(() => shelf.read(latest.name))}>
            {t('backups.loss.restoreLatest')}
          </Button>
        )}
        <Button
          onClick={() =>
            void preview(async () => (await host.openFile(BACKUP_FILTERS))?.bytes ?? null)
          }
        >
          {t('backups.restoreFile')}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(true)}>
          {t('backups.loss.continue')}
        </Button>
      </div>
      <Dialog
        title={t('backups.loss.continue')}
        open={confirming}
        onClose={() => setConfirming(false)}
      >
        <p>{t('backups.loss.confirm')}</p>
        <div className="form-actions">
          <Button onClick={() => setConfirming(false)}>{t('backups.cancel')}</Button>
          <Button variant="danger" onClick={props.onContinue}>
            {t('backups.loss.confirmYes')}
          </Button>
        </div>
      </Dialog>
      {opened && (
        <RestoreDialog
          repos={props.repos}
          opened={opened}
          current={counts}
          onClose={() => setOpened(null)}
          onRestored={() => window.location.reload()}
        />
      )}
    </main>
  )
}
