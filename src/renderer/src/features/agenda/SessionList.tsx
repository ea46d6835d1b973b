import { roomsForSession } from '../../../../shared/agenda/rooms'
import { useI18n } from '../../i18n/I18nProvider'
import { SessionActions } from './SessionActions'
import type { AgendaDay } from './agenda-days'
import type { SessionShowProps } from './SessionCard'

/** Every session in one table, by day; self-study days and overlaps marked. */
export function SessionList(props: SessionShowProps & { days: AgendaDay[] }) {
  const { t } = useI18n()
  const { format, zone, event } = props
  const days = props.days.filter((d) => d.sessions.length > 0)
  return (
    <table className="table session-table">
      <caption className="visually-hidden">{t('agenda.list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('agenda.list.time')}</th>
          <th scope="col">{t('agenda.list.title')}</th>
          <th scope="col">{t('agenda.list.kind')}</th>
          <th scope="col">{t('agenda.list.rooms')}</th>
          <th scope="col">{t('agenda.list.notes')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('agenda.list.actions')}</span>
          </th>
        </tr>
      </thead>
      {days.map((day) => (
        <tbody key={day.date}>
          <tr className="day-row">
            <th scope="colgroup" colSpan={6}>
              {format.longDate(day.date)}
              {day.selfStudy && <span className="badge">{t('agenda.day.selfStudy')}</span>}
            </th>
          </tr>
          {day.sessions.map((s) => {
            const title = format.title(s)
            const overlaps = props.overlaps.get(s.id) ?? []
            const rooms =
              s.kind === 'self_study' ? [] : roomsForSession(s, props.rooms, event.timeZone)
            return (
              <tr key={s.id}>
                <td>
                  {format.range(s, zone)}
                  {zone !== event.timeZone && (
                    <div className="muted">
                      {t('agenda.session.eventTime', { time: format.range(s, event.timeZone) })}
                    </div>
                  )}
                </td>
                <th scope="row">{title}</th>
                <td>{t(`agenda.kind.${s.kind}`)}</td>
                <td>{rooms.map((r) => r.name).join(', ')}</td>
                <td>
                  {overlaps.length > 0 && (
                    <span className="session-warning">
                      {t('agenda.overlap.count', { count: overlaps.length })}
                    </span>
                  )}
                </td>
                <td>
                  <SessionActions
                    session={s}
                    title={title}
                    readOnly={props.readOnly}
                    onEdit={props.onEdit}
                    onRemove={props.onRemove}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      ))}
    </table>
  )
}
