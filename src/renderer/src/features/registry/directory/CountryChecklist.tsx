import { useId } from 'react'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'

/** A multi-select of countries as checkboxes: easy to scan, tick and read back. */
export function CountryChecklist(props: {
  options: readonly { code: string; name: string }[]
  selected: ReadonlySet<string>
  onChange: (selected: ReadonlySet<string>) => void
}) {
  const { t } = useI18n()
  const hintId = useId()
  const toggle = (code: string, on: boolean) => {
    const next = new Set(props.selected)
    if (on) next.add(code)
    else next.delete(code)
    props.onChange(next)
  }
  return (
    <fieldset className="country-checklist" aria-describedby={hintId}>
      <legend>{t('directory.countries')}</legend>
      <p id={hintId} className="field-hint">
        {t('directory.countriesHint')}
      </p>
      <div className="checklist">
        {props.options.map((o) => (
          <label key={o.code} className="checkbox">
            <input
              type="checkbox"
              checked={props.selected.has(o.code)}
              onChange={(e) => toggle(o.code, e.target.checked)}
            />
            {o.name}
          </label>
        ))}
      </div>
      {props.selected.size > 0 && (
        <Button variant="ghost" onClick={() => props.onChange(new Set())}>
          {t('directory.clearCountries')}
        </Button>
      )}
    </fieldset>
  )
}
