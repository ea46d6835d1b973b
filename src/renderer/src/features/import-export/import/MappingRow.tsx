import {
  importFields,
  type ColumnMapping,
  type ColumnTarget,
} from '../../../../../shared/spreadsheet'
import { useI18n } from '../../../i18n/I18nProvider'
import { fieldLabel } from './problem-text'

const REQUIRED = new Set(['fullName', 'givenName', 'familyName'])

/** One column of the file: its header, a few values, the field it fills and how sure that is. */
export function MappingRow(props: {
  mapping: ColumnMapping
  examples: string[]
  /** The user changed this column's field from the suggestion. */
  chosen: boolean
  remembered: boolean
  onChange: (target: ColumnTarget) => void
}) {
  const { t } = useI18n()
  const m = props.mapping
  const unmapped = m.target === 'ignore' || m.target === 'extra_note'
  const confidence = props.chosen
    ? t('import.columns.chosen')
    : props.remembered
      ? t('import.columns.rememberedShort')
      : unmapped && m.confidence === 0
        ? t('import.columns.none')
        : t('import.columns.sure', { percent: Math.round(m.confidence * 100) })
  return (
    <tr className={unmapped ? 'is-unmapped' : undefined}>
      <th scope="row">{m.header}</th>
      <td className="import-examples">{props.examples.join(' · ')}</td>
      <td>
        <select
          aria-label={t('import.columns.fieldFor', { column: m.header })}
          value={m.target}
          onChange={(e) => props.onChange(e.target.value as ColumnTarget)}
        >
          <option value="ignore">{t('import.columns.ignore')}</option>
          <option value="extra_note">{t('import.columns.extraNote')}</option>
          {importFields.map((f) => (
            <option key={f} value={f}>
              {fieldLabel(t, f)}
              {REQUIRED.has(f) ? ` (${t('import.columns.required')})` : ''}
            </option>
          ))}
        </select>
      </td>
      <td>
        <span
          className={`import-confidence ${m.confidence < 0.8 && !unmapped && !props.chosen ? 'low' : ''}`}
        >
          {confidence}
        </span>
      </td>
    </tr>
  )
}
