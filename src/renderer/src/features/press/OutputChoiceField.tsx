import { useI18n } from '../../i18n/I18nProvider'
import { SelectField } from '../../ui/Field'
import type { OutputChoice } from './output-parts'

/** Which languages a preview or an export holds. */
export function OutputChoiceField(props: {
  value: OutputChoice
  onChange: (value: OutputChoice) => void
}) {
  const { t } = useI18n()
  return (
    <SelectField
      label={t('press.output.langs')}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as OutputChoice)}
      options={[
        { value: 'id', label: t('press.lang.id') },
        { value: 'en', label: t('press.lang.en') },
        { value: 'both', label: t('press.output.both') },
      ]}
    />
  )
}
