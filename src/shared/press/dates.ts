import type { PressLang } from './language'

// Dates as a press release writes them: day, month name, year, no weekday, no leading zero.
// Month names are spelled out here rather than taken from Intl so that every machine prints the
// same words whatever its ICU data.

const monthNames: Record<PressLang, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

/** An en dash, closed up, as in "1–12 August 2022". */
export const RANGE_DASH = '\u2013'

interface CalendarDate {
  year: number
  month: number
  day: number
}

function parseDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) throw new RangeError(`not a calendar date: ${iso}`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    throw new RangeError(`not a calendar date: ${iso}`)
  return { year, month, day }
}

function monthName(month: number, lang: PressLang): string {
  return monthNames[lang][month - 1] ?? ''
}

/** "1 Agustus 2022" / "1 August 2022" from "2022-08-01". */
export function formatPressDate(iso: string, lang: PressLang): string {
  const d = parseDate(iso)
  return `${d.day} ${monthName(d.month, lang)} ${d.year}`
}

/**
 * A date range as the ministry writes it, the shared parts said once:
 * same day "1 Agustus 2022"; same month "1–12 Agustus 2022"; same year "30 Juli–2 Agustus 2022";
 * across years "30 Desember 2022–2 Januari 2023". English follows the same day-month-year
 * pattern ("1–12 August 2022"). An end before the start is written out in full, never reordered.
 */
export function formatDateRange(startIso: string, endIso: string, lang: PressLang): string {
  const a = parseDate(startIso)
  const b = parseDate(endIso)
  if (startIso === endIso) return formatPressDate(startIso, lang)
  if (endIso < startIso || a.year !== b.year)
    return `${formatPressDate(startIso, lang)}${RANGE_DASH}${formatPressDate(endIso, lang)}`
  if (a.month !== b.month)
    return `${a.day} ${monthName(a.month, lang)}${RANGE_DASH}${b.day} ${monthName(b.month, lang)} ${b.year}`
  return `${a.day}${RANGE_DASH}${b.day} ${monthName(b.month, lang)} ${b.year}`
}

/** Calendar days from start to end, both included: 1–12 August is 12 days. */
export function daysInclusive(startIso: string, endIso: string): number {
  const a = parseDate(startIso)
  const b = parseDate(endIso)
  const ms = Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)
  return Math.round(ms / 86_400_000) + 1
}
