import type {
  DistinctValue,
  ValueOverride,
} from '../../../../../shared/import-plan/value-overrides'
import type { MessageKey } from '../../../../../shared/i18n'
import {
  genders,
  participantRoles,
  participantStatuses,
  participationModes,
} from '../../../../../shared/registry/model'
import { useI18n } from '../../../i18n/I18nProvider'
import { fieldLabel } from './problem-text'

const choices: Record<DistinctValue['field'], readonly string[]> = {
  gender: genders,
  role: participantRoles,
  mode: participationModes,
  status: participantStatuses,
}

/** How each enumeration value written in the file is read ("Luring" → In person), correctable. */
export function ValueMaps(props: {
  values: DistinctValue[]
  overrides: ValueOverride[]
  disabled: boolean
  onChange: (overrides: ValueOverride[]) => void
}) {
  const { t } = useI18n()
  if (props.values.length === 0) return null
  const current = (v: DistinctValue) =>
    props.overrides.find((o) => o.field === v.field && o.key === v.key)?.value ?? v.auto ?? ''
  const set = (v: DistinctValue, value: string) =>
    props.onChange([
      ...props.overrides.filter((o) => !(o.field === v.field && o.key === v.key)),
      { field: v.field, key: v.key, value },
    ])
  return (
    <fieldset className="import-panel">
      <legend>{t('import.rows.values')}</legend>
      <p className="import-muted">{t('import.rows.valuesIntro')}</p>
      {props.values.map((v) => (
        <label
          key={`${v.field}:${v.key}`}
          className={`import-question ${current(v) ? '' : 'is-unknown'}`}
        >
          <span>
            {t('import.rows.valueFor', {
              field: fieldLabel(t, v.field),
              text: v.text,
              count: v.count,
            })}
          </span>
          <select
            value={current(v)}
            disabled={props.disabled}
            onChange={(e) => set(v, e.target.value)}
          >
            <option value="">{t('import.rows.valueUnknown')}</option>
            {choices[v.field].map((c) => (
              <option key={c} value={c}>
                {t(`${v.field}.${c}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  )
}
