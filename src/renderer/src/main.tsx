import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { translate, type Language } from '../../shared/i18n'
import { App } from './App'
import { openDataLayer } from './db'
import { backupBeforeUpgrade } from './features/backups/backup-service'
import { configureDataKey } from './features/backups/data-key-source'
import { startDataKeeper } from './features/backups/data-keeper'
import { guardAgainstSilentLoss } from './features/backups/guard-data'
import './styles.css'

/** Before any data is read, follow the system language for the loading and failure screens. */
function systemLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en'
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!)
  const fallback = systemLanguage()
  configureDataKey()
  root.render(<p className="splash">{translate(fallback, 'app.loading')}</p>)
  try {
    const data = await openDataLayer(undefined, { beforeUpgrade: backupBeforeUpgrade })
    await guardAgainstSilentLoss(root, data, fallback)
    const language = (await data.repos.settings.language()) ?? fallback
    const lastEventId = await data.repos.settings.lastEventId()
    const events = await data.repos.events.list({ includeArchived: true })
    const countryNames = await data.repos.settings.countryNames()
    root.render(
      <StrictMode>
        <App
          data={data}
          language={language}
          lastEventId={lastEventId}
          events={events}
          countryNames={countryNames}
        />
      </StrictMode>,
    )
    if (!data.readOnly) startDataKeeper(data.repos)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    root.render(
      <p className="splash" role="alert">
        {translate(fallback, 'app.openFailed', { reason })}
      </p>,
    )
  }
}

void start()
