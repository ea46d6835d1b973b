import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'

/** Back, the template's name and state, and what can be done with it. */
export function TemplateEditorHeader(props: {
  titleId: string
  title: string
  starter: boolean
  state: 'saved' | 'unsaved' | 'new'
  saving: boolean
  canDiscard: boolean
  readOnlyApp: boolean
  onBack: () => void
  onSave: () => void
  onDiscard: () => void
  onDuplicate: () => void
}) {
  const { t } = useI18n()
  return (
    <header className="press-header">
      <Button variant="ghost" onClick={props.onBack}>
        ← {t('press.templates.back')}
      </Button>
      <div className="press-header-title">
        <h1 id={props.titleId}>
          {props.title}
          {props.starter && (
            <span className="badge badge-muted">{t('press.templates.starter')}</span>
          )}
        </h1>
      </div>
      {!props.starter && (
        <p className="press-save-state" role="status">
          {props.saving
            ? t('press.templateEditor.saving')
            : t(`press.templateEditor.state.${props.state}`)}
        </p>
      )}
      <div className="press-header-actions">
        {props.starter ? (
          <Button variant="primary" disabled={props.readOnlyApp} onClick={props.onDuplicate}>
            {t('press.templates.duplicate')}
          </Button>
        ) : (
          <>
            {props.canDiscard && (
              <Button onClick={props.onDiscard}>{t('press.templateEditor.discard')}</Button>
            )}
            {props.state === 'saved' && (
              <Button disabled={props.readOnlyApp} onClick={props.onDuplicate}>
                {t('press.templates.duplicate')}
              </Button>
            )}
            <Button
              variant="primary"
              disabled={props.readOnlyApp || props.saving || props.state === 'saved'}
              aria-keyshortcuts="Control+S"
              onClick={props.onSave}
            >
              {t('press.templateEditor.save')}
            </Button>
          </>
        )}
      </div>
    </header>
  )
}
