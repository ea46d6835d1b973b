import {
  actionsFrom,
  type PressReleaseRecord,
  type StatusAction,
} from '../../../../shared/press/release-model'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { SaveIndicator } from './SaveIndicator'
import type { SaveState } from './use-autosave'

/** Title, status and the workflow's next steps, the save state and "Save version". */
export function ReleaseHeader(props: {
  release: PressReleaseRecord
  saveState: SaveState
  busy: boolean
  readOnlyApp: boolean
  onBack: () => void
  onStatus: (action: StatusAction) => void
  onSaveVersion: () => void
  onRetry: () => void
}) {
  const { t } = useI18n()
  const { release } = props
  return (
    <header className="press-header">
      <Button variant="ghost" onClick={props.onBack}>
        ← {t('press.back')}
      </Button>
      <div className="press-header-title">
        <h1 id="press-release-title">{release.title}</h1>
        <p className="muted">
          {t(`press.kind.${release.kind}`)} ·{' '}
          <span className={`badge press-status press-status-${release.status}`}>
            {t(`press.status.${release.status}`)}
          </span>
        </p>
      </div>
      <SaveIndicator state={props.saveState} onRetry={props.onRetry} />
      <div className="press-header-actions">
        <Button
          onClick={props.onSaveVersion}
          disabled={props.busy || props.readOnlyApp}
          aria-keyshortcuts="Control+S"
        >
          {t('press.saveVersion')}
        </Button>
        {actionsFrom(release.status).map((action) => (
          <Button
            key={action}
            variant={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'}
            disabled={props.busy || props.readOnlyApp}
            onClick={() => props.onStatus(action)}
          >
            {t(`press.action.${action}`)}
          </Button>
        ))}
      </div>
    </header>
  )
}
