// Event facts as they are printed on exported files, in the file's language.
import type { EventRecord } from '../events/model'
import type { Language } from '../i18n'
import { formatDateRange as formatPressRange } from '../press/dates'
import { formatOffset, utcToZonedLocal, zoneOffsetMinutes } from '../time/zones'

/** The event's name in the language; the English name when there is no Indonesian one. */
export function eventName(event: Pick<EventRecord, 'nameEn' | 'nameId'>, lang: Language): string {
  return lang === 'id' && event.nameId.trim() !== '' ? event.nameId : event.nameEn
}

/** "1–12 August 2026" / "1–12 Agustus 2026": the ministry's way, shared with press releases. */
export function formatDateRange(start: string, end: string, lang: Language): string {
  return formatPressRange(start, end, lang)
}

/** "2026-07-01 10:22 (Asia/Jakarta, UTC+07:00)": an instant as the event's wall-clock time. */
export function formatInstantInZone(instant: string, zone: string): string {
  const local = utcToZonedLocal(instant, zone).replace('T', ' ')
  const offset = formatOffset(zoneOffsetMinutes(zone, new Date(instant)))
  return `${local} (${zone}, ${offset})`
}

/** A file name every system accepts: no path or reserved characters, no trailing dot or space. */
export function safeFileStem(text: string, fallback: string): string {
  const stem = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/g, '')
  return stem === '' ? fallback : stem
}
