import { useState } from 'react'
import type { BuildView, CellEdit } from '../../../../../shared/import-plan/session'
import type { ValueOverride } from '../../../../../shared/import-plan/value-overrides'
import { useI18n } from '../../../i18n/I18nProvider'
import { CountryQuestions } from './CountryQuestions'
import { ProblemGrid } from './ProblemGrid'
import { problemText } from './problem-text'
import { ValueMaps } from './ValueMaps'

/** Step 4: every row checked, problems on their cells, fixes in place, countries and values confirmed. */
export function RowsStep(props: {
  built: BuildView
  edits: CellEdit[]
  countryAnswers: Map<string, string>
  valueOverrides: ValueOverride[]
  disabled: boolean
  announcement: string
  onEdit: (edit: CellEdit) => void
  onCountry: (text: string, code: string | undefined) => void
  onValues: (overrides: ValueOverride[]) => void
}) {
  const { t } = useI18n()
  const [onlyProblems, setOnlyProblems] = useState(false)
  const { built } = props
  const errors = built.rows.filter((r) => !r.importable).length
  const warnings = built.rows.filter((r) => r.importable && r.problems.length > 0).length
  return (
    <section className="import-step" aria-labelledby="import-rows-title">
      <h2 id="import-rows-title">{t('import.rows.title')}</h2>
      <p>
        {t('import.rows.summary', {
          rows: built.rows.length,
          ok: built.rows.length - errors - warnings,
          warnings,
          errors,
        })}
      </p>
      {built.problems.map((p, i) => (
        <p key={i} className="import-warning">
          {problemText(t, p)}
        </p>
      ))}
      <CountryQuestions
        questions={built.countries}
        answers={props.countryAnswers}
        disabled={props.disabled}
        onAnswer={props.onCountry}
      />
      <ValueMaps
        values={built.values}
        overrides={props.valueOverrides}
        disabled={props.disabled}
        onChange={props.onValues}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={onlyProblems}
          onChange={(e) => setOnlyProblems(e.target.checked)}
        />
        {t('import.rows.onlyProblems')}
      </label>
      <p className="visually-hidden" role="status">
        {props.announcement}
      </p>
      <ProblemGrid
        built={built}
        onlyProblems={onlyProblems}
        edits={props.edits}
        disabled={props.disabled}
        onEdit={props.onEdit}
      />
    </section>
  )
}
