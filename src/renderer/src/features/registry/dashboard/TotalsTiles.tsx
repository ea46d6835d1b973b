import type { RegistryTotals } from '../../../../../shared/registry/views/counts'
import type { MessageKey } from '../../../../../shared/i18n'
import { useI18n } from '../../../i18n/I18nProvider'

/** The headline numbers, large; each tile reads as "Participants: 42". */
export function TotalsTiles(props: { totals: RegistryTotals }) {
  const { t } = useI18n()
  const { totals } = props
  const tiles: [MessageKey, number][] = [
    ['dashboard.participants', totals.participants],
    ['dashboard.delegations', totals.delegations],
    ['dashboard.countries', totals.countries],
    ['mode.in_person', totals.byMode.in_person],
    ['mode.online', totals.byMode.online],
  ]
  return (
    <ul className="stat-tiles" aria-label={t('dashboard.totals')}>
      {tiles.map(([label, value]) => (
        <li key={label}>
          <span className="stat-label">{t(label)}</span>
          <span className="visually-hidden">: </span>
          <span className="stat-value">{value}</span>
        </li>
      ))}
    </ul>
  )
}
