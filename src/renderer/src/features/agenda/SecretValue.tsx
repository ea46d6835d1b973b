import { useEffect, useState } from 'react'
import { maskSecret, secretState } from '../../../../shared/agenda/rooms'
import { useI18n } from '../../i18n/I18nProvider'
import { host } from '../../platform'
import { Button } from '../../ui/Button'
import { useToast } from '../../ui/Toasts'

const SHOW_FOR_MS = 20_000

/** A passcode or host key in a list: masked; shown or copied only when asked, then hidden again. */
export function SecretValue(props: { value: string; what: string }) {
  const { t } = useI18n()
  const toast = useToast()
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!shown) return
    const timer = setTimeout(() => setShown(false), SHOW_FOR_MS)
    return () => clearTimeout(timer)
  }, [shown])
  const state = secretState(props.value)
  if (state === 'none') return <span className="muted">—</span>
  // Sealed with another computer's key, or left out of the bundle it came in: nothing to show.
  if (state !== 'open') return <span className="muted">{t(`agenda.secret.${state}`)}</span>
  const copy = async () => {
    const ok = await host.copyText(props.value)
    toast(
      ok
        ? { message: t('agenda.secret.copied', { what: props.what }) }
        : { tone: 'error', message: t('agenda.copyFailed') },
    )
  }
  return (
    <span className="secret">
      <span className="secret-value" aria-live="polite">
        {shown ? (
          props.value
        ) : (
          <span aria-label={t('agenda.secret.hidden')}>{maskSecret(props.value)}</span>
        )}
      </span>
      <Button
        variant="ghost"
        aria-pressed={shown}
        aria-label={t(shown ? 'agenda.secret.hide' : 'agenda.secret.reveal', { what: props.what })}
        onClick={() => setShown((s) => !s)}
      >
        {t(shown ? 'agenda.secret.hideShort' : 'agenda.secret.revealShort')}
      </Button>
      <Button
        variant="ghost"
        aria-label={t('agenda.secret.copy', { what: props.what })}
        onClick={() => void copy()}
      >
        {t('agenda.copy')}
      </Button>
    </span>
  )
}
