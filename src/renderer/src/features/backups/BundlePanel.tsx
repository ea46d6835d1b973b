import { useState } from 'react'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { host } from '../../platform'
import { Button } from '../../ui/Button'
import { SelectField } from '../../ui/Field'
import { useToast } from '../../ui/Toasts'
import { BundleImportDialog } from './BundleImportDialog'
import {
  BUNDLE_FILTERS,
  exportEventBundle,
  openEventBundle,
  type OpenedBundle,
} from './bundle-service'
import { describeBackupError, describeFileProblem } from './describe-backup-error'
import { TaskProgress } from './TaskProgress'
import { useBackupTask } from './use-backup-task'

/** Export one event as a bundle for a colleague's laptop; import one from a colleague. */
export function BundlePanel(props: { onUndo: (backupName: string) => void }) {
  const { t } = useI18n()
  const toast = useToast()
  const { repos, events, currentEvent, readOnly, refreshEvents } = useAppData()
  const [eventId, setEventId] = useState(currentEvent?.id ?? events[0]?.id ?? '')
  const [secrets, setSecrets] = useState(false)
  const [bundle, setBundle] = useState<OpenedBundle | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const { task, run, cancel } = useBackupTask()
  const event = events.find((e) => e.id === eventId) ?? events[0]

  const exportBundle = async () => {
    if (!event) return
    setProblem(null)
    try {
      const file = await run('bundles.progress.export', () =>
        exportEventBundle(repos, event, secrets),
      )
      if (await host.saveFile(file.name, file.bytes, BUNDLE_FILTERS))
        toast({ message: t('bundles.exported', { name: file.name }) })
    } catch (error) {
      setProblem(describeBackupError(t, error))
    }
  }

  const importBundle = async () => {
    setProblem(null)
    try {
      const picked = await host.openFile(BUNDLE_FILTERS)
      if (!picked) return
      const opened = await run('bundles.progress.read', (p) =>
        openEventBundle(repos, picked.bytes, p),
      )
      if (opened.ok) setBundle(opened.bundle)
      else setProblem(describeFileProblem(t, opened.code, 'event-bundle'))
    } catch (error) {
      setProblem(describeBackupError(t, error))
    }
  }

  return (
    <section className="bundle-panel" aria-labelledby="bundles-title">
      <h2 id="bundles-title">{t('bundles.title')}</h2>
      <p>{t('bundles.intro')}</p>
      {events.length === 0 ? (
        <p className="muted">{t('bundles.noEvents')}</p>
      ) : (
        <div className="bundle-export">
          <SelectField
            label={t('bundles.event')}
            value={event?.id ?? ''}
            onChange={(e) => setEventId(e.target.value)}
            options={events.map((e) => ({ value: e.id, label: e.nameEn }))}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={secrets}
              onChange={(e) => setSecrets(e.target.checked)}
            />
            {t('bundles.secrets')}
          </label>
          <p className="field-hint">{t('bundles.secrets.hint')}</p>
        </div>
      )}
      <div className="backup-actions">
        <Button onClick={() => void exportBundle()} disabled={!!task || !event}>
          {t('bundles.export')}
        </Button>
        <Button onClick={() => void importBundle()} disabled={!!task || readOnly}>
          {t('bundles.import')}
        </Button>
      </div>
      <TaskProgress task={bundle ? null : task} onCancel={cancel} />
      {problem && (
        <p className="banner banner-error" role="alert">
          {problem}
        </p>
      )}
      {bundle && (
        <BundleImportDialog
          repos={repos}
          bundle={bundle}
          onClose={() => setBundle(null)}
          onImported={(result) => {
            setBundle(null)
            void refreshEvents()
            toast({
              message: t('bundles.imported', { added: result.added, replaced: result.replaced }),
              action: { label: t('bundles.undo'), run: () => props.onUndo(result.undoBackup) },
            })
          }}
        />
      )}
    </section>
  )
}
