import { useId, useState } from 'react'
import { allExportColumns, exportColumnsForView } from '../../../../../shared/export/columns'
import {
  registryFileFilters,
  registryFormats,
  type RegistryFormat,
} from '../../../../../shared/export/formats'
import type { ExportPerson, ViewDescription } from '../../../../../shared/export'
import type { EventRecord } from '../../../../../shared/events/model'
import { isLanguage, type Language } from '../../../../../shared/i18n'
import type { Delegation } from '../../../../../shared/registry/model'
import { useAppData } from '../../../app/AppData'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { SelectField } from '../../../ui/Field'
import { ExportProblems } from './ExportProblems'
import { ExportProgress } from './ExportProgress'
import { useExportRun } from './use-export-run'
import './export.css'

const formatLabel = {
  xlsx: 'export.format.xlsx',
  csv: 'export.format.csv',
  'csv-semicolon': 'export.format.csvSemicolon',
} as const

/**
 * The registry export's choices (format, language, columns) and its run: progress with Cancel,
 * then the platform's save. Used by the participants table's Export dialog and the Export tab.
 */
export function RegistryExportForm(props: {
  event: EventRecord
  people: readonly ExportPerson[]
  delegations: readonly Delegation[]
  view: ViewDescription
  /** The table's visible column ids; absent when there is no table (every field is exported). */
  visibleColumns?: readonly string[]
  onDone?: () => void
  onCancel?: () => void
}) {
  const { t, lang: uiLang } = useI18n()
  const { countryNames } = useAppData()
  const { state, run, reset } = useExportRun()
  const [format, setFormat] = useState<RegistryFormat>('xlsx')
  const [lang, setLang] = useState<Language>(uiLang)
  const [which, setWhich] = useState<'view' | 'all'>(props.visibleColumns ? 'view' : 'all')
  const groupName = useId()
  const columns =
    which === 'view' && props.visibleColumns
      ? exportColumnsForView(props.visibleColumns)
      : allExportColumns
  const running = state.phase === 'running'

  const start = async () => {
    const saved = await run(
      {
        kind: 'registry',
        input: {
          people: props.people,
          event: props.event,
          delegations: props.delegations,
          view: props.view,
          columns,
          lang,
          format,
          exportedAt: new Date().toISOString(),
          countryNames,
        },
      },
      [registryFileFilters[format]],
    )
    if (saved) props.onDone?.()
  }

  return (
    <div className="export-form">
      <fieldset disabled={running}>
        <legend>{t('export.format')}</legend>
        {registryFormats.map((f) => (
          <label key={f} className="radio">
            <input
              type="radio"
              name={`${groupName}-format`}
              value={f}
              checked={format === f}
              onChange={() => {
                setFormat(f)
                reset()
              }}
            />
            {t(formatLabel[f])}
          </label>
        ))}
      </fieldset>
      {props.visibleColumns && (
        <fieldset disabled={running}>
          <legend>{t('export.columns')}</legend>
          {(['view', 'all'] as const).map((w) => (
            <label key={w} className="radio">
              <input
                type="radio"
                name={`${groupName}-columns`}
                value={w}
                checked={which === w}
                onChange={() => setWhich(w)}
              />
              {t(w === 'view' ? 'export.columns.view' : 'export.columns.all')}
            </label>
          ))}
        </fieldset>
      )}
      <SelectField
        label={t('export.language')}
        value={lang}
        disabled={running}
        onChange={(e) => isLanguage(e.target.value) && setLang(e.target.value)}
        options={[
          { value: 'en', label: t('export.language.en') },
          { value: 'id', label: t('export.language.id') },
        ]}
      />
      {columns.includes('passportNumber') && (
        <p className="export-warning">{t('export.passportWarning')}</p>
      )}
      {state.phase === 'problems' && <ExportProblems problems={state.problems} />}
      {state.phase === 'running' ? (
        <ExportProgress progress={state.progress} onCancel={state.cancel} />
      ) : (
        <div className="form-actions">
          {props.onCancel && <Button onClick={props.onCancel}>{t('export.close')}</Button>}
          <Button
            variant="primary"
            disabled={props.people.length === 0}
            onClick={() => void start()}
          >
            {t('export.run')}
          </Button>
        </div>
      )}
    </div>
  )
}
