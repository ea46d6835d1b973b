import type { Root } from 'react-dom/client'
import { checkForSilentLoss } from '../../../../shared/backup/manifest'
import type { Language } from '../../../../shared/i18n'
import type { DataLayer } from '../../db'
import { I18nProvider } from '../../i18n/I18nProvider'
import { host } from '../../platform'
import { refreshManifest } from './data-manifest'
import { LossScreen } from './LossScreen'

/**
 * Before the app shows (and can write) anything: compares what the database holds with what the
 * manifest outside it remembers. When most of it is gone, shows the missing-data screen instead
 * and resolves only when the user chooses to go on with what is there (a restore reloads).
 */
export async function guardAgainstSilentLoss(
  root: Root,
  data: DataLayer,
  lang: Language,
): Promise<void> {
  if (data.readOnly) return
  const manifest = await host.readManifest().catch(() => null)
  const check = checkForSilentLoss(manifest, await data.repos.backups.counts())
  if (check.status === 'ok') return
  await new Promise<void>((resolve) => {
    root.render(
      <I18nProvider initial={lang} onChange={() => undefined}>
        <LossScreen
          repos={data.repos}
          check={check}
          onContinue={async () => {
            await refreshManifest(data.repos).catch(() => undefined)
            resolve()
          }}
        />
      </I18nProvider>,
    )
  })
}
