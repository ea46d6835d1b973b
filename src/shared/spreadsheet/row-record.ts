// One data row → one candidate record and the problems found on its cells. Country names,
// phone numbers and honorifics are judged by functions the caller injects (the countries and
// people modules), so this pipeline stays independent of them and testable with stand-ins.
import type {
  Gender,
  ParticipantRole,
  ParticipantStatus,
  ParticipationMode,
  Phone,
} from '../registry/model'
import { isBlank } from './cell-value'
import type { DataRow } from './find-header'
import type { ImportField } from './header-aliases'
import type { DateOrder } from './parse-dates'
import { blockText, lineText, parseDateCell, splitEmails, splitPhones } from './parse-values'
import type { CellValue, Problem, Severity, ShouldCancel } from './types'
import { lookupGender, lookupMode, lookupRole, lookupStatus } from './value-maps'

export type CountryMatch =
  | { status: 'certain'; code: string }
  | { status: 'unsure'; candidates: { code: string; score: number }[] }
  | { status: 'none' }

export interface RowCheckContext {
  matchCountry: (text: string) => CountryMatch
  parsePhone: (raw: string, defaultCountry?: string) => { raw: string; e164?: string }
  /** "H.E. Dr Anna Smith" → { honorific: 'H.E. Dr', name: 'Anna Smith' }; omit to keep names whole. */
  splitHonorific?: (text: string) => { honorific: string; name: string }
  /** The delegation's country for a file without a country column (one embassy's own form). */
  defaultCountry?: string
  shouldCancel?: ShouldCancel
}

export interface CandidateRecord {
  rowNumber: number
  /** Our own export's stable ID: the import updates that record. */
  id?: string
  honorific: string
  givenName: string
  familyName: string
  fullName: string
  gender?: Gender
  organisation: string
  position: string
  emails: string[]
  phones: Phone[]
  whatsapp: Phone[]
  /** The delegation: as written, and its ISO code once certain. */
  country?: { text: string; code?: string }
  nationality?: string
  role?: ParticipantRole
  mode?: ParticipationMode
  status?: ParticipantStatus
  /** Local "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]" in the event's zone. */
  arrival?: string
  departure?: string
  dietary: string
  accessibility: string
  passportNumber: string
  passportExpiry?: string
  notes: string
}

export interface RowPlan {
  columns: Map<ImportField, number>
  extraNotes: { column: number; header: string }[]
}

export interface FileState {
  date1904: boolean
  dateOrder: DateOrder
  countries: Map<string, CountryMatch>
}

const SHORT_TEXT = 500
const NOTES_TEXT = 10_000
const MAX_VALUES = 10
const ID = /^[\w-]{1,64}$/

export function readRecord(row: DataRow, plan: RowPlan, file: FileState, ctx: RowCheckContext) {
  const problems: Problem[] = []
  const cell = (f: ImportField): CellValue | undefined => {
    const c = plan.columns.get(f)
    return c === undefined ? undefined : row.cells[c]
  }
  const add = (
    code: Problem['code'],
    severity: Severity,
    field: ImportField,
    extra: Partial<Problem> = {},
  ): void => {
    problems.push({
      code,
      severity,
      row: row.rowNumber,
      column: plan.columns.get(field),
      field,
      ...extra,
    })
  }
  const text = (f: ImportField, limit = SHORT_TEXT): string => {
    const t = f === 'notes' ? blockText(cell(f)) : lineText(cell(f))
    if (t.length > limit) add('text_too_long', 'error', f, { limit })
    return t
  }
  const choice = <T>(f: ImportField, lookup: (s: string) => T | undefined): T | undefined => {
    const t = lineText(cell(f))
    const value = t ? lookup(t) : undefined
    if (t && value === undefined) add('value_unknown', 'warning', f, { value: t })
    return value
  }
  const country = (f: 'country' | 'nationality'): { text: string; code?: string } | undefined => {
    const t = text(f)
    if (!t) return undefined
    let match = file.countries.get(t)
    if (!match) file.countries.set(t, (match = ctx.matchCountry(t)))
    if (match.status === 'certain') return { text: t, code: match.code }
    if (match.status === 'unsure')
      add('country_unsure', 'warning', f, { value: t, candidates: match.candidates })
    else add('country_unknown', 'warning', f, { value: t })
    return { text: t }
  }
  const date = (f: ImportField): string | undefined => {
    const v = cell(f)
    if (isBlank(v)) return undefined
    const parsed = parseDateCell(v, file.date1904, file.dateOrder)
    if (!parsed) add('date_invalid', 'warning', f, { value: lineText(v) })
    return parsed ?? undefined
  }

  let honorific = text('honorific')
  let fullName = text('fullName')
  let givenName = text('givenName')
  if (ctx.splitHonorific && !honorific) {
    const split = fullName
      ? ctx.splitHonorific(fullName)
      : givenName
        ? ctx.splitHonorific(givenName)
        : undefined
    if (split?.honorific) {
      honorific = split.honorific
      if (fullName) fullName = split.name
      else givenName = split.name
    }
  }
  const familyName = text('familyName')
  if (!fullName && !givenName && !familyName) {
    const f =
      (['fullName', 'givenName', 'familyName'] as const).find((k) => plan.columns.has(k)) ??
      'fullName'
    add('name_missing', 'error', f)
  }

  const delegation = country('country')
  const nationality = country('nationality')
  const defaultCountry = delegation?.code ?? (delegation ? undefined : ctx.defaultCountry)

  const emails = splitEmails(lineText(cell('email')))
  for (const bad of emails.invalid) add('email_invalid', 'warning', 'email', { value: bad })
  if (emails.valid.length > MAX_VALUES)
    add('too_many_values', 'warning', 'email', { limit: MAX_VALUES })

  const phones = (f: 'phone' | 'whatsapp'): Phone[] => {
    const v = cell(f)
    // A phone stored as a number has lost its "+" and leading zeros.
    const wasNumber = typeof v === 'number'
    const out: Phone[] = []
    for (const raw of splitPhones(blockText(v)).slice(0, MAX_VALUES)) {
      if (raw.length > 100) {
        add('text_too_long', 'error', f, { limit: 100 })
        continue
      }
      const parsed = ctx.parsePhone(raw, defaultCountry)
      if (!parsed.e164)
        add('phone_invalid', 'warning', f, {
          value: raw,
          ...(wasNumber && { detail: 'was_number' }),
        })
      out.push(parsed.e164 ? { raw, e164: parsed.e164 } : { raw })
    }
    return out
  }

  const arrival = date('arrival')
  const departure = date('departure')
  if (arrival && departure && departure.slice(0, 10) < arrival.slice(0, 10)) {
    add('departure_before_arrival', 'warning', 'departure', { value: departure })
  }
  const expiry = date('passportExpiry')
  const rawId = lineText(cell('id'))
  if (rawId && !ID.test(rawId)) add('id_invalid', 'warning', 'id', { value: rawId })

  const extra = plan.extraNotes
    .map(({ column, header }) => [header, blockText(row.cells[column])] as const)
    .filter(([, v]) => v !== '')
    .map(([h, v]) => `${h}: ${v}`)
  const notes = [text('notes', NOTES_TEXT), ...extra].filter((s) => s !== '').join('\n')
  if (extra.length > 0 && notes.length > NOTES_TEXT)
    add('text_too_long', 'error', 'notes', { limit: NOTES_TEXT })

  const passportNumber = text('passportNumber').replace(/\s+/g, '').toUpperCase()
  const record: CandidateRecord = {
    rowNumber: row.rowNumber,
    ...(rawId && ID.test(rawId) && { id: rawId }),
    honorific,
    givenName,
    familyName,
    fullName,
    gender: choice('gender', lookupGender),
    organisation: text('organisation'),
    position: text('position'),
    emails: emails.valid.slice(0, MAX_VALUES),
    phones: phones('phone'),
    whatsapp: phones('whatsapp'),
    country:
      delegation ?? (ctx.defaultCountry ? { text: '', code: ctx.defaultCountry } : undefined),
    nationality: nationality?.code,
    role: choice('role', lookupRole),
    mode: choice('mode', lookupMode),
    status: choice('status', lookupStatus),
    arrival,
    departure,
    dietary: text('dietary'),
    accessibility: text('accessibility'),
    passportNumber,
    passportExpiry: expiry?.slice(0, 10),
    notes,
  }
  if (passportNumber.length > 40) add('text_too_long', 'error', 'passportNumber', { limit: 40 })
  // Shown beside the row in column order, the way the user reads it.
  problems.sort((a, b) => (a.column ?? Infinity) - (b.column ?? Infinity))
  return { record, problems }
}
