import { useI18n } from '../../i18n/I18nProvider'
import { columns, type ColumnId } from './columns'

/** A disclosure with one checkbox per column; the name column always stays. */
export function ColumnChooser(props: {
  visible: readonly ColumnId[]
  onChange: (ids: readonly ColumnId[]) => void
}) {
  const { t } = useI18n()
  const toggle = (id: ColumnId) => {
    const next = props.visible.includes(id)
      ? props.visible.filter((c) => c !== id)
      : [...props.visible, id]
    props.onChange(columns.map((c) => c.id).filter((c) => next.includes(c)))
  }
  return (
    <details className="column-chooser">
      <summary>{t('registry.columns')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('registry.columns')}</legend>
        {columns.map((c) => (
          <label key={c.id} className="checkbox">
            <input
              type="checkbox"
              checked={props.visible.includes(c.id)}
              disabled={c.id === 'name'}
              onChange={() => toggle(c.id)}
            />
            {t(c.label)}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
