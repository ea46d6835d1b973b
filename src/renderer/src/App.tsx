import { useCallback } from 'react'
import type { NameOverrides } from '../../shared/countries/country-names'
import type { EventRecord } from '../../shared/events/model'
import type { Language } from '../../shared/i18n'
import { translate } from '../../shared/i18n'
import { AppDataProvider } from './app/AppData'
import { AppShell } from './app/AppShell'
import type { DataLayer } from './db'
import { I18nProvider } from './i18n/I18nProvider'
import { ToastProvider } from './ui/Toasts'

export function App(props: {
  data: DataLayer
  language: Language
  lastEventId: string | undefined
  events: EventRecord[]
  countryNames: NameOverrides
}) {
  const { data } = props
  const rememberLanguage = useCallback(
    (lang: Language) => {
      if (!data.readOnly) void data.repos.settings.setLanguage(lang)
    },
    [data],
  )
  return (
    <I18nProvider initial={props.language} onChange={rememberLanguage}>
      <ToastProvider
        dismissLabel={translate(props.language, 'toast.dismiss')}
        regionLabel={translate(props.language, 'toast.region')}
      >
        <AppDataProvider
          data={data}
          initialEventId={props.lastEventId}
          initialEvents={props.events}
          initialCountryNames={props.countryNames}
        >
          <AppShell />
        </AppDataProvider>
      </ToastProvider>
    </I18nProvider>
  )
}
