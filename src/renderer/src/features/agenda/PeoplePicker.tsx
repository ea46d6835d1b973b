import { useId, useMemo, useState } from 'react'
import { foldForSearch } from '../../../../shared/people/fold-text'
import { useI18n } from '../../i18n/I18nProvider'

export interface PickOption {
  id: string
  label: string
  detail?: string
}

/** A searchable list of checkboxes in a fieldset: speakers, moderators, breakout members. */
export function PeoplePicker(props: {
  legend: string
  options: readonly PickOption[]
  selected: readonly string[]
  onChange: (ids: string[]) => void
}) {
  const { t } = useI18n()
  const searchId = useId()
  const [query, setQuery] = useState('')
  const chosen = new Set(props.selected)
  const shown = useMemo(() => {
    const q = foldForSearch(query)
    return props.options.filter(
      (o) => !q || foldForSearch(`${o.label} ${o.detail ?? ''}`).includes(q),
    )
  }, [props.options, query])
  const toggle = (id: string) =>
    props.onChange(
      chosen.has(id) ? props.selected.filter((x) => x !== id) : [...props.selected, id],
    )
  return (
    <fieldset className="people-picker">
      <legend>
        {props.legend}
        {props.selected.length > 0 && (
          <span className="badge badge-muted">{props.selected.length}</span>
        )}
      </legend>
      {props.options.length > 8 && (
        <div className="field">
          <label htmlFor={searchId}>{t('agenda.picker.search', { what: props.legend })}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      )}
      {props.options.length === 0 ? (
        <p className="muted">{t('agenda.picker.none')}</p>
      ) : (
        <ul className="checklist">
          {shown.map((o) => (
            <li key={o.id}>
              <label className="checkbox">
                <input type="checkbox" checked={chosen.has(o.id)} onChange={() => toggle(o.id)} />
                <span>
                  {o.label}
                  {o.detail && <span className="muted"> · {o.detail}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
