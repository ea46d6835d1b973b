import { withholdSecrets } from '../../../../shared/backup/bundle'
import { encodeValue } from '../../../../shared/backup/value-codec'
import { WITHHELD } from '../../../../shared/backup/sealed'
import type { TableDump } from '../../../../shared/backup/format'
import type { MessageKey } from '../../../../shared/i18n'
import type { Translate } from '../../i18n/I18nProvider'

// How a bundle's records read in the import dialog: a name for each, each field as short text,
// secrets masked.

const MASK = '••••'
type Row = Record<string, unknown>

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text)
const isPlain = (v: unknown): v is Row =>
  !!v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype

/** Bookkeeping fields: part of a conflict, but not something a person decides on. */
const QUIET = new Set(['createdAt', 'updatedAt'])

/** The value at `path` as text; secrets (sealed, or a declared secret field) show as ••••. */
function show(table: string, path: readonly string[], value: unknown): string {
  const wrapped = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value)
  const masked = path.reduce<unknown>(
    (v, key) => (isPlain(v) ? v[key] : undefined),
    withholdSecrets(table, wrapped),
  )
  if (masked === WITHHELD) return MASK
  if (masked === '' || masked === undefined || masked === null) return '—'
  if (typeof masked === 'string') return clip(masked)
  return clip(JSON.stringify(encodeValue(masked), (_k, v) => (v === WITHHELD ? MASK : v)) ?? '')
}

export interface FieldRow {
  field: string
  mine: string
  theirs: string
}

/** The rows a person compares: differing fields, nested ones one level down, no bookkeeping. */
export function conflictRows(
  table: string,
  fields: readonly string[],
  mine: Row,
  theirs: Row,
): FieldRow[] {
  const rows: FieldRow[] = []
  for (const field of fields) {
    if (QUIET.has(field)) continue
    const a = mine[field]
    const b = theirs[field]
    if (isPlain(a) && isPlain(b)) {
      for (const sub of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        const x = show(table, [field, sub], a[sub])
        const y = show(table, [field, sub], b[sub])
        if (JSON.stringify(encodeValue(a[sub])) !== JSON.stringify(encodeValue(b[sub])))
          rows.push({ field: `${field}.${sub}`, mine: x, theirs: y })
      }
    } else rows.push({ field, mine: show(table, [field], a), theirs: show(table, [field], b) })
  }
  return rows
}

/** Contacts of a bundle by id, to name its participants. */
export function contactsOf(tables: readonly TableDump[]): Map<string, Row> {
  const rows = tables.find((t) => t.name === 'contacts')?.rows ?? []
  return new Map(rows.map((r) => [String((r as Row).id), r as Row]))
}

const text = (v: unknown) => (typeof v === 'string' ? v : '')

function personName(row: Row | undefined): string {
  if (!row) return ''
  return (
    text(row.fullName) ||
    [text(row.honorific), text(row.givenName), text(row.familyName)].filter(Boolean).join(' ')
  )
}

/** "Participant: Tevita Fifita", "Room: Main plenary", or the table and id when nameless. */
export function recordLabel(
  t: Translate,
  table: string,
  record: unknown,
  contacts: Map<string, Row>,
): string {
  const row = (record ?? {}) as Row
  const name =
    (table === 'participants' ? personName(contacts.get(text(row.contactId))) : '') ||
    (table === 'contacts' ? personName(row) : '') ||
    text(row.nameEn) ||
    text(row.titleEn) ||
    text(row.name) ||
    text(row.countryCode) ||
    text(row.organisationName) ||
    text(row.id)
  const known = [
    'events',
    'participants',
    'contacts',
    'delegations',
    'sessions',
    'rooms',
    'pressReleases',
  ]
  const kind = known.includes(table) ? t(`bundles.kind.${table}` as MessageKey) : table
  return t('bundles.dialog.record', { kind, name })
}
