import { useEffect, useState } from 'react'
import { holdsPassportData } from '../../../../shared/backup/passport-purge'
import type { EventRecord } from '../../../../shared/events/model'
import { displayName } from '../../../../shared/people'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toasts'
import { backupBeforeRisk } from './backup-service'
import { describeBackupError } from './describe-backup-error'
import { TaskProgress } from './TaskProgress'
import { useBackupTask } from './use-backup-task'

/** Who loses passport data, and the confirmation; a backup is made before anything changes. */
export function PurgeDialog(props: { event: EventRecord; onClose: () => void }) {
  const { t } = useI18n()
  const toast = useToast()
  const { repos } = useAppData()
  const { task, run, cancel } = useBackupTask()
  const [people, setPeople] = useState<{ id: string; name: string }[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void repos.participants.loadEvent(props.event.id).then((registry) => {
      if (!live) return
      setPeople(
        registry.participants.filter(holdsPassportData).map((p) => {
          const contact = registry.contacts.get(p.contactId)
          return { id: p.id, name: contact ? displayName(contact) : p.id }
        }),
      )
    })
    return () => {
      live = false
    }
  }, [repos, props.event.id])

  const confirm = async () => {
    if (!people) return
    setError(null)
    try {
      const count = await run('purge.progress', async (progress) => {
        await backupBeforeRisk(repos, 'before-purge', progress)
        return repos.backups.purgePassportData(
          props.event.id,
          people.map((p) => p.id),
        )
      })
      toast({ message: t('purge.done', { count }) })
      props.onClose()
    } catch (e) {
      setError(describeBackupError(t, e))
    }
  }

  return (
    <Dialog title={t('purge.dialog.title')} open onClose={() => !task && props.onClose()}>
      {people && people.length === 0 && <p>{t('purge.dialog.none')}</p>}
      {people && people.length > 0 && (
        <>
          <p>{t('purge.dialog.count', { count: people.length, event: props.event.nameEn })}</p>
          <ul className="backup-events" aria-label={t('purge.dialog.title')}>
            {people.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
          <p className="banner banner-warning">{t('purge.dialog.backup')}</p>
        </>
      )}
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
        <Button
          variant="danger"
          onClick={() => void confirm()}
          disabled={!!task || !people || people.length === 0}
        >
          {t('purge.dialog.confirm')}
        </Button>
      </div>
    </Dialog>
  )
}
