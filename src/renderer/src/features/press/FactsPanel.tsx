import type { FactChange } from '../../../../shared/press/fact-diff'
import type { CountryOrder, PressFacts } from '../../../../shared/press/facts'
import type { ParticipantFilter } from '../../../../shared/press/participant-filter'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { FactChanges } from './FactChanges'
import { FactsTable } from './FactsTable'
import { ParticipantFilterFields } from './ParticipantFilterFields'
import { PlaceholderReport, type LangReport } from './PlaceholderReport'

/** Who counts, what changed in the registry since the text was written, and every fact's value. */
export function FactsPanel(props: {
  facts: PressFacts | undefined
  changes: readonly FactChange[]
  reports: readonly LangReport[]
  filter: ParticipantFilter
  countryOrder: CountryOrder
  locked: boolean
  busy: boolean
  onChoices: (filter: ParticipantFilter, countryOrder: CountryOrder) => void
  onReload: () => void
  onApply: () => void
  onFill: () => void
  onEventDetails: () => void
}) {
  const { t } = useI18n()
  return (
    <div className="press-facts">
      <div className="press-facts-actions">
        <Button onClick={props.onReload} disabled={props.busy}>
          {t('press.facts.reload')}
        </Button>
        <Button onClick={props.onEventDetails}>{t('press.profile.open')}</Button>
      </div>
      {props.facts ? (
        <FactChanges
          changes={props.changes}
          disabled={props.locked || props.busy}
          onApply={props.onApply}
        />
      ) : (
        <p className="muted">{t('press.facts.loading')}</p>
      )}
      <PlaceholderReport
        reports={props.reports}
        disabled={props.locked || props.busy}
        onFill={props.onFill}
      />
      <ParticipantFilterFields
        filter={props.filter}
        countryOrder={props.countryOrder}
        disabled={props.locked || props.busy}
        onChange={props.onChoices}
      />
      {props.facts && <FactsTable facts={props.facts} />}
    </div>
  )
}
