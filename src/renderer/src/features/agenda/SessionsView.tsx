import { useMemo, useState } from 'react'
import { findOverlaps, overlapsBySession } from '../../../../shared/agenda/overlaps'
import type { AgendaSession } from '../../../../shared/agenda/model'
import { roomsForSession } from '../../../../shared/agenda/rooms'
import { isValidTimeZone } from '../../../../shared/time/zones'
import { useAppData } from '../../app/AppData'
import { describeError } from '../../app/describe-error'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { useToast } from '../../ui/Toasts'
import { agendaDays } from './agenda-days'
import type { AgendaViewProps } from './AgendaArea'
import { DayView } from './DayView'
import { SessionEditor, type SessionEditing } from './SessionEditor'
import { SessionList } from './SessionList'
import { ZoneChooser } from './ZoneChooser'

/** The Agenda tab: sessions by day or as a list, in any zone, with overlaps flagged. */
export function SessionsView(props: AgendaViewProps) {
  const { event, data, reload, format, people, delegations } = props
  const { t } = useI18n()
  const { repos, readOnly } = useAppData()
  const toast = useToast()
  const [mode, setMode] = useState<'day' | 'list'>('day')
  const [zone, setZone] = useState(event.timeZone)
  const [editing, setEditing] = useState<SessionEditing>(null)
  const shownZone = isValidTimeZone(zone) ? zone : event.timeZone
  const { sessions, rooms } = data.agenda

  const days = useMemo(() => agendaDays(event, sessions), [event, sessions])
  const overlaps = useMemo(
    () =>
      overlapsBySession(
        findOverlaps(sessions, (s) => roomsForSession(s, rooms, event.timeZone).map((r) => r.id)),
      ),
    [sessions, rooms, event.timeZone],
  )

  const remove = async (session: AgendaSession) => {
    try {
      const removed = await repos.agenda.removeSession(session.id)
      await reload()
      toast({
        message: t('agenda.session.removed', { title: format.title(removed) }),
        action: {
          label: t('agenda.undo'),
          run: () => void repos.agenda.restoreSession(removed).then(reload),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }

  const shared = { event, sessions, rooms, people, format, zone: shownZone, overlaps, readOnly }
  const actions = {
    onEdit: (s: AgendaSession) => setEditing({ mode: 'edit', session: s }),
    onRemove: (s: AgendaSession) => void remove(s),
  }
  return (
    <div className="agenda-sessions">
      <div className="toolbar">
        <ZoneChooser
          event={event}
          people={people}
          delegations={delegations}
          zone={zone}
          onChange={setZone}
          format={format}
        />
        <div className="segmented" role="group" aria-label={t('agenda.view.label')}>
          {(['day', 'list'] as const).map((m) => (
            <Button key={m} aria-pressed={mode === m} onClick={() => setMode(m)}>
              {t(`agenda.view.${m}`)}
            </Button>
          ))}
        </div>
        <Button
          variant="primary"
          disabled={readOnly}
          onClick={() => setEditing({ mode: 'add', date: days[0]?.date ?? event.startDate })}
        >
          {t('agenda.session.add')}
        </Button>
      </div>
      {shownZone !== event.timeZone && (
        <p className="muted" role="status">
          {t('agenda.zone.showing', {
            zone: format.zone(shownZone),
            event: format.zone(event.timeZone),
          })}
        </p>
      )}
      {sessions.length === 0 ? (
        <EmptyState title={t('agenda.empty.title')} body={t('agenda.empty.body')} />
      ) : mode === 'day' ? (
        <DayView
          {...shared}
          {...actions}
          days={days}
          onAdd={(date) => setEditing({ mode: 'add', date })}
        />
      ) : (
        <SessionList {...shared} {...actions} days={days} />
      )}
      <SessionEditor
        event={event}
        editing={editing}
        rooms={rooms}
        people={people}
        onClose={() => setEditing(null)}
        onSaved={reload}
      />
    </div>
  )
}
