import { isValidTimeZone, zonedLocalToUtc } from '../time/zones'

// Timestamps as meeting platforms write them in their reports: Zoom "08/02/2022 08:55:01 AM",
// Teams "8/2/22, 8:55:01 AM" (or the organiser's locale: "02/08/2022, 08:55:01"), ISO. They
// carry no zone: the report is in the zone of whoever downloaded it, which the user states.

export type DateOrder = 'mdy' | 'dmy'

const SLASHED =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?$/
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/

export interface ReportTime {
  /** Fields as read; month/day not yet ordered for slashed dates. */
  a: number
  b: number
  year: number
  hour: number
  minute: number
  second: number
  /** Explicit UTC offset in minutes when the text had one (ISO only). */
  offset?: number
  slashed: boolean
}

export function readReportTime(text: string): ReportTime | null {
  const t = text.trim()
  const s = SLASHED.exec(t)
  if (s) {
    let hour = Number(s[4])
    const meridiem = s[7]?.toLowerCase().replace(/\./g, '')
    if (meridiem) {
      if (hour < 1 || hour > 12) return null
      hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0)
    }
    const y = s[3]!
    return {
      a: Number(s[1]),
      b: Number(s[2]),
      year: y.length === 2 ? 2000 + Number(y) : Number(y),
      hour,
      minute: Number(s[5]),
      second: Number(s[6] ?? 0),
      slashed: true,
    }
  }
  const i = ISO.exec(t)
  if (i) {
    const zone = i[7]
    let offset: number | undefined
    if (zone === 'Z') offset = 0
    else if (zone) {
      const digits = zone.replace(':', '')
      offset =
        (digits[0] === '-' ? -1 : 1) *
        (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)))
    }
    return {
      a: Number(i[2]),
      b: Number(i[3]),
      year: Number(i[1]),
      hour: Number(i[4]),
      minute: Number(i[5]),
      second: Number(i[6] ?? 0),
      ...(offset !== undefined ? { offset } : {}),
      slashed: false,
    }
  }
  return null
}

/**
 * Which way round slashed dates are, judged from all of a report's times at once: a first number
 * above 12 means day-first, a second above 12 month-first; `fallback` when nothing tells.
 */
export function detectDateOrder(
  times: readonly (ReportTime | null)[],
  fallback: DateOrder,
): DateOrder {
  let dmy = false
  let mdy = false
  for (const t of times) {
    if (!t?.slashed) continue
    if (t.a > 12) dmy = true
    if (t.b > 12) mdy = true
  }
  if (dmy && !mdy) return 'dmy'
  if (mdy && !dmy) return 'mdy'
  return fallback
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The UTC instant of a report time, read in `zone`; null when it is not a real date and time. */
export function reportTimeToUtc(t: ReportTime, order: DateOrder, zone: string): string | null {
  const [month, day] = t.slashed ? (order === 'mdy' ? [t.a, t.b] : [t.b, t.a]) : [t.a, t.b]
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  if (t.hour > 23 || t.minute > 59 || t.second > 59 || t.year < 2000 || t.year > 2100) return null
  if (new Date(Date.UTC(t.year, month - 1, day)).getUTCDate() !== day) return null
  const local = `${t.year}-${pad(month)}-${pad(day)}T${pad(t.hour)}:${pad(t.minute)}`
  if (t.offset !== undefined) {
    const ms = Date.parse(`${local}:00Z`) - t.offset * 60_000 + t.second * 1000
    return new Date(ms).toISOString()
  }
  if (!isValidTimeZone(zone)) return null
  const utc = zonedLocalToUtc(local, zone)
  return utc ? new Date(Date.parse(utc) + t.second * 1000).toISOString() : null
}
