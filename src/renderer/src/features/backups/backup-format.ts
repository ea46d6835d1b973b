import type { BackupHeader } from '../../../../shared/backup/format'
import { countWork } from '../../../../shared/backup/manifest'
import type { Language, MessageKey } from '../../../../shared/i18n'
import { localeOf, type Translate } from '../../i18n/I18nProvider'

// How backups are written on screen: dates, sizes, table names, "what it holds".

export function formatWhen(lang: Language, iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date)
}

/** A calendar date (YYYY-MM-DD) written out: "11 September 2026", "11 September 2026". */
export function formatDay(lang: Language, day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return day
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  )
}

export function formatSize(lang: Language, bytes: number): string {
  const mb = bytes >= 1024 * 1024
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(mb ? bytes / (1024 * 1024) : Math.max(0.1, bytes / 1024))
}

export function headerCounts(header: BackupHeader): Record<string, number> {
  return Object.fromEntries(header.tables.map((t) => [t.name, t.count]))
}

/** "3 events, 412 records": the records people made (not settings or history). */
export function describeHolds(t: Translate, header: BackupHeader): string {
  return t('backups.holds', {
    events: header.events.length,
    records: countWork(headerCounts(header)),
  })
}

const KNOWN_TABLES = [
  'events',
  'participants',
  'contacts',
  'delegations',
  'sessions',
  'rooms',
  'pressReleases',
  'importBatches',
  'settings',
  'changeLog',
]

/** Where a table sorts in a list: known ones in their order, others after them. */
export function tableRank(name: string): number {
  const i = KNOWN_TABLES.indexOf(name)
  return i < 0 ? KNOWN_TABLES.length : i
}

/** A table's name for people; tables added later by other features show their own name. */
export function tableLabel(t: Translate, name: string): string {
  return KNOWN_TABLES.includes(name) ? t(`backups.table.${name}` as MessageKey) : name
}
