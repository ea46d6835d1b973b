import { useState } from 'react'
import { MAX_FORM_ROWS } from '../../../../../shared/export/problems'
import type { EventRecord } from '../../../../../shared/events/model'
import { isLanguage, type Language } from '../../../../../shared/i18n'
import { useAppData } from '../../../app/AppData'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { SelectField, TextField } from '../../../ui/Field'
import { ExportProgress } from './ExportProgress'
import { useExportRun } from './use-export-run'
import './export.css'

/** The blank nomination form for embassies, in English or Indonesian. */
export function NominationFormTab(props: { event: EventRecord }) {
  const { t, lang: uiLang } = useI18n()
  const { countryNames } = useAppData()
  const { state, run } = useExportRun()
  const [lang, setLang] = useState<Language>(uiLang)
  const [rows, setRows] = useState('100')
  const count = Number(rows)
  const rowsValid = Number.isInteger(count) && count >= 1 && count <= MAX_FORM_ROWS

  return (
    <section className="export-panel" aria-labelledby="nomination-title">
      <h2 id="nomination-title">{t('nomination.title')}</h2>
      <p className="muted">{t('nomination.body')}</p>
      <div className="export-form">
        <SelectField
          label={t('nomination.language')}
          value={lang}
          onChange={(e) => isLanguage(e.target.value) && setLang(e.target.value)}
          options={[
            { value: 'en', label: t('export.language.en') },
            { value: 'id', label: t('export.language.id') },
          ]}
        />
        <TextField
          label={t('nomination.rows')}
          type="number"
          min={1}
          max={MAX_FORM_ROWS}
          value={rows}
          onChange={(e) => setRows(e.target.value)}
          error={rowsValid ? undefined : `1–${MAX_FORM_ROWS}`}
        />
        {state.phase === 'running' ? (
          <ExportProgress progress={state.progress} onCancel={state.cancel} />
        ) : (
          <div className="form-actions">
            <Button
              variant="primary"
              disabled={!rowsValid}
              onClick={() =>
                void run(
                  {
                    kind: 'nomination',
                    input: { event: props.event, lang, rows: count, countryNames },
                  },
                  [{ name: 'Excel', extensions: ['xlsx'] }],
                )
              }
            >
              {t('nomination.download')}
            </Button>
          </div>
        )}
      </div>
    </section>
  )
}
