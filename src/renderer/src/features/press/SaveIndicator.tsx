import { describeError } from '../../app/describe-error'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import type { SaveState } from './use-autosave'

/** Where autosave is: a polite status, with a way out when a save failed. */
export function SaveIndicator(props: { state: SaveState; onRetry: () => void }) {
  const { t } = useI18n()
  const { state } = props
  return (
    <div className="press-save-state" role="status">
      {state.kind === 'saved' && <span>{t('press.save.saved')}</span>}
      {state.kind === 'pending' && <span>{t('press.save.pending')}</span>}
      {state.kind === 'saving' && <span>{t('press.save.saving')}</span>}
      {state.kind === 'error' && (
        <span className="press-save-error">
          {describeError(t, state.error)}{' '}
          <Button variant="ghost" onClick={props.onRetry}>
            {t('press.save.retry')}
          </Button>
        </span>
      )}
      {state.kind === 'conflict' && (
        <span className="press-save-error">
          {t('press.save.conflict')}{' '}
          <Button variant="ghost" onClick={() => window.location.reload()}>
            {t('press.save.reload')}
          </Button>
        </span>
      )}
    </div>
  )
}
