import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'

/** The end of an agenda form: why the last save failed, if it did; Cancel and Save. */
export function DraftFormFooter(props: {
  failure: string | undefined
  busy: boolean
  saveLabel: string
  onCancel: () => void
}) {
  const { t } = useI18n()
  return (
    <>
      {props.failure && (
        <p className="field-error" role="alert">
          {props.failure}
        </p>
      )}
      <div className="form-actions">
        <Button onClick={props.onCancel}>{t('agenda.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={props.busy}>
          {props.saveLabel}
        </Button>
      </div>
    </>
  )
}
