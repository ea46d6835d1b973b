import type { AgendaRoom, AgendaSession } from '../../../../shared/agenda/model'
import type { ParsedSession } from '../../../../shared/agenda/session-input'
import type { EventRecord } from '../../../../shared/events/model'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toasts'
import type { AgendaPerson } from './agenda-people'
import { SessionForm } from './SessionForm'

export type SessionEditing =
  null | { mode: 'add'; date: string } | { mode: 'edit'; session: AgendaSession }

export function SessionEditor(props: {
  event: EventRecord
  editing: SessionEditing
  rooms: readonly AgendaRoom[]
  people: readonly AgendaPerson[]
  onClose: () => void
  onSaved: () => Promise<void>
}) {
  const { t } = useI18n()
  const { repos } = useAppData()
  const toast = useToast()
  const { editing } = props
  const save = async (parsed: ParsedSession) => {
    if (!editing) return
    if (editing.mode === 'add') await repos.agenda.addSession(props.event.id, parsed)
    else await repos.agenda.updateSession(editing.session.id, parsed)
    await props.onSaved()
    props.onClose()
    toast({ message: t('agenda.session.saved') })
  }
  return (
    <Dialog
      title={
        editing?.mode === 'edit' ? t('agenda.session.editTitle') : t('agenda.session.addTitle')
      }
      open={editing !== null}
      onClose={props.onClose}
    >
      {editing && (
        <SessionForm
          key={editing.mode === 'edit' ? editing.session.id : editing.date}
          event={props.event}
          session={editing.mode === 'edit' ? editing.session : undefined}
          date={editing.mode === 'add' ? editing.date : undefined}
          rooms={props.rooms}
          people={props.people}
          onSubmit={save}
          onCancel={props.onClose}
        />
      )}
    </Dialog>
  )
}
