// The blank nomination form sent to embassies: an instructions sheet, a form whose headers are
// exactly the importer's (so a returned form maps itself with full confidence), and a hidden
// sheet of allowed values that the form's drop-down lists point to.
import { listCountries, type NameOverrides } from '../countries'
import type { EventRecord } from '../events/model'
import { translate, type Language, type MessageKey } from '../i18n'
import { genders, participantRoles, participationModes } from '../registry/model'
import { eventName, formatDateRange, safeFileStem } from './event-text'
import { MAX_FORM_ROWS } from './problems'
import { safeSheetName } from './sheet-name'
import type { Table } from './table'
import { writeXlsx, type ListValidation } from './xlsx-writer'

/** The form's columns, in order: each header is an alias of the importer field named here. */
export const nominationColumns = [
  'honorific',
  'givenName',
  'familyName',
  'gender',
  'position',
  'organisation',
  'email',
  'phone',
  'whatsapp',
  'delegation',
  'nationality',
  'role',
  'mode',
  'arrival',
  'departure',
  'dietary',
  'accessibility',
  'passportNumber',
  'passportExpiry',
  'notes',
] as const
export type NominationColumn = (typeof nominationColumns)[number]

export interface NominationFormInput {
  event: EventRecord
  lang: Language
  /** Rows with drop-down lists (the form still takes more). */
  rows: number
  countryNames?: NameOverrides
}

/** Instruction lines are broken at this width: a cell neither wraps nor prints past the page. */
const INSTRUCTION_WIDTH = 88

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

const kindOf = (c: NominationColumn): Table['columns'][number]['kind'] =>
  c === 'arrival' || c === 'departure' ? 'datetime' : c === 'passportExpiry' ? 'date' : 'text'

export function nominationForm(input: NominationFormInput): {
  bytes: Uint8Array
  fileName: string
} {
  const { lang, event } = input
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params)
  const rows = Math.max(1, Math.min(MAX_FORM_ROWS, Math.floor(input.rows)))
  const taken = new Set<string>()
  const instructionsName = safeSheetName(t('nomination.sheet.instructions'), taken).name
  const formName = safeSheetName(t('nomination.sheet.form'), taken).name
  const listsName = safeSheetName(t('nomination.sheet.lists'), taken).name

  const countries = listCountries(lang, input.countryNames).map((c) => c.name)
  const lists: string[][] = [
    countries,
    participationModes.map((m) => t(`mode.${m}`)),
    participantRoles.map((r) => t(`role.${r}`)),
    genders.filter((g) => g !== 'unspecified').map((g) => t(`gender.${g}`)),
  ]
  const listRows = Math.max(...lists.map((l) => l.length))
  const listsTable: Table = {
    columns: (
      [
        'nomination.lists.countries',
        'nomination.lists.modes',
        'nomination.lists.roles',
        'nomination.lists.genders',
      ] as const
    ).map((key) => ({ header: t(key), kind: 'text' })),
    rows: Array.from({ length: listRows }, (_, r) => lists.map((l) => l[r] ?? null)),
  }
  // Absolute references to the hidden sheet; the name is quoted as Excel wants it.
  const source = (column: number): string => {
    const letter = String.fromCharCode(65 + column)
    return `'${listsName.replace(/'/g, "''")}'!$${letter}$2:$${letter}$${lists[column]!.length + 1}`
  }
  const listOf: Partial<Record<NominationColumn, number>> = {
    delegation: 0,
    nationality: 0,
    mode: 1,
    role: 2,
    gender: 3,
  }
  const validations: ListValidation[] = []
  nominationColumns.forEach((c, column) => {
    const list = listOf[c]
    if (list !== undefined)
      validations.push({ column, firstRow: 2, lastRow: rows + 1, source: source(list) })
  })

  const form: Table = {
    columns: nominationColumns.map((c) => ({
      header: translate(lang, `export.column.${c}`),
      kind: kindOf(c),
    })),
    rows: [],
  }
  const dates = formatDateRange(event.startDate, event.endDate, lang)
  const instructions: Table = {
    columns: [
      {
        header: t('nomination.instructions.title', { event: eventName(event, lang) }),
        kind: 'text',
      },
    ],
    rows: [
      [t('nomination.instructions.dates', { dates })],
      ...(event.venue ? [[t('nomination.instructions.venue', { venue: event.venue })]] : []),
      [null],
      ...(
        [
          'nomination.instructions.1',
          'nomination.instructions.2',
          'nomination.instructions.3',
          'nomination.instructions.4',
          'nomination.instructions.5',
          'nomination.instructions.6',
        ] as const
      ).flatMap((key, i) =>
        wrapWords(`${i + 1}. ${t(key)}`, INSTRUCTION_WIDTH).map((line, j) => [
          j === 0 ? line : `    ${line}`,
        ]),
      ),
    ],
  }
  const bytes = writeXlsx(
    [
      {
        name: instructionsName,
        table: instructions,
        styledHeader: true,
        widths: [INSTRUCTION_WIDTH + 6],
      },
      {
        name: formName,
        table: form,
        styledHeader: true,
        widths: form.columns.map((c) => Math.max(16, c.header.length + 4)),
        validations,
      },
      { name: listsName, table: listsTable, hidden: true, styledHeader: true },
    ],
    { title: t('nomination.instructions.title', { event: eventName(event, lang) }) },
  )
  const stem = safeFileStem(event.shortName || eventName(event, lang), 'event')
  return { bytes, fileName: `${stem}-${t('nomination.fileName')}.xlsx` }
}
