import { useI18n } from '../i18n/I18nProvider'
import { languages, type Language } from '../../../shared/i18n'
import { EventsPage } from '../features/events/EventsPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { AreaPlaceholder } from '../features/areas/AreaPlaceholder'
import { RegistryArea } from '../features/registry/RegistryArea'
import { BackupsArea } from '../features/backups/BackupsArea'
import { ImportExportArea } from '../features/import-export/ImportExportArea'
import { PressArea } from '../features/press/PressArea'
import { AgendaArea } from '../features/agenda/AgendaArea'
import { useAppData } from './AppData'
import { areas, useArea, type AreaId } from './routes'
import { EventSwitcher } from './EventSwitcher'
import { LATEST_SCHEMA_VERSION } from '../db'

export function AppShell() {
  const { t, lang, setLang } = useI18n()
  const { readOnly, storedVersion } = useAppData()
  const [area, setArea] = useArea()

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <EventSwitcher onOpenEvents={() => setArea('events')} />
        <label className="lang-switch">
          <span>{t('settings.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Language)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`settings.language.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {areas.map((a) => (
            <li key={a.id}>
              <a
                href={`#/${a.id}`}
                aria-current={a.id === area ? 'page' : undefined}
                className={a.id === area ? 'active' : undefined}
              >
                {t(a.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {readOnly && (
          <p className="banner banner-warning" role="alert">
            {t('app.readOnly', { stored: storedVersion ?? '?', known: LATEST_SCHEMA_VERSION })}
          </p>
        )}
        <Area id={area} goToEvents={() => setArea('events')} />
      </main>
    </div>
  )
}

function Area(props: { id: AreaId; goToEvents: () => void }) {
  const { currentEvent } = useAppData()
  switch (props.id) {
    case 'events':
      return <EventsPage />
    case 'settings':
      return <SettingsPage />
    case 'backups':
      return <BackupsArea />
    case 'registry':
      return currentEvent ? (
        <RegistryArea key={currentEvent.id} event={currentEvent} />
      ) : (
        <AreaPlaceholder area="registry" goToEvents={props.goToEvents} />
      )
    case 'import-export':
      return currentEvent ? (
        <ImportExportArea key={currentEvent.id} event={currentEvent} />
      ) : (
        <AreaPlaceholder area="import-export" goToEvents={props.goToEvents} />
      )
    case 'press':
      return currentEvent ? (
        <PressArea key={currentEvent.id} event={currentEvent} />
      ) : (
        <AreaPlaceholder area="press" goToEvents={props.goToEvents} />
      )
    case 'agenda':
      return currentEvent ? (
        <AgendaArea key={currentEvent.id} event={currentEvent} />
      ) : (
        <AreaPlaceholder area="agenda" goToEvents={props.goToEvents} />
      )
    default:
      return <AreaPlaceholder area={props.id} goToEvents={props.goToEvents} />
  }
}
