import type { Translate } from '../i18n/I18nProvider'

/** Turns a failed write into a message in the user's language; never a stack trace. */
export function describeError(t: Translate, error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  if (name === 'ReadOnlyError') return t('error.readOnly')
  if (
    name === 'QuotaExceededError' ||
    (error as { inner?: { name?: string } })?.inner?.name === 'QuotaExceededError'
  )
    return t('error.quota')
  const reason = error instanceof Error ? error.message : String(error)
  return t('error.saveFailed', { reason: reason.slice(0, 200) })
}
