import type { SheetView } from '../../../../../shared/import-plan/session'
import { participantStatuses, type ParticipantStatus } from '../../../../../shared/registry/model'
import {
  hasNameField,
  setColumnTarget,
  type ColumnMapping,
  type ColumnTarget,
} from '../../../../../shared/spreadsheet'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { SelectField } from '../../../ui/Field'
import { CountrySelect } from '../../registry/CountrySelect'
import { useCountryName } from '../../registry/use-country-name'
import { MappingRow } from './MappingRow'

/** Step 3: which registry field each column fills, and defaults for what the file lacks. */
export function ColumnsStep(props: {
  view: SheetView
  mapping: ColumnMapping[]
  onMapping: (mapping: ColumnMapping[]) => void
  defaultCountry: string
  onDefaultCountry: (code: string) => void
  newStatus: ParticipantStatus
  onNewStatus: (status: ParticipantStatus) => void
}) {
  const { t } = useI18n()
  const countryName = useCountryName()
  const { view, mapping } = props
  const examples = (column: number) =>
    view.preview
      .map((r) => r.cells[column] ?? '')
      .filter((s) => s.trim() !== '')
      .slice(0, 3)
  const setAll = (target: 'ignore' | 'extra_note') =>
    props.onMapping(
      mapping.map((m) =>
        m.target === 'ignore' || m.target === 'extra_note' ? { ...m, target, confidence: 1 } : m,
      ),
    )
  const choose = (column: number, target: ColumnTarget) =>
    props.onMapping(setColumnTarget(mapping, column, target))

  return (
    <section className="import-step" aria-labelledby="import-columns-title">
      <h2 id="import-columns-title">{t('import.columns.title')}</h2>
      <p className="import-intro">{t('import.columns.intro')}</p>
      {view.mappingSource === 'remembered' && (
        <p className="import-note" role="status">
          {t('import.columns.remembered')}
        </p>
      )}
      {!hasNameField(mapping) && (
        <p className="import-warning" role="alert">
          {t('import.columns.noName')}
        </p>
      )}
      <div className="import-table-wrap">
        <table className="import-table import-mapping">
          <caption className="visually-hidden">{t('import.columns.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.columns.column')}</th>
              <th scope="col">{t('import.columns.examples')}</th>
              <th scope="col">{t('import.columns.field')}</th>
              <th scope="col">{t('import.columns.confidence')}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.map((m) => (
              <MappingRow
                key={m.column}
                mapping={m}
                examples={examples(m.column)}
                chosen={view.mapping.find((x) => x.column === m.column)?.target !== m.target}
                remembered={view.mappingSource === 'remembered'}
                onChange={(target) => choose(m.column, target)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="row-actions">
        <Button variant="ghost" onClick={() => setAll('extra_note')}>
          {t('import.columns.unmappedNotes')}
        </Button>
        <Button variant="ghost" onClick={() => setAll('ignore')}>
          {t('import.columns.unmappedIgnore')}
        </Button>
      </div>
      <div className="import-defaults">
        <div>
          <CountrySelect
            label={t('import.columns.defaultCountry')}
            value={props.defaultCountry}
            onChange={props.onDefaultCountry}
          />
          <p className="field-hint">
            {t('import.columns.defaultCountryHint')}
            {view.suggestedCountry &&
              ` ${t('import.columns.defaultCountrySuggested', { country: countryName(view.suggestedCountry) })}`}
          </p>
        </div>
        <SelectField
          label={t('import.columns.newStatus')}
          value={props.newStatus}
          onChange={(e) => props.onNewStatus(e.target.value as ParticipantStatus)}
          options={participantStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </div>
    </section>
  )
}
