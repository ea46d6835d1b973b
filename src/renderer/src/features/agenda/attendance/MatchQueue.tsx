import type { AgendaSession } from '../../../../../shared/agenda/model'
import type { EventAttendance } from '../../../../../shared/attendance/event-attendance'
import type { IdentityMatch } from '../../../../../shared/attendance/match'
import { useAppData } from '../../../app/AppData'
import { describeError } from '../../../app/describe-error'
import { useI18n } from '../../../i18n/I18nProvider'
import { useToast } from '../../../ui/Toasts'
import type { AgendaPerson } from '../agenda-people'
import type { AgendaFormat } from '../use-agenda-format'
import { IdentityRow } from './IdentityRow'

/** The unmatched queue first; matched and ignored names below, for checking and changing. */
export function MatchQueue(props: {
  eventId: string
  result: EventAttendance
  people: readonly AgendaPerson[]
  sessions: readonly AgendaSession[]
  format: AgendaFormat
  reload: () => Promise<void>
}) {
  const { t } = useI18n()
  const { repos, readOnly } = useAppData()
  const toast = useToast()
  const { matches, sessionsOf } = props.result
  const unmatched = matches.filter((m) => m.status === 'unmatched')
  const others = matches.filter((m) => m.status !== 'unmatched')
  const sessionsText = (m: IdentityMatch) =>
    [...(sessionsOf.get(m.identity.key) ?? [])]
      .map((id) => props.sessions.find((s) => s.id === id))
      .map((s) => (s ? props.format.title(s) : ''))
      .join(', ')
  const decide = async (m: IdentityMatch, participantId: string | null) => {
    try {
      const previous = await repos.attendance.decide(props.eventId, m.identity.key, participantId)
      await props.reload()
      toast({
        message: participantId
          ? t('agenda.queue.assigned', {
              name: m.identity.reportName.raw,
              person: props.people.find((p) => p.participant.id === participantId)?.name ?? '',
            })
          : t('agenda.queue.ignoredNote', { name: m.identity.reportName.raw }),
        action: {
          label: t('agenda.undo'),
          run: () =>
            void repos.attendance
              .undoDecision(props.eventId, m.identity.key, previous)
              .then(props.reload),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }
  const row = (m: IdentityMatch) => (
    <IdentityRow
      key={`${m.identity.key}|${m.status}|${m.status === 'matched' ? m.participantId : ''}`}
      match={m}
      people={props.people}
      sessions={sessionsText(m)}
      readOnly={readOnly}
      onDecide={(pid) => void decide(m, pid)}
    />
  )
  return (
    <section className="match-queue" aria-labelledby="queue-heading">
      <h2 id="queue-heading">
        {t('agenda.queue.title')} <span className="badge">{unmatched.length}</span>
      </h2>
      {unmatched.length === 0 ? (
        <p className="muted">
          {matches.length ? t('agenda.queue.allMatched') : t('agenda.queue.empty')}
        </p>
      ) : (
        <>
          <p className="muted">{t('agenda.queue.intro')}</p>
          <ul className="identity-list" aria-label={t('agenda.queue.unmatchedList')}>
            {unmatched.map(row)}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <details className="matched-list">
          <summary>{t('agenda.queue.matched', { count: others.length })}</summary>
          <ul className="identity-list" aria-label={t('agenda.queue.matchedList')}>
            {others.map(row)}
          </ul>
        </details>
      )}
    </section>
  )
}
