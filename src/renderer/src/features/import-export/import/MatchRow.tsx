import type { Plan, PlanRow } from '../../../../../shared/import-plan/plan'
import { allowedDecisions, effectiveDecision } from '../../../../../shared/import-plan/plan'
import type { Decision } from '../../../../../shared/import-plan/types'
import { displayName } from '../../../../../shared/people/names'
import type { CandidateRecord } from '../../../../../shared/spreadsheet'
import { useI18n } from '../../../i18n/I18nProvider'
import { useCountryName } from '../../registry/use-country-name'
import { changeText } from './change-text'

const key = (d: Decision | null): string =>
  !d ? '' : d.action === 'update' ? `update:${d.contactId}` : d.action

/** One row of the file: who it is, what it matched and why, the diff, and the decision. */
export function MatchRow(props: {
  row: PlanRow
  record: CandidateRecord | undefined
  plan: Plan
  decisions: ReadonlyMap<number, Decision>
  zone: string
  /** The row's error sentences, shown for rows that cannot be imported. */
  problems: string[]
  onDecide: (d: Decision) => void
}) {
  const { t } = useI18n()
  const countryName = useCountryName()
  const { row } = props
  const decision = effectiveDecision(row, props.decisions)
  const options = allowedDecisions(row)
  const name = props.record ? displayName(props.record) : ''
  const nameOf = (id: string) => {
    const c = props.plan.people.get(id)?.contact
    return c ? displayName(c) : id
  }
  const target =
    decision?.action === 'update'
      ? row.targets.find((x) => x.contactId === decision.contactId)
      : undefined
  const reason =
    row.status === 'duplicate' && row.firstRow
      ? t('import.match.duplicateOf', { row: row.firstRow })
      : row.match.kind !== 'none'
        ? t(`import.match.by.${row.match.by}`)
        : ''
  return (
    <li className={`import-match-row status-${row.status}`}>
      <div className="import-match-head">
        <span className="import-match-rownum">
          {t('import.rows.row')} {row.rowNumber}
        </span>
        <strong>{name || t('import.match.noName')}</strong>
        <span className={`badge import-badge-${row.status}`}>
          {t(`import.match.status.${row.status}`)}
        </span>
        {reason && <span className="import-muted">{reason}</span>}
        <select
          aria-label={t('import.match.decision', { row: row.rowNumber })}
          value={key(decision)}
          disabled={row.status === 'error'}
          onChange={(e) => {
            const d = options.find((o) => key(o) === e.target.value)
            if (d) props.onDecide(d)
          }}
        >
          {!decision && <option value="">{t('import.match.decide')}</option>}
          {options.map((o) => (
            <option key={key(o)} value={key(o)}>
              {o.action === 'update'
                ? t('import.match.update', { name: nameOf(o.contactId) })
                : o.action === 'new'
                  ? t('import.match.new')
                  : t('import.match.skip')}
            </option>
          ))}
        </select>
      </div>
      {row.status === 'error' && props.problems.length > 0 && (
        <ul className="import-diff import-row-errors">
          {props.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {target && (
        <ul className="import-diff">
          {target.joinsEvent && <li>{t('import.match.joins')}</li>}
          {target.changes.map((c) => (
            <li key={c.field}>{changeText(t, c, countryName, props.zone)}</li>
          ))}
          {!target.joinsEvent && target.changes.length === 0 && (
            <li className="import-muted">{t('import.match.noChange')}</li>
          )}
        </ul>
      )}
      {!decision && row.targets.length > 0 && (
        <ul className="import-diff import-candidates">
          {row.targets.map((x) => (
            <li key={x.contactId}>
              <strong>{nameOf(x.contactId)}</strong>
              {': '}
              {x.changes.map((c) => changeText(t, c, countryName, props.zone)).join('; ') ||
                t('import.match.noChange')}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
