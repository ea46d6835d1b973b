import { useId, useState } from 'react'
import type { IdentityMatch } from '../../../../../shared/attendance/match'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import type { AgendaPerson } from '../agenda-people'

/** One person as a report shows them, and the decision: who they are, or nobody. */
export function IdentityRow(props: {
  match: IdentityMatch
  people: readonly AgendaPerson[]
  sessions: string
  readOnly: boolean
  onDecide: (participantId: string | null) => void
}) {
  const { t } = useI18n()
  const id = useId()
  const { match } = props
  const identity = match.identity
  const suggested =
    match.status === 'unmatched' ? match.suggestions.map((s) => s.participantId) : []
  const current = match.status === 'matched' ? match.participantId : ''
  const [choice, setChoice] = useState(current || suggested[0] || '')
  const label = identity.reportName.raw
  const person = (pid: string) => props.people.find((p) => p.participant.id === pid)
  const option = (pid: string) => {
    const p = person(pid)
    return p ? (p.delegationName ? `${p.name} (${p.delegationName})` : p.name) : ''
  }
  return (
    <li className={`identity identity-${match.status}`}>
      <div className="identity-who">
        <strong>{label}</strong>
        {identity.reportName.device && (
          <span className="badge badge-warning">{t('agenda.queue.device')}</span>
        )}
        <div className="muted">
          {[
            identity.email || t('agenda.queue.noEmail'),
            t('agenda.queue.joins', { count: identity.rows.length }),
            props.sessions,
          ]
            .filter(Boolean)
            .join(' · ')}
        </div>
        {match.status === 'matched' && (
          <div>
            {t(`agenda.queue.method.${match.method}`, { name: option(match.participantId) })}
          </div>
        )}
        {match.status === 'ignored' && <div>{t('agenda.queue.ignored')}</div>}
      </div>
      <div className="identity-decide">
        <label htmlFor={id} className="visually-hidden">
          {t('agenda.queue.whoIs', { name: label })}
        </label>
        <select
          id={id}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          disabled={props.readOnly}
        >
          <option value="">{t('agenda.queue.choose')}</option>
          {suggested.length > 0 && (
            <optgroup label={t('agenda.queue.suggestions')}>
              {suggested.map((pid) => (
                <option key={pid} value={pid}>
                  {option(pid)}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t('agenda.queue.everyone')}>
            {props.people.map((p) => (
              <option key={p.participant.id} value={p.participant.id}>
                {option(p.participant.id)}
              </option>
            ))}
          </optgroup>
        </select>
        <Button
          disabled={props.readOnly || !choice || choice === current}
          aria-label={t('agenda.queue.assignTo', { name: label })}
          onClick={() => props.onDecide(choice)}
        >
          {t('agenda.queue.assign')}
        </Button>
        {match.status !== 'ignored' && (
          <Button
            variant="ghost"
            disabled={props.readOnly}
            aria-label={t('agenda.queue.ignoreName', { name: label })}
            onClick={() => props.onDecide(null)}
          >
            {t('agenda.queue.ignore')}
          </Button>
        )}
      </div>
    </li>
  )
}
