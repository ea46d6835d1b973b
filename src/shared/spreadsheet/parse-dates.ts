// Dates as embassies write them. Results are local ISO strings ("2022-08-12" or
// "2022-08-12T14:30"): the event's time zone, applied later, turns them into instants.
import { MONTHS } from './months'

export type DateOrder = 'dmy' | 'mdy'

const DAY_MS = 86_400_000
const EPOCH_1900 = Date.UTC(1899, 11, 30) // serial 0, counting Excel's phantom 29 Feb 1900
const EPOCH_1904 = Date.UTC(1904, 0, 1)
const MAX_SERIAL = 2_958_465 // 9999-12-31

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

function formatLocal(ms: number, seconds: number): string {
  const date = new Date(ms).toISOString().slice(0, 10)
  if (seconds === 0) return date
  const hh = pad(Math.floor(seconds / 3600))
  const mm = pad(Math.floor((seconds % 3600) / 60))
  const ss = seconds % 60
  return `${date}T${hh}:${mm}${ss ? ':' + pad(ss) : ''}`
}

/**
 * An Excel serial as a local ISO date (and time when it has one). 1900 system: serial 1 is
 * 1900-01-01 and 60 is Lotus 1-2-3's 29 Feb 1900, which never existed (null). 1904: 0 is 1904-01-01.
 */
export function serialToLocal(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL + 1) return null
  const total = Math.round(serial * 86_400)
  const day = Math.floor(total / 86_400)
  const seconds = total % 86_400
  if (date1904)
    return day > MAX_SERIAL - 1462 ? null : formatLocal(EPOCH_1904 + day * DAY_MS, seconds)
  if (day < 1 || day === 60 || day > MAX_SERIAL) return null
  return formatLocal(EPOCH_1900 + (day < 60 ? day + 1 : day) * DAY_MS, seconds)
}

/** The inverse of serialToLocal, for "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]". */
export function localToSerial(local: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(local)
  if (!m) return null
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  const fraction = (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86_400
  if (date1904) return (ms - EPOCH_1904) / DAY_MS + fraction
  const days = (ms - EPOCH_1900) / DAY_MS
  return (days < 61 ? days - 1 : days) + fraction
}

function validDate(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 9999 || mo < 1 || mo > 12 || d < 1) return null
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`
}

const fullYear = (y: string): number =>
  y.length === 2 ? Number(y) + (Number(y) < 70 ? 2000 : 1900) : Number(y)

const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/
const WEEKDAY =
  /^(senin|selasa|rabu|kamis|jumat|jum at|sabtu|minggu|ahad|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[,.]?\s+/
const TIME =
  /(?:\s+|t|,\s*|\s+(?:pukul|jam|at|a)\s+)(\d{1,2})(?::|\.|h)(\d{2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(?:wib|wita|wit|local))?$/

function clean(text: string): string {
  return text
    .trim()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
}

/**
 * Decides day/month order for a whole file from its numeric dates: a first part over 12 means
 * d/m, a second part over 12 means m/d. Undecidable (or contradictory) → d/m, the ministry's
 * convention, flagged ambiguous.
 */
export function detectDateOrder(texts: Iterable<string>): { order: DateOrder; ambiguous: boolean } {
  let dmy = 0
  let mdy = 0
  let numeric = 0
  for (const text of texts) {
    const m = NUMERIC.exec(clean(text).replace(TIME, ''))
    if (!m) continue
    numeric++
    const a = Number(m[1])
    const b = Number(m[2])
    if (a > 12 && b <= 12) dmy++
    if (b > 12 && a <= 12) mdy++
  }
  if (mdy > 0 && dmy === 0) return { order: 'mdy', ambiguous: false }
  return { order: 'dmy', ambiguous: numeric > 0 && (dmy === 0 || mdy > 0) }
}

function parseTime(text: string): { rest: string; seconds: number } | null {
  const m = TIME.exec(text)
  if (!m) return { rest: text, seconds: 0 }
  let h = Number(m[1])
  const min = Number(m[2])
  const s = Number(m[3] ?? 0)
  const half = m[4]?.[0]
  if (half && (h < 1 || h > 12)) return null
  if (half === 'p' && h < 12) h += 12
  if (half === 'a' && h === 12) h = 0
  if (h > 23 || min > 59 || s > 59) return null
  return { rest: text.slice(0, m.index).trim(), seconds: h * 3600 + min * 60 + s }
}

/** A text date in any shape we know, as a local ISO string; null when it is not a date. */
export function parseDateText(text: string, order: DateOrder = 'dmy'): string | null {
  const time = parseTime(clean(text).replace(WEEKDAY, ''))
  if (!time) return null
  const s = time.rest.replace(/,$/, '')
  let date: string | null = null
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s)))
    date = validDate(+m[1]!, +m[2]!, +m[3]!)
  else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) date = validDate(+m[1]!, +m[2]!, +m[3]!)
  else if ((m = NUMERIC.exec(s))) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)]
    date = order === 'dmy' ? validDate(y, b, a) : validDate(y, a, b)
  } else if (
    (m = /^(\d{1,2})(?:er|st|nd|rd|th)?[\s\-./]+([a-z]+)\.?[\s\-./,]+(\d{4}|\d{2})$/.exec(s))
  ) {
    const month = MONTHS.get(m[2]!)
    if (month) date = validDate(fullYear(m[3]!), month, +m[1]!)
  } else if ((m = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/.exec(s))) {
    const month = MONTHS.get(m[1]!)
    if (month) date = validDate(+m[3]!, month, +m[2]!)
  }
  if (!date) return null
  return time.seconds ? formatLocal(Date.parse(date), time.seconds) : date
}
