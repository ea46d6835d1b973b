import { useState } from 'react'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'

/** One cell of the problem grid: shown as text, edited in place (Enter saves, Escape cancels). */
export function GridCell(props: {
  text: string
  column: string
  row: number
  severity: 'error' | 'warning' | null
  edited: boolean
  disabled: boolean
  onSave: (text: string) => void
}) {
  const { t } = useI18n()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(props.text)
  const cls = [
    'import-cell',
    props.severity ? `has-${props.severity}` : '',
    props.edited ? 'is-edited' : '',
  ]
    .filter(Boolean)
    .join(' ')
  if (editing) {
    const save = () => {
      setEditing(false)
      if (draft !== props.text) props.onSave(draft)
    }
    return (
      <td className={cls}>
        <form
          className="import-cell-editor"
          onSubmit={(e) => {
            e.preventDefault()
            save()
          }}
        >
          <input
            autoFocus
            aria-label={t('import.rows.editLabel', { column: props.column, row: props.row })}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault()
                setDraft(props.text)
                setEditing(false)
              }
            }}
          />
          <Button type="submit" variant="primary">
            {t('import.rows.save')}
          </Button>
        </form>
      </td>
    )
  }
  return (
    <td className={cls}>
      <button
        type="button"
        className="import-cell-button"
        disabled={props.disabled}
        aria-label={`${t('import.rows.edit', { column: props.column, row: props.row })}: ${props.text}`}
        onClick={() => {
          setDraft(props.text)
          setEditing(true)
        }}
      >
        {props.text || '\u00a0'}
      </button>
      {props.edited && <span className="visually-hidden"> ({t('import.rows.edited')})</span>}
    </td>
  )
}
