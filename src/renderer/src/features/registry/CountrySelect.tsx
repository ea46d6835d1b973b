import { useMemo } from 'react'
import { listCountries } from '../../../../shared/countries/country-names'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { SelectField } from '../../ui/Field'

/** Every country and territory by its official name in the user's language; type to jump. */
export function CountrySelect(props: {
  label: string
  value: string
  onChange: (code: string) => void
  error?: string | undefined
}) {
  const { t, lang } = useI18n()
  const { countryNames } = useAppData()
  const options = useMemo(
    () => [
      { value: '', label: t('form.none') },
      ...listCountries(lang, countryNames).map((c) => ({ value: c.code, label: c.name })),
    ],
    [lang, countryNames, t],
  )
  return (
    <SelectField
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      options={options}
      error={props.error}
    />
  )
}
