// Registry records → the export table: one row per participant, the ID column first, enum values
// as the labels of the file's language (which the importer reads back), dates in the event's
// time zone, lists joined with "; " (which the importer splits on).
import { countryName, type NameOverrides } from '../countries'
import { translate, type Language } from '../i18n'
import { delegationLabel, documentGaps } from '../registry/registry-view'
import type { Contact, Delegation, Participant } from '../registry/model'
import { dateColumns, type ExportColumnId } from './columns'
import type { Table, TableColumn, TableValue } from './table'
import { zonedLocalFormatter } from './zoned-local'

/** One participant as the export needs it (a registry row without its search keys). */
export interface ExportPerson {
  participant: Participant
  contact: Contact
  delegation: Delegation | undefined
}

export interface RegistryTableOptions {
  lang: Language
  columns: readonly ExportColumnId[]
  /** The event's IANA zone: arrivals and departures are written as its wall-clock time. */
  timeZone: string
  countryNames?: NameOverrides
  /** Called every `PROGRESS_EVERY` rows with (done, total). May throw ExportCancelled. */
  onProgress?: (done: number, total: number) => void
}

export const PROGRESS_EVERY = 2_000

export function exportHeader(column: ExportColumnId, lang: Language): string {
  return translate(lang, `export.column.${column}`)
}

export function buildRegistryTable(
  people: readonly ExportPerson[],
  options: RegistryTableOptions,
): Table {
  const { lang } = options
  const columns: TableColumn[] = options.columns.map((id) => ({
    header: exportHeader(id, lang),
    kind: !dateColumns.has(id) ? 'text' : id === 'passportExpiry' ? 'date' : 'datetime',
  }))
  const nameOf = (code: string) => countryName(code, lang, options.countryNames)
  // Labels once, not per row: translate() is cheap, but 100,000 rows × 10 lookups adds up.
  const labels = new Map<string, string>()
  const label = (key: `${'role' | 'status' | 'mode' | 'gender'}.${string}`): string => {
    let text = labels.get(key)
    if (text === undefined) labels.set(key, (text = translate(lang, key as never)))
    return text
  }
  const delegationNames = new Map<string, string>()
  const delegationName = (d: Delegation | undefined): string => {
    if (!d) return ''
    let name = delegationNames.get(d.id)
    if (name === undefined) delegationNames.set(d.id, (name = delegationLabel(d, nameOf)))
    return name
  }
  const gapLabels = {
    nomination: translate(lang, 'export.gap.nomination'),
    passport: translate(lang, 'export.gap.passport'),
    visa: translate(lang, 'export.gap.visa'),
  }
  const zoned = zonedLocalFormatter(options.timeZone)
  const local = (instant: string | undefined): TableValue =>
    instant ? { date: zoned(instant) } : null

  const cell = (person: ExportPerson, column: ExportColumnId): TableValue => {
    const { participant: p, contact: c } = person
    switch (column) {
      case 'id':
        return p.id
      case 'honorific':
      case 'givenName':
      case 'familyName':
      case 'fullName':
      case 'organisation':
      case 'position':
        return c[column]
      case 'delegation':
        return delegationName(person.delegation)
      case 'role':
      case 'status':
      case 'mode':
        return label(`${column}.${p[column]}`)
      case 'gender':
        // "Not stated" is no value: left blank, the importer leaves the stored one alone.
        return c.gender === 'unspecified' ? '' : label(`gender.${c.gender}`)
      case 'email':
        return c.emails.join('; ')
      case 'phone':
        // As written: "+679 331 1234" comes back exactly, its E.164 form is derived again.
        return c.phones.map((x) => x.raw).join('; ')
      case 'nationality':
        return c.nationality ? nameOf(c.nationality) : ''
      case 'arrival':
      case 'departure':
        return local(p[column])
      case 'dietary':
      case 'accessibility':
      case 'notes':
        return p[column]
      case 'passportNumber':
        return p.documents.passportNumber
      case 'passportExpiry':
        return p.documents.passportExpiry ? { date: p.documents.passportExpiry } : null
      case 'tags':
        return p.tags.join(', ')
      case 'documents':
        return documentGaps(p)
          .map((g) => gapLabels[g])
          .join('; ')
    }
  }

  const rows: TableValue[][] = new Array<TableValue[]>(people.length)
  const ids = options.columns
  for (let r = 0; r < people.length; r++) {
    if (options.onProgress && r % PROGRESS_EVERY === 0) options.onProgress(r, people.length)
    const person = people[r]!
    const row = new Array<TableValue>(ids.length)
    for (let c = 0; c < ids.length; c++) row[c] = cell(person, ids[c]!)
    rows[r] = row
  }
  options.onProgress?.(people.length, people.length)
  return { columns, rows }
}
