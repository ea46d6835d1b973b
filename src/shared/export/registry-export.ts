// The registry view → an .xlsx (data sheet + "About" sheet) or a CSV file. Pure and synchronous,
// so it runs in a Web Worker; progress is reported by stage and the caller cancels by stopping
// the worker (or by throwing ExportCancelled from onProgress when run in the page).
import { countryName, type NameOverrides } from '../countries'
import type { EventRecord } from '../events/model'
import { translate, type Language, type MessageKey } from '../i18n'
import type { Delegation } from '../registry/model'
import { delegationLabel, type RegistryFilters, type RegistrySort } from '../registry/registry-view'
import type { ExportColumnId } from './columns'
import type { RegistryFormat } from './formats'
import { csvBytes } from './csv-writer'
import { eventName, formatDateRange, formatInstantInZone, safeFileStem } from './event-text'
import type { ExportProblem } from './problems'
import { buildRegistryTable, type ExportPerson } from './registry-table'
import { safeSheetName } from './sheet-name'
import { checkTableLimits, type Table } from './table'
import { writeXlsx } from './xlsx-writer'

/** What the table showed: recorded on the About sheet so the file explains itself. */
export interface ViewDescription {
  query: string
  filters: RegistryFilters
  sort: RegistrySort
}

export type ExportStage = 'rows' | 'writing' | 'packing'
export interface ExportProgress {
  stage: ExportStage
  done: number
  total: number
}

export interface RegistryExportInput {
  people: readonly ExportPerson[]
  event: EventRecord
  /** Every delegation of the event, to name the ones a filter chose. */
  delegations: readonly Delegation[]
  view: ViewDescription
  columns: readonly ExportColumnId[]
  lang: Language
  format: RegistryFormat
  /** ISO instant of the export, shown on the About sheet and in the file name. */
  exportedAt: string
  countryNames?: NameOverrides
  onProgress?: (progress: ExportProgress) => void
}

export type ExportResult =
  | { ok: true; bytes: Uint8Array; fileName: string; notices: ExportProblem[] }
  | { ok: false; problems: ExportProblem[] }

export function exportRegistry(input: RegistryExportInput): ExportResult {
  const { lang, event } = input
  const report = input.onProgress
  const table = buildRegistryTable(input.people, {
    lang,
    columns: input.columns,
    timeZone: event.timeZone,
    ...(input.countryNames && { countryNames: input.countryNames }),
    ...(report && {
      onProgress: (done: number, total: number) => report({ stage: 'rows', done, total }),
    }),
  })
  const problems = checkTableLimits(table)
  if (problems.length > 0) return { ok: false, problems }

  const stem = `${safeFileStem(event.shortName || eventName(event, lang), 'event')}-${translate(lang, 'export.sheet.participants').toLowerCase()}-${input.exportedAt.slice(0, 10)}`
  const stage = (s: ExportStage) => report?.({ stage: s, done: 0, total: 1 })
  if (input.format !== 'xlsx') {
    stage('writing')
    const delimiter = input.format === 'csv' ? ',' : ';'
    return { ok: true, bytes: csvBytes(table, { delimiter }), fileName: `${stem}.csv`, notices: [] }
  }

  const notices: ExportProblem[] = []
  const taken = new Set<string>()
  const wanted = event.shortName || eventName(event, lang)
  const dataName = safeSheetName(wanted, taken, translate(lang, 'export.sheet.participants'))
  if (dataName.changed && wanted.trim() !== '')
    notices.push({
      code: 'sheet_name_changed',
      severity: 'notice',
      value: wanted,
      detail: dataName.name,
    })
  const aboutName = safeSheetName(translate(lang, 'export.sheet.about'), taken)
  const about = aboutTable(input, table, dataName.name)
  const bytes = writeXlsx(
    [
      { name: dataName.name, table, styledHeader: true, autofilter: true },
      { name: aboutName.name, table: about, styledHeader: true, widths: [28, 60] },
    ],
    { title: eventName(event, lang), onStage: stage },
  )
  return { ok: true, bytes, fileName: `${stem}.xlsx`, notices }
}

/** The About sheet: the event, the export time, the view's filters and sort. */
export function aboutTable(input: RegistryExportInput, data: Table, sheetName: string): Table {
  const { lang, event, view } = input
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(lang, key, params)
  const none = t('export.about.none')
  const list = (values: readonly string[] | undefined, label: (v: string) => string): string =>
    values && values.length > 0 ? values.map(label).join(', ') : none
  const nameOf = (code: string) => countryName(code, lang, input.countryNames)
  const delegationNames = new Map(input.delegations.map((d) => [d.id, delegationLabel(d, nameOf)]))
  const f = view.filters
  const sortColumn = t(`registry.column.${view.sort.key}`)
  const rows: [MessageKey, string][] = [
    ['export.about.event', eventName(event, lang)],
    ['export.about.dates', formatDateRange(event.startDate, event.endDate, lang)],
    ['export.about.venue', event.venue || none],
    ['export.about.timeZone', event.timeZone],
    ['export.about.exportedAt', formatInstantInZone(input.exportedAt, event.timeZone)],
    ['export.about.rows', String(data.rows.length)],
    ['export.about.search', view.query.trim() || none],
    ['export.about.statuses', list(f.statuses, (s) => t(`status.${s}` as MessageKey))],
    ['export.about.modes', list(f.modes, (m) => t(`mode.${m}` as MessageKey))],
    ['export.about.roles', list(f.roles, (r) => t(`role.${r}` as MessageKey))],
    ['export.about.delegations', list(f.delegationIds, (id) => delegationNames.get(id) ?? id)],
    ['export.about.tag', f.tag?.trim() || none],
    [
      'export.about.missing',
      !f.missing
        ? none
        : f.missing === 'any'
          ? t('export.about.missingAny')
          : t(`export.gap.${f.missing}`),
    ],
    [
      'export.about.sort',
      t(view.sort.direction === 'asc' ? 'export.about.sortAsc' : 'export.about.sortDesc', {
        column: sortColumn,
      }),
    ],
    ['export.about.sheetName', sheetName],
    ['export.about.note', t('export.about.roundTrip')],
  ]
  return {
    columns: [
      { header: t('export.about.item'), kind: 'text' },
      { header: t('export.about.value'), kind: 'text' },
    ],
    rows: rows.map(([key, value]) => [t(key), value]),
  }
}
