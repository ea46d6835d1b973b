import type { AgendaRoom, AgendaSession } from '../../../../shared/agenda/model'
import type { Overlap } from '../../../../shared/agenda/overlaps'
import { roomsForSession } from '../../../../shared/agenda/rooms'
import type { EventRecord } from '../../../../shared/events/model'
import { useI18n } from '../../i18n/I18nProvider'
import type { AgendaPerson } from './agenda-people'
import { SessionActions } from './SessionActions'
import type { AgendaFormat } from './use-agenda-format'

export interface SessionShowProps {
  event: EventRecord
  sessions: readonly AgendaSession[]
  rooms: readonly AgendaRoom[]
  people: readonly AgendaPerson[]
  format: AgendaFormat
  zone: string
  overlaps: ReadonlyMap<string, Overlap[]>
  readOnly: boolean
  onEdit: (session: AgendaSession) => void
  onRemove: (session: AgendaSession) => void
}

/** One session as a card: times (in the chosen zone and the event's), rooms, people, warnings. */
export function SessionCard(props: SessionShowProps & { session: AgendaSession }) {
  const { session: s, format, zone, event } = props
  const { t } = useI18n()
  const title = format.title(s)
  const rooms = s.kind === 'self_study' ? [] : roomsForSession(s, props.rooms, event.timeZone)
  const names = (ids: readonly string[]) =>
    ids.map((id) => props.people.find((p) => p.participant.id === id)?.name ?? '').filter(Boolean)
  const overlaps = props.overlaps.get(s.id) ?? []
  const others = overlaps.map((o) =>
    props.sessions.find((x) => x.id === (o.a === s.id ? o.b : o.a)),
  )
  return (
    <article className={`session-card kind-${s.kind}`} aria-label={title}>
      <header>
        <h3>{title}</h3>
        <span className="badge badge-muted">{t(`agenda.kind.${s.kind}`)}</span>
      </header>
      <p className="session-time">
        <span>{format.range(s, zone)}</span>
        {zone !== event.timeZone && (
          <span className="muted">
            {' '}
            · {t('agenda.session.eventTime', { time: format.range(s, event.timeZone) })}
          </span>
        )}
      </p>
      {s.kind === 'self_study' ? (
        <p className="muted">{t('agenda.session.selfStudyNote')}</p>
      ) : (
        rooms.length > 0 && (
          <p>{t('agenda.session.rooms', { rooms: rooms.map((r) => r.name).join(', ') })}</p>
        )
      )}
      {s.speakerIds.length > 0 && (
        <p>{t('agenda.session.speakers', { names: names(s.speakerIds).join(', ') })}</p>
      )}
      {s.moderatorIds.length > 0 && (
        <p>{t('agenda.session.moderators', { names: names(s.moderatorIds).join(', ') })}</p>
      )}
      {others.length > 0 && (
        <p className="session-warning" role="note">
          {t('agenda.overlap.with', {
            titles: others.map((o) => (o ? format.title(o) : '')).join(', '),
            reasons: [...new Set(overlaps.flatMap((o) => o.reasons))]
              .map((r) => t(`agenda.overlap.${r}`))
              .join(', '),
          })}
        </p>
      )}
      <SessionActions
        session={s}
        title={title}
        readOnly={props.readOnly}
        onEdit={props.onEdit}
        onRemove={props.onRemove}
      />
    </article>
  )
}
