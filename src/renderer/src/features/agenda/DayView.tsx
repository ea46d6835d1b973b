import { useState } from 'react'
import type { AgendaSession } from '../../../../shared/agenda/model'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import type { AgendaDay } from './agenda-days'
import { SessionCard, type SessionShowProps } from './SessionCard'

/**
 * Sessions that run at the same time, side by side: each group starts when a session begins
 * after every earlier one has ended.
 */
function concurrentGroups(sessions: readonly AgendaSession[]): AgendaSession[][] {
  const groups: AgendaSession[][] = []
  let end = -Infinity
  for (const s of sessions) {
    const start = Date.parse(s.start)
    const stop = Date.parse(s.end)
    const last = groups[groups.length - 1]
    if (last && start < end) {
      last.push(s)
      end = Math.max(end, stop)
    } else {
      groups.push([s])
      end = stop
    }
  }
  return groups
}

/** One day of the agenda: a day picker, then the day's sessions in order, parallel ones side by side. */
export function DayView(
  props: SessionShowProps & { days: AgendaDay[]; onAdd: (date: string) => void },
) {
  const { t } = useI18n()
  const { days, format, event, zone } = props
  const firstWithSessions = days.find((d) => d.sessions.length > 0)?.date
  const [date, setDate] = useState(firstWithSessions ?? days[0]?.date ?? event.startDate)
  const day = days.find((d) => d.date === date) ?? days[0]
  if (!day) return null
  const groups = concurrentGroups(day.sessions)
  return (
    <div className="day-view">
      <div className="day-picker" role="group" aria-label={t('agenda.day.choose')}>
        {days.map((d) => (
          <Button
            key={d.date}
            aria-pressed={d.date === day.date}
            onClick={() => setDate(d.date)}
            className={d.selfStudy ? 'is-self-study' : undefined}
          >
            {format.day(d.date)}
            {d.selfStudy && <span className="day-mark"> · {t('agenda.day.selfStudyShort')}</span>}
          </Button>
        ))}
      </div>
      <div className="day-heading">
        <h2>{format.longDate(day.date)}</h2>
        {day.selfStudy && <span className="badge">{t('agenda.day.selfStudy')}</span>}
        <Button variant="ghost" disabled={props.readOnly} onClick={() => props.onAdd(day.date)}>
          {t('agenda.session.addOnDay')}
        </Button>
      </div>
      {day.sessions.length === 0 ? (
        <p className="muted">{t('agenda.day.empty')}</p>
      ) : (
        <ol
          className="day-groups"
          aria-label={t('agenda.day.sessions', { day: format.longDate(day.date) })}
        >
          {groups.map((group) => {
            const first = group[0]!
            const last = group.reduce((a, b) => (a.end > b.end ? a : b))
            return (
              <li key={first.id} className="day-group">
                <div className="day-gutter">
                  <strong>{format.range({ start: first.start, end: last.end }, zone)}</strong>
                  {group.length > 1 && (
                    <span className="muted">
                      {t('agenda.day.parallel', { count: group.length })}
                    </span>
                  )}
                </div>
                <div className="day-cards">
                  {group.map((s) => (
                    <SessionCard key={s.id} {...props} session={s} />
                  ))}
                </div>
              </li>
            )
          })}
        </ol>
      )}
    </div>
  )
}
