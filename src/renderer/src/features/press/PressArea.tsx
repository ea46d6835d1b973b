import { useCallback, useEffect, useState } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import type { PressReleaseRecord } from '../../../../shared/press/release-model'
import { describeError } from '../../app/describe-error'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { EmptyState } from '../../ui/EmptyState'
import { useToast } from '../../ui/Toasts'
import { EventDetailsDialog } from './EventDetailsDialog'
import { clearJournal } from './journal'
import { NewReleaseDialog } from './NewReleaseDialog'
import { ReleaseEditor } from './ReleaseEditor'
import { ReleaseList } from './ReleaseList'
import { TemplatesScreen, type TemplatesView } from './TemplatesScreen'
import './press.css'
import './templates.css'

// The open release survives a reload of the window (per tab), so the writer comes back to it.
const OPEN_KEY = 'sekretariat.press.open'

function readOpen(eventId: string): string | null {
  try {
    const raw = sessionStorage.getItem(OPEN_KEY)
    const [event, release] = raw ? raw.split('/') : []
    return event === eventId && release ? release : null
  } catch {
    return null
  }
}

function writeOpen(eventId: string, releaseId: string | null): void {
  try {
    if (releaseId) sessionStorage.setItem(OPEN_KEY, `${eventId}/${releaseId}`)
    else sessionStorage.removeItem(OPEN_KEY)
  } catch {
    // Not remembered; nothing else depends on it.
  }
}

// Likewise the templates screen and the template open in it (templates belong to no event).
const TEMPLATES_KEY = 'sekretariat.press.templates'

function readTemplatesView(): TemplatesView | null {
  try {
    const [kind, id] = (sessionStorage.getItem(TEMPLATES_KEY) ?? '').split('/')
    if (kind === 'list') return 'list'
    if ((kind === 'starter' || kind === 'saved' || kind === 'unsaved') && id) return { kind, id }
    return null
  } catch {
    return null
  }
}

function writeTemplatesView(view: TemplatesView | null): void {
  try {
    if (view === null) sessionStorage.removeItem(TEMPLATES_KEY)
    else sessionStorage.setItem(TEMPLATES_KEY, view === 'list' ? 'list' : `${view.kind}/${view.id}`)
  } catch {
    // Not remembered; nothing else depends on it.
  }
}

/**
 * Press releases of the current event: the list, one release open for writing, or the
 * templates releases are written from.
 */
export function PressArea(props: { event: EventRecord }) {
  const { t } = useI18n()
  const { repos, readOnly } = useAppData()
  const toast = useToast()
  const eventId = props.event.id
  const [openId, setOpenIdState] = useState<string | null>(() => readOpen(eventId))
  const [releases, setReleases] = useState<PressReleaseRecord[]>()
  const [creating, setCreating] = useState(false)
  const [profileOpen, setProfileOpen] = useState(false)
  const [deleting, setDeleting] = useState<PressReleaseRecord>()
  const [templatesView, setTemplatesViewState] = useState(readTemplatesView)
  const setTemplatesView = useCallback((view: TemplatesView | null) => {
    writeTemplatesView(view)
    setTemplatesViewState(view)
  }, [])

  const setOpenId = useCallback(
    (id: string | null) => {
      writeOpen(eventId, id)
      setOpenIdState(id)
    },
    [eventId],
  )

  const load = useCallback(async () => {
    try {
      setReleases(await repos.press.list(eventId))
    } catch (e) {
      toast({ message: describeError(t, e), tone: 'error' })
    }
  }, [repos, eventId, toast, t])

  useEffect(() => {
    if (openId !== null || templatesView !== null) return
    let cancelled = false
    repos.press
      .list(eventId)
      .then((list) => !cancelled && setReleases(list))
      .catch((e: unknown) => toast({ message: describeError(t, e), tone: 'error' }))
    return () => {
      cancelled = true
    }
  }, [openId, templatesView, repos, eventId, toast, t])

  const remove = async (release: PressReleaseRecord) => {
    setDeleting(undefined)
    try {
      const deleted = await repos.press.remove(release.id)
      clearJournal(release.id)
      await load()
      toast({
        message: t('press.list.deleted', { title: release.title }),
        action: {
          label: t('press.undo'),
          run: () => void repos.press.undoRemove(deleted).then(load),
        },
      })
    } catch (e) {
      toast({ message: describeError(t, e), tone: 'error' })
    }
  }

  if (openId)
    return <ReleaseEditor event={props.event} releaseId={openId} onClose={() => setOpenId(null)} />
  if (templatesView)
    return (
      <TemplatesScreen
        event={props.event}
        view={templatesView}
        onView={setTemplatesView}
        onBack={() => setTemplatesView(null)}
      />
    )

  return (
    <section className="page page-wide" aria-labelledby="press-title">
      <div className="page-header">
        <h1 id="press-title">{t('press.title')}</h1>
        <div className="press-list-actions">
          <Button onClick={() => setTemplatesView('list')}>{t('press.templates.open')}</Button>
          <Button onClick={() => setProfileOpen(true)}>{t('press.profile.open')}</Button>
          <Button variant="primary" disabled={readOnly} onClick={() => setCreating(true)}>
            {t('press.new.button')}
          </Button>
        </div>
      </div>
      {releases === undefined ? (
        <p className="muted">{t('press.loading')}</p>
      ) : releases.length === 0 ? (
        <EmptyState title={t('press.empty.title')} body={t('press.empty.body')} />
      ) : (
        <ReleaseList
          releases={releases}
          readOnly={readOnly}
          onOpen={setOpenId}
          onDelete={setDeleting}
        />
      )}
      {creating && (
        <NewReleaseDialog
          event={props.event}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false)
            setOpenId(id)
          }}
        />
      )}
      {profileOpen && (
        <EventDetailsDialog
          event={props.event}
          onClose={() => setProfileOpen(false)}
          onSaved={() => undefined}
        />
      )}
      {deleting && (
        <Dialog
          title={t('press.list.deleteTitle', { title: deleting.title })}
          open
          onClose={() => setDeleting(undefined)}
        >
          <p>{t('press.list.deleteBody')}</p>
          <div className="form-actions">
            <Button onClick={() => setDeleting(undefined)}>{t('press.cancel')}</Button>
            <Button variant="danger" onClick={() => void remove(deleting)}>
              {t('press.list.delete')}
            </Button>
          </div>
        </Dialog>
      )}
    </section>
  )
}
