import { useState } from 'react'
import { safeHref } from '../../../../shared/press/doc-model'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/Field'

/** Asks for a link target; only web pages and email addresses are accepted. */
export function LinkDialog(props: {
  open: boolean
  initial: string
  onClose: () => void
  onApply: (href: string) => void
  onRemove: () => void
}) {
  const { t } = useI18n()
  const [value, setValue] = useState(props.initial)
  const [error, setError] = useState<string>()

  const apply = () => {
    const text = value.trim()
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text)
      ? text
      : text.includes('@')
        ? `mailto:${text}`
        : `https://${text}`
    const href = safeHref(withScheme)
    if (!href) return setError(t('press.link.invalid'))
    props.onApply(href)
  }

  return (
    <Dialog title={t('press.link.title')} open={props.open} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          apply()
        }}
      >
        <TextField
          label={t('press.link.address')}
          hint={t('press.link.hint')}
          error={error}
          value={value}
          autoFocus
          onChange={(e) => {
            setValue(e.target.value)
            setError(undefined)
          }}
        />
        <div className="form-actions">
          {props.initial && (
            <Button variant="ghost" onClick={props.onRemove}>
              {t('press.link.remove')}
            </Button>
          )}
          <Button onClick={props.onClose}>{t('press.cancel')}</Button>
          <Button variant="primary" type="submit">
            {t('press.link.apply')}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
