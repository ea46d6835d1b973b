import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'

/** Asked before leaving a template with changes not saved: save, discard, or stay. */
export function UnsavedTemplateDialog(props: {
  name: string
  saving: boolean
  onSave: () => void
  onDiscard: () => void
  onStay: () => void
}) {
  const { t } = useI18n()
  return (
    <Dialog
      title={t('press.templateEditor.leaveTitle', { name: props.name })}
      open
      onClose={props.onStay}
    >
      <p>{t('press.templateEditor.leaveBody')}</p>
      <div className="form-actions">
        <Button onClick={props.onStay}>{t('press.templateEditor.keepEditing')}</Button>
        <Button variant="danger" onClick={props.onDiscard}>
          {t('press.templateEditor.discard')}
        </Button>
        <Button variant="primary" disabled={props.saving} onClick={props.onSave}>
          {t('press.templateEditor.save')}
        </Button>
      </div>
    </Dialog>
  )
}
