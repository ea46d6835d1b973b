import { useMemo, useState } from 'react'
import type { MessageKey } from '../../../../../shared/i18n'
import {
  decideAll,
  summarise,
  type BulkChoice,
  type Plan,
} from '../../../../../shared/import-plan/plan'
import type { BuildView } from '../../../../../shared/import-plan/session'
import type { Decision, RowStatus } from '../../../../../shared/import-plan/types'
import { useI18n } from '../../../i18n/I18nProvider'
import { localeCounts } from '../../../i18n/format-counts'
import { Button } from '../../../ui/Button'
import { SelectField } from '../../../ui/Field'
import { MatchRow } from './MatchRow'
import { problemText } from './problem-text'

const PAGE = 100
const statuses: RowStatus[] = ['probable', 'update', 'new', 'duplicate', 'unchanged', 'error']
const bulk: Partial<Record<RowStatus, BulkChoice[]>> = {
  probable: ['update', 'new', 'skip'],
  update: ['update', 'skip'],
  duplicate: ['new', 'skip'],
  new: ['new', 'skip'],
}
const bulkLabel: Record<BulkChoice, MessageKey> = {
  update: 'import.match.allUpdate',
  new: 'import.match.allNew',
  skip: 'import.match.allSkip',
}

/** Step 5: new, update (with its diff), probable match, duplicate or error; the user decides. */
export function MatchStep(props: {
  plan: Plan
  built: BuildView
  decisions: Map<number, Decision>
  onDecisions: (d: Map<number, Decision>) => void
  zone: string
}) {
  const { t, lang } = useI18n()
  const { plan } = props
  const counts = useMemo(() => {
    const c = new Map<RowStatus, number>()
    for (const r of plan.rows) c.set(r.status, (c.get(r.status) ?? 0) + 1)
    return c
  }, [plan])
  const [filter, setFilter] = useState<RowStatus | 'all'>(
    counts.get('probable') ? 'probable' : 'all',
  )
  const [shown, setShown] = useState(PAGE)
  const checked = useMemo(
    () => new Map(props.built.rows.map((r) => [r.rowNumber, r])),
    [props.built],
  )
  const records = useMemo(
    () => new Map(props.built.rows.map((r) => [r.rowNumber, r.record])),
    [props.built],
  )
  const rows = plan.rows.filter((r) => filter === 'all' || r.status === filter)
  const summary = summarise(plan, props.decisions)
  const shownCounts = localeCounts(lang, summary)

  return (
    <section className="import-step" aria-labelledby="import-match-title">
      <h2 id="import-match-title">{t('import.match.title')}</h2>
      <p className="import-intro">{t('import.match.intro')}</p>
      <ul className="import-counts">
        {statuses
          .filter((s) => counts.get(s))
          .map((s) => (
            <li key={s} className={`import-count status-${s}`}>
              {t(`import.match.count.${s}`, { count: counts.get(s) ?? 0 })}
            </li>
          ))}
      </ul>
      <div className="import-match-tools">
        <SelectField
          label={t('import.match.filter')}
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value as RowStatus | 'all')
            setShown(PAGE)
          }}
          options={[
            { value: 'all', label: t('import.match.all', { count: plan.rows.length }) },
            ...statuses
              .filter((s) => counts.get(s))
              .map((s) => ({
                value: s,
                label: `${t(`import.match.status.${s}`)} (${counts.get(s)})`,
              })),
          ]}
        />
        {filter !== 'all' && bulk[filter] && (
          <div
            className="row-actions"
            role="group"
            aria-label={t('import.match.forAll', { status: t(`import.match.status.${filter}`) })}
          >
            <span className="import-muted">
              {t('import.match.forAll', { status: t(`import.match.status.${filter}`) })}
            </span>
            {bulk[filter]!.map((choice) => (
              <Button
                key={choice}
                onClick={() => props.onDecisions(decideAll(plan, filter, choice, props.decisions))}
              >
                {t(bulkLabel[choice])}
              </Button>
            ))}
          </div>
        )}
      </div>
      <ul className="import-match-list" aria-label={t('import.match.list')}>
        {rows.slice(0, shown).map((row) => (
          <MatchRow
            key={row.rowNumber}
            row={row}
            record={records.get(row.rowNumber)}
            plan={plan}
            decisions={props.decisions}
            zone={props.zone}
            problems={
              row.status === 'error'
                ? (checked.get(row.rowNumber)?.problems ?? [])
                    .filter((p) => p.severity === 'error')
                    .map((p) => problemText(t, p))
                : []
            }
            onDecide={(d) => props.onDecisions(new Map(props.decisions).set(row.rowNumber, d))}
          />
        ))}
      </ul>
      {rows.length > shown && (
        <Button variant="ghost" onClick={() => setShown((n) => n + PAGE)}>
          {t('import.match.more', { count: Math.min(PAGE, rows.length - shown) })}
        </Button>
      )}
      <p role="status" className={summary.undecided ? 'import-warning' : 'import-note'}>
        {summary.undecided
          ? t('import.match.undecided', { count: shownCounts.undecided })
          : t('import.match.ready', shownCounts)}
      </p>
    </section>
  )
}
