import { useEffect, useState } from 'react'
import { languages, type Language } from '../../../../shared/i18n'
import { useI18n } from '../../i18n/I18nProvider'
import { host } from '../../platform'
import { CountryNamesEditor } from './CountryNamesEditor'

export function SettingsPage() {
  const { t, lang, setLang } = useI18n()
  const [info, setInfo] = useState<{ version: string; platform: string }>()
  useEffect(() => {
    void host.appInfo().then(setInfo)
  }, [])

  return (
    <section aria-labelledby="settings-title" className="page">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <fieldset className="radio-group">
        <legend>{t('settings.language')}</legend>
        {languages.map((l) => (
          <label key={l} className="radio">
            <input
              type="radio"
              name="language"
              value={l}
              checked={lang === l}
              onChange={() => setLang(l as Language)}
            />
            {t(`settings.language.${l}`)}
          </label>
        ))}
      </fieldset>
      <CountryNamesEditor />
      <h2>{t('settings.about')}</h2>
      <p>{t('settings.storage')}</p>
      {info && <p>{t('settings.version', info)}</p>}
    </section>
  )
}
