import { useMemo } from 'react'
import { listCountries } from '../../../../../shared/countries/country-names'
import type { CountryQuestion } from '../../../../../shared/import-plan/session'
import { useAppData } from '../../../app/AppData'
import { useI18n } from '../../../i18n/I18nProvider'
import { useCountryName } from '../../registry/use-country-name'

/** Country names the directory was unsure of: the user picks the country; nothing is guessed. */
export function CountryQuestions(props: {
  questions: CountryQuestion[]
  answers: Map<string, string>
  disabled: boolean
  onAnswer: (text: string, code: string | undefined) => void
}) {
  const { t, lang } = useI18n()
  const { countryNames } = useAppData()
  const countryName = useCountryName()
  const all = useMemo(() => listCountries(lang, countryNames), [lang, countryNames])
  const answered = [...props.answers.keys()].filter(
    (text) => !props.questions.some((q) => q.text === text),
  )
  if (props.questions.length === 0 && answered.length === 0) return null
  const rows = [...props.questions, ...answered.map((text) => ({ text, count: 0, candidates: [] }))]
  return (
    <fieldset className="import-panel">
      <legend>{t('import.rows.countries')}</legend>
      <p className="import-muted">{t('import.rows.countriesIntro')}</p>
      {rows.map((q) => {
        const value = props.answers.get(q.text)
        const candidates = q.candidates.map((c) => c.code)
        return (
          <label key={q.text} className="import-question">
            <span>{t('import.rows.countryFor', { text: q.text, count: q.count })}</span>
            <select
              value={value === undefined ? '?' : value}
              disabled={props.disabled}
              onChange={(e) =>
                props.onAnswer(q.text, e.target.value === '?' ? undefined : e.target.value)
              }
            >
              <option value="?">{t('import.rows.countryAsk')}</option>
              <option value="">{t('import.rows.countryLeave')}</option>
              {candidates.map((code) => (
                <option key={`c-${code}`} value={code}>
                  {countryName(code)}
                </option>
              ))}
              <option disabled>──────────</option>
              {all
                .filter((c) => !candidates.includes(c.code))
                .map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
            </select>
          </label>
        )
      })}
    </fieldset>
  )
}
