import { useState } from 'react'
import type { EventInput, EventRecord } from '../../../../shared/events/model'
import { useAppData } from '../../app/AppData'
import { describeError } from '../../app/describe-error'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { EmptyState } from '../../ui/EmptyState'
import { useToast } from '../../ui/Toasts'
import { EventForm } from './EventForm'
import { EventsTable } from './EventsTable'
import { displayEventName } from './event-format'

type Editing = { mode: 'create' } | { mode: 'edit'; event: EventRecord } | null

export function EventsPage() {
  const { t, lang } = useI18n()
  const { repos, events, readOnly, refreshEvents, selectEvent } = useAppData()
  const toast = useToast()
  const [editing, setEditing] = useState<Editing>(null)
  const [showArchived, setShowArchived] = useState(false)
  const shown = showArchived ? events : events.filter((e) => !e.archivedAt)

  const save = async (input: EventInput) => {
    try {
      if (editing?.mode === 'edit') {
        const saved = await repos.events.update(editing.event.id, input)
        toast({ message: t('events.saved', { name: displayEventName(saved, lang) }) })
      } else {
        const created = await repos.events.create(input)
        await selectEvent(created.id)
        toast({ message: t('events.created', { name: displayEventName(created, lang) }) })
      }
      setEditing(null)
      await refreshEvents()
    } catch (error) {
      // The dialog stays open with the user's entry, so nothing typed is lost.
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }

  const setArchived = async (event: EventRecord, archived: boolean, offerUndo = true) => {
    try {
      await repos.events.setArchived(event.id, archived)
      await refreshEvents()
      const name = displayEventName(event, lang)
      toast({
        message: t(archived ? 'events.archived' : 'events.unarchived', { name }),
        ...(offerUndo
          ? {
              action: {
                label: t('events.undo'),
                run: () => void setArchived(event, !archived, false),
              },
            }
          : {}),
      })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }

  return (
    <section aria-labelledby="events-title" className="page">
      <div className="page-header">
        <h1 id="events-title">{t('events.title')}</h1>
        <Button
          variant="primary"
          onClick={() => setEditing({ mode: 'create' })}
          disabled={readOnly}
        >
          {t('events.new')}
        </Button>
      </div>
      {events.length === 0 ? (
        <EmptyState
          title={t('events.empty.title')}
          body={t('events.empty.body')}
          action={
            <Button
              variant="primary"
              onClick={() => setEditing({ mode: 'create' })}
              disabled={readOnly}
            >
              {t('events.new')}
            </Button>
          }
        />
      ) : (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
            />
            {t('events.showArchived')}
          </label>
          <EventsTable
            events={shown}
            readOnly={readOnly}
            onOpen={(e) => void selectEvent(e.id)}
            onEdit={(e) => setEditing({ mode: 'edit', event: e })}
            onArchive={(e, archived) => void setArchived(e, archived)}
          />
        </>
      )}
      <Dialog
        title={editing?.mode === 'edit' ? t('eventForm.editTitle') : t('eventForm.createTitle')}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        <EventForm
          key={editing?.mode === 'edit' ? editing.event.id : 'new'}
          {...(editing?.mode === 'edit' ? { event: editing.event } : {})}
          onSubmit={save}
          onCancel={() => setEditing(null)}
        />
      </Dialog>
    </section>
  )
}
