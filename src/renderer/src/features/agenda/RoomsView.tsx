import { useState } from 'react'
import type { AgendaRoom } from '../../../../shared/agenda/model'
import { useAppData } from '../../app/AppData'
import { describeError } from '../../app/describe-error'
import { useI18n } from '../../i18n/I18nProvider'
import { host } from '../../platform'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { EmptyState } from '../../ui/EmptyState'
import { useToast } from '../../ui/Toasts'
import type { AgendaViewProps } from './AgendaArea'
import { BreakoutsEditor } from './BreakoutsEditor'
import { RoomForm } from './RoomForm'
import { SecretValue } from './SecretValue'

type Editing = null | { mode: 'add' } | { mode: 'edit'; room: AgendaRoom }

/** The Rooms tab: every virtual room with its link; secrets masked until asked for. */
export function RoomsView(props: AgendaViewProps) {
  const { event, data, reload, format } = props
  const { t } = useI18n()
  const { repos, readOnly } = useAppData()
  const toast = useToast()
  const [editing, setEditing] = useState<Editing>(null)
  const [breakoutsOf, setBreakoutsOf] = useState<AgendaRoom>()
  const { rooms, sessions } = data.agenda

  const open = async (room: AgendaRoom) => {
    if (!(await host.openLink(room.joinUrl)))
      toast({ tone: 'error', message: t('agenda.room.openRefused') })
  }
  const remove = async (room: AgendaRoom) => {
    try {
      const removal = await repos.agenda.removeRoom(room.id)
      await reload()
      toast({
        message: t('agenda.room.removed', { name: room.name }),
        action: {
          label: t('agenda.undo'),
          run: () => void repos.agenda.restoreRoom(removal).then(reload),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }
  const serves = (room: AgendaRoom) => {
    if (room.scope.kind === 'day')
      return t('agenda.room.servesDay', { day: format.longDate(room.scope.date) })
    if (room.scope.kind === 'event') return t('agenda.room.servesEvent')
    const named = sessions.filter((s) => s.roomIds.includes(room.id)).map((s) => format.title(s))
    return named.length ? named.join(', ') : t('agenda.room.servesNone')
  }

  return (
    <div className="agenda-rooms">
      <div className="toolbar">
        <p className="muted">{t('agenda.room.intro')}</p>
        <Button variant="primary" disabled={readOnly} onClick={() => setEditing({ mode: 'add' })}>
          {t('agenda.room.add')}
        </Button>
      </div>
      {rooms.length === 0 ? (
        <EmptyState title={t('agenda.room.empty.title')} body={t('agenda.room.empty.body')} />
      ) : (
        <div className="table-scroll">
          <table className="table rooms-table">
            <caption className="visually-hidden">{t('agenda.room.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agenda.room.name')}</th>
                <th scope="col">{t('agenda.room.serves')}</th>
                <th scope="col">{t('agenda.room.link')}</th>
                <th scope="col">{t('agenda.room.meetingId')}</th>
                <th scope="col">{t('agenda.room.passcode')}</th>
                <th scope="col">{t('agenda.room.hostKey')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('agenda.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rooms.map((room) => (
                <tr key={room.id}>
                  <th scope="row">
                    {room.name}
                    <div className="muted">
                      {t(`agenda.platform.${room.platform}`)}
                      {room.platform === 'other' && (
                        <span className="badge badge-warning">{t('agenda.room.unverified')}</span>
                      )}
                    </div>
                    {room.breakouts.length > 0 && (
                      <div className="muted">
                        {t('agenda.breakout.count', { count: room.breakouts.length })}
                      </div>
                    )}
                  </th>
                  <td>{serves(room)}</td>
                  <td className="link-cell">
                    <span className="link-text">{room.joinUrl}</span>
                    <Button
                      variant="ghost"
                      aria-label={t('agenda.room.open', { name: room.name })}
                      onClick={() => void open(room)}
                    >
                      {t('agenda.room.openShort')}
                    </Button>
                  </td>
                  <td>{room.meetingId || <span className="muted">—</span>}</td>
                  <td>
                    <SecretValue
                      value={room.passcode}
                      what={t('agenda.room.passcodeOf', { name: room.name })}
                    />
                  </td>
                  <td>
                    <SecretValue
                      value={room.hostKey}
                      what={t('agenda.room.hostKeyOf', { name: room.name })}
                    />
                  </td>
                  <td>
                    <div className="row-actions">
                      <Button
                        variant="ghost"
                        disabled={readOnly}
                        aria-label={t('agenda.room.edit', { name: room.name })}
                        onClick={() => setEditing({ mode: 'edit', room })}
                      >
                        {t('agenda.edit')}
                      </Button>
                      <Button
                        variant="ghost"
                        disabled={readOnly}
                        aria-label={t('agenda.breakout.manage', { name: room.name })}
                        onClick={() => setBreakoutsOf(room)}
                      >
                        {t('agenda.breakout.short')}
                      </Button>
                      <Button
                        variant="ghost"
                        disabled={readOnly}
                        aria-label={t('agenda.room.remove', { name: room.name })}
                        onClick={() => void remove(room)}
                      >
                        {t('agenda.remove')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        title={editing?.mode === 'edit' ? t('agenda.room.editTitle') : t('agenda.room.addTitle')}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <RoomForm
            key={editing.mode === 'edit' ? editing.room.id : 'new'}
            event={event}
            room={editing.mode === 'edit' ? editing.room : undefined}
            onCancel={() => setEditing(null)}
            onSubmit={async (parsed) => {
              if (editing.mode === 'edit') await repos.agenda.updateRoom(editing.room.id, parsed)
              else await repos.agenda.addRoom(event.id, parsed)
              await reload()
              setEditing(null)
              toast({ message: t('agenda.room.saved', { name: parsed.name }) })
            }}
          />
        )}
      </Dialog>
      <Dialog
        title={breakoutsOf ? t('agenda.breakout.title', { name: breakoutsOf.name }) : ''}
        open={!!breakoutsOf}
        onClose={() => setBreakoutsOf(undefined)}
      >
        {breakoutsOf && (
          <BreakoutsEditor
            room={breakoutsOf}
            people={props.people}
            delegations={props.delegations}
            onClose={() => setBreakoutsOf(undefined)}
            onSaved={reload}
          />
        )}
      </Dialog>
    </div>
  )
}
