import { translate, type Language } from '../i18n'
import { formatOffset } from '../time/zones'
import type { LocalRange, LocalSlot } from './local-time'

// Local times in words, in English or Indonesian: "Sun 16:00, one day earlier",
// "Min 16:00, sehari lebih awal". Intl supplies weekday and month names; the catalogue the rest.

export function localeOf(lang: Language): string {
  return lang === 'id' ? 'id-ID' : 'en-GB'
}

const noon = (date: string) => new Date(`${date}T12:00:00Z`)

/** "Sun" / "Min" (short) or "Sunday" / "Minggu" (long) for a calendar date. */
export function weekdayName(
  date: string,
  lang: Language,
  width: 'short' | 'long' = 'short',
): string {
  return new Intl.DateTimeFormat(localeOf(lang), { weekday: width, timeZone: 'UTC' }).format(
    noon(date),
  )
}

/** "Monday, 3 August 2026" / "Senin, 3 Agustus 2026". */
export function longDate(date: string, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(noon(date))
}

/** "3 Aug" / "3 Agu". */
export function shortDate(date: string, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(noon(date))
}

/** "" on the same day, else "one day earlier", "2 days later" … */
export function dayShiftLabel(shift: number, lang: Language): string {
  if (shift === 0) return ''
  if (shift === -1) return translate(lang, 'agenda.shift.dayEarlier')
  if (shift === 1) return translate(lang, 'agenda.shift.dayLater')
  return shift < 0
    ? translate(lang, 'agenda.shift.daysEarlier', { count: -shift })
    : translate(lang, 'agenda.shift.daysLater', { count: shift })
}

/** "Sun 16:00" */
export function slotText(slot: LocalSlot, lang: Language): string {
  return `${weekdayName(slot.date, lang)} ${slot.time}`
}

/**
 * A session's local times: "Mon 09:00–10:30", "Sun 23:00 – Mon 00:30" across midnight, with
 * ", one day earlier" when its start falls on another date than in the reference zone.
 */
export function rangeText(range: LocalRange, lang: Language): string {
  const span = range.crossesMidnight
    ? `${slotText(range.start, lang)} – ${slotText(range.end, lang)}`
    : `${slotText(range.start, lang)}–${range.end.time}`
  const shift = dayShiftLabel(range.start.dayShift, lang)
  return shift ? `${span}, ${shift}` : span
}

/** "Pacific/Rarotonga (UTC−10:00)" */
export function zoneLabel(zone: string, offsetMinutes: number): string {
  return `${zone.replace(/_/g, ' ')} (${formatOffset(offsetMinutes)})`
}

/** "1–12 August 2022" / "1–12 Agustus 2022", for certificates and letters. */
export function longDateRange(start: string, end: string, lang: Language): string {
  const format = new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  // ICU puts spaces around the dash even between two day numbers; "1–12 August" needs none.
  return format.formatRange(noon(start), noon(end)).replace(/(\d)\s+–\s+(\d)/u, '$1–$2')
}

/** "88.8" / "88,8": a number with at most one decimal, as the language writes it. */
export function decimalText(value: number, lang: Language): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(value)
}
