// iCalendar (RFC 5545) for Outlook, Google Calendar and Apple Calendar: CRLF line ends, lines
// folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, times in UTC
// ("…Z"), so no VTIMEZONE is needed and every client shows the session in the reader's own zone.

export interface IcsEvent {
  /** Stable across exports, so a second import updates the entry instead of duplicating it. */
  uid: string
  start: string
  end: string
  summary: string
  description: string
  location?: string
  /** An https link (already validated); written as the URL property. */
  url?: string
  /** Increase when the session changes, so clients take the update. */
  sequence?: number
  lastModified?: string
  categories?: string[]
}

export interface IcsCalendar {
  name: string
  events: readonly IcsEvent[]
  /** When the file was made (DTSTAMP). */
  stamp: string
}

const PRODID = '-//Sekretariat//Agenda//EN'
const encoder = new TextEncoder()

/** "20260803T020000Z" */
export function icsDateTime(instant: string): string {
  const iso = new Date(instant).toISOString()
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return (
    value
      // Control characters other than line breaks are not allowed in a content line.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  )
}

/**
 * Folds one content line: at most 75 octets per physical line, continuation lines start with a
 * space (which counts toward their 75), and a multi-byte character is never cut in two.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = 75
  for (const ch of line) {
    const size = encoder.encode(ch).length
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = 74
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function uri(value: string): string {
  // URIs are not TEXT: no escaping, but a line break or control character must never get in.
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f\s]/.test(value) ? '' : value
}

export function buildIcs(calendar: IcsCalendar): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ]
  const stamp = icsDateTime(calendar.stamp)
  for (const e of calendar.events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`)
    lines.push(`DTSTART:${icsDateTime(e.start)}`, `DTEND:${icsDateTime(e.end)}`)
    lines.push(`SUMMARY:${escapeText(e.summary)}`)
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`)
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`)
    const url = e.url ? uri(e.url) : ''
    if (url) lines.push(`URL:${url}`)
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`)
    if (e.lastModified) lines.push(`LAST-MODIFIED:${icsDateTime(e.lastModified)}`)
    lines.push(`SEQUENCE:${e.sequence ?? 0}`, 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
