import type { Language } from '../../../../shared/i18n'
import { localeOf } from '../../i18n/I18nProvider'

/** An instant as the user reads it: date and time on this computer. */
export function formatInstant(iso: string, lang: Language): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date)
}
