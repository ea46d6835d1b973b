import { useMemo, useState } from 'react'
import type { Repositories } from '../../db'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { formatWhen } from './backup-format'
import { contactsOf, recordLabel } from './bundle-display'
import { conflictKey, importEventBundle, type OpenedBundle } from './bundle-service'
import { ConflictCard } from './ConflictCard'
import { describeBackupError } from './describe-backup-error'
import { TaskProgress } from './TaskProgress'
import { useBackupTask } from './use-backup-task'

/** What a bundle adds, what is already here, and the records changed on both sides to decide. */
export function BundleImportDialog(props: {
  repos: Repositories
  bundle: OpenedBundle
  onClose: () => void
  onImported: (result: { undoBackup: string; added: number; replaced: number }) => void
}) {
  const { t, lang } = useI18n()
  const { plan, header } = props.bundle
  const [theirs, setTheirs] = useState<ReadonlySet<string>>(new Set())
  const [error, setError] = useState<string | null>(null)
  const { task, run, cancel } = useBackupTask()
  const contacts = useMemo(() => contactsOf(props.bundle.tables), [props.bundle])
  const event = header.events[0]
  const nothing = plan.add.length === 0 && plan.conflicts.length === 0

  const choose = (key: string, take: boolean) =>
    setTheirs((all) => {
      const next = new Set(all)
      if (take) next.add(key)
      else next.delete(key)
      return next
    })

  const confirm = async () => {
    setError(null)
    try {
      const result = await run('bundles.progress.import', () =>
        importEventBundle(props.repos, props.bundle, theirs),
      )
      props.onImported(result)
    } catch (e) {
      setError(describeBackupError(t, e))
    }
  }

  return (
    <Dialog title={t('bundles.dialog.title')} open onClose={() => !task && props.onClose()}>
      <div className="bundle-import">
        <p>
          {t('bundles.dialog.from', {
            event: (lang === 'id' && event?.nameId) || event?.nameEn || '?',
            date: formatWhen(lang, header.createdAt),
          })}
        </p>
        <p>
          <strong>
            {t('bundles.dialog.summary', {
              add: plan.add.length,
              same: plan.same.length,
              conflicts: plan.conflicts.length,
            })}
          </strong>
        </p>
        {!header.bundle?.includesSecrets && (
          <p className="muted">{t('bundles.dialog.noSecrets')}</p>
        )}
        {nothing && <p>{t('bundles.dialog.nothing')}</p>}
        {plan.conflicts.length > 0 && (
          <section aria-label={t('bundles.dialog.conflicts')}>
            <h3>{t('bundles.dialog.conflicts')}</h3>
            <div className="backup-actions">
              <Button onClick={() => setTheirs(new Set())}>{t('bundles.dialog.keepAll')}</Button>
              <Button onClick={() => setTheirs(new Set(plan.conflicts.map(conflictKey)))}>
                {t('bundles.dialog.takeAll')}
              </Button>
            </div>
            {plan.conflicts.map((c) => (
              <ConflictCard
                key={conflictKey(c)}
                conflict={c}
                label={recordLabel(t, c.table, c.local, contacts)}
                takeTheirs={theirs.has(conflictKey(c))}
                onChoose={(take) => choose(conflictKey(c), take)}
              />
            ))}
          </section>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <TaskProgress task={task} onCancel={cancel} />
      </div>
      <div className="form-actions">
        <Button onClick={props.onClose} disabled={!!task}>
          {t('backups.cancel')}
        </Button>
        <Button variant="primary" onClick={() => void confirm()} disabled={!!task || nothing}>
          {t('bundles.dialog.confirm')}
        </Button>
      </div>
    </Dialog>
  )
}
