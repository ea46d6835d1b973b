import type { EventRecord } from '../../../../shared/events/model'
import type { Language } from '../../../../shared/i18n'
import { localeOf } from '../../i18n/I18nProvider'

export function displayEventName(event: EventRecord, lang: Language): string {
  return (lang === 'id' && event.nameId) || event.nameEn
}

/** "1–12 Aug 2022" style range in the user's language; dates are the event's local dates. */
export function formatDateRange(start: string, end: string, lang: Language): string {
  const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`)
  const format = new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return format.formatRange(toDate(start), toDate(end))
}
