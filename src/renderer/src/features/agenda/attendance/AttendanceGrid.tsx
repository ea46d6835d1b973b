import type { AgendaSession } from '../../../../../shared/agenda/model'
import type { EventAttendance } from '../../../../../shared/attendance/event-attendance'
import { sessionLengthMinutes } from '../../../../../shared/attendance/minutes'
import type { EventRecord } from '../../../../../shared/events/model'
import { localDateOf } from '../../../../../shared/agenda/local-time'
import { useAppData } from '../../../app/AppData'
import { describeError } from '../../../app/describe-error'
import { useI18n } from '../../../i18n/I18nProvider'
import { useToast } from '../../../ui/Toasts'
import type { AgendaPerson } from '../agenda-people'
import type { AgendaFormat } from '../use-agenda-format'
import { SelfStudyCheck } from './SelfStudyCheck'

/** Participants × sessions: minutes present, self-study ticks, total and eligibility. */
export function AttendanceGrid(props: {
  event: EventRecord
  sessions: readonly AgendaSession[]
  reported: ReadonlySet<string>
  people: readonly AgendaPerson[]
  result: EventAttendance
  format: AgendaFormat
  reload: () => Promise<void>
}) {
  const { t } = useI18n()
  const { repos, readOnly } = useAppData()
  const toast = useToast()
  const { result, format, event } = props
  const eligibility = new Map(result.eligibility.map((e) => [e.participantId, e]))
  const mark = async (sessionId: string, participantId: string, done: boolean) => {
    try {
      await repos.attendance.setMark(event.id, sessionId, participantId, done)
      await props.reload()
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }
  return (
    <div className="table-scroll">
      <table className="table attendance-grid">
        <caption className="visually-hidden">{t('agenda.grid.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agenda.grid.participant')}</th>
            {props.sessions.map((s) => (
              <th key={s.id} scope="col">
                <span className="grid-session">{format.title(s)}</span>
                <span className="muted">
                  {format.day(localDateOf(s.start, event.timeZone))}
                  {s.kind !== 'self_study' &&
                    ` · ${t('agenda.grid.minutes', { count: sessionLengthMinutes(s) })}`}
                  {s.kind !== 'self_study' &&
                    !props.reported.has(s.id) &&
                    ` · ${t('agenda.grid.noReport')}`}
                </span>
              </th>
            ))}
            <th scope="col">{t('agenda.grid.total')}</th>
            <th scope="col">{t('agenda.grid.eligible')}</th>
          </tr>
        </thead>
        <tbody>
          {props.people.map((p) => {
            const e = eligibility.get(p.participant.id)
            const row = result.minutes.get(p.participant.id)
            const done = result.selfStudyDone.get(p.participant.id)
            return (
              <tr key={p.participant.id} className={e?.eligible ? 'is-eligible' : undefined}>
                <th scope="row">
                  {p.name}
                  {p.delegationName && <div className="muted">{p.delegationName}</div>}
                </th>
                {props.sessions.map((s) =>
                  s.kind === 'self_study' ? (
                    <td key={s.id}>
                      <SelfStudyCheck
                        disabled={readOnly}
                        checked={done?.has(s.id) ?? false}
                        label={t('agenda.grid.selfStudyDone', {
                          name: p.name,
                          title: format.title(s),
                        })}
                        text={t('agenda.grid.done')}
                        onChange={(value) => mark(s.id, p.participant.id, value)}
                      />
                    </td>
                  ) : (
                    <td key={s.id} className="num">
                      {row?.has(s.id) ? (
                        t('agenda.grid.minutes', { count: row.get(s.id) ?? 0 })
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  ),
                )}
                <td className="num">{e ? format.percent(e.percent) : ''}</td>
                <td>
                  {e?.eligible ? (
                    <span className="badge">{t('agenda.grid.yes')}</span>
                  ) : (
                    <span className="muted">{t('agenda.grid.no')}</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
