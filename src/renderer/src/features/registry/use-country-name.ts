import { useCallback } from 'react'
import { countryName } from '../../../../shared/countries/country-names'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'

/** Country and territory names in the current language, with the staff's official names. */
export function useCountryName(): (code: string) => string {
  const { lang } = useI18n()
  const { countryNames } = useAppData()
  return useCallback((code: string) => countryName(code, lang, countryNames), [lang, countryNames])
}
