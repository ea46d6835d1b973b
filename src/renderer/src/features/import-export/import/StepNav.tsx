import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'

/** Back and Next for a step; Next runs the step's work and is off while work runs. */
export function StepNav(props: {
  busy: boolean
  onBack?: () => void
  onNext?: () => void | Promise<void>
  nextDisabled?: boolean
}) {
  const { t } = useI18n()
  return (
    <div className="import-nav">
      {props.onBack && (
        <Button onClick={props.onBack} disabled={props.busy}>
          {t('import.back')}
        </Button>
      )}
      {props.onNext && (
        <Button
          variant="primary"
          disabled={props.busy || props.nextDisabled}
          onClick={() => void props.onNext?.()}
        >
          {t('import.next')}
        </Button>
      )}
    </div>
  )
}
