import type { Conflict } from '../../../../shared/backup/bundle'
import { useI18n } from '../../i18n/I18nProvider'
import { conflictRows } from './bundle-display'

/** One record changed on both sides: the differing fields side by side, and the choice. */
export function ConflictCard(props: {
  conflict: Conflict
  label: string
  takeTheirs: boolean
  onChoose: (takeTheirs: boolean) => void
}) {
  const { t } = useI18n()
  const { conflict } = props
  const rows = conflictRows(
    conflict.table,
    conflict.fields,
    (conflict.local ?? {}) as Record<string, unknown>,
    (conflict.incoming ?? {}) as Record<string, unknown>,
  )
  return (
    <fieldset className="conflict-card">
      <legend>{props.label}</legend>
      <table className="table conflict-fields">
        <thead>
          <tr>
            <th scope="col">{t('bundles.dialog.field')}</th>
            <th scope="col">{t('bundles.dialog.mine')}</th>
            <th scope="col">{t('bundles.dialog.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{row.field}</th>
              <td>{row.mine}</td>
              <td>{row.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="conflict-choice">
        <label className="radio">
          <input type="radio" checked={!props.takeTheirs} onChange={() => props.onChoose(false)} />
          {t('bundles.dialog.keepMine')}
        </label>
        <label className="radio">
          <input type="radio" checked={props.takeTheirs} onChange={() => props.onChoose(true)} />
          {t('bundles.dialog.takeTheirs')}
        </label>
      </div>
    </fieldset>
  )
}
