import { useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { FieldFrame } from '../../ui/Field'

/** A secret typed into a form: masked like a password unless the user shows it. */
export function SecretInput(props: {
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  error?: string
}) {
  const { t } = useI18n()
  const [shown, setShown] = useState(false)
  return (
    <FieldFrame label={props.label} hint={props.hint} error={props.error}>
      {({ inputId, describedBy }) => (
        <div className="secret-input">
          <input
            id={inputId}
            type={shown ? 'text' : 'password'}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={props.error ? true : undefined}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
          />
          <Button
            variant="ghost"
            aria-pressed={shown}
            aria-label={t(shown ? 'agenda.secret.hide' : 'agenda.secret.reveal', {
              what: props.label,
            })}
            onClick={() => setShown((s) => !s)}
          >
            {t(shown ? 'agenda.secret.hideShort' : 'agenda.secret.revealShort')}
          </Button>
        </div>
      )}
    </FieldFrame>
  )
}
