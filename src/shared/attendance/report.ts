import { parseDelimited } from '../spreadsheet/csv'
import { decodeText } from '../spreadsheet/decode-text'
import { chooseDelimiter } from '../spreadsheet/delimiter'
import { foldForSearch } from '../people/fold-text'
import { detectDateOrder, readReportTime, reportTimeToUtc, type DateOrder } from './report-time'

// A meeting platform's participant report, read into one row per join. Zoom writes one CSV row
// per join; Teams writes sections (summary, participants, in-meeting activities) in UTF-16 with
// tabs. Both are found by their header row, wherever it sits, so exports "with meeting data" and
// localised title rows do not matter.

export const reportSources = ['zoom', 'teams'] as const
export type ReportSource = (typeof reportSources)[number]

export interface ReportRow {
  /** 1-based line in the file, for messages. */
  line: number
  name: string
  email: string
  join: string
  leave: string
  /** Zoom's "In Waiting Room": time in the waiting room is not attendance. */
  waitingRoom: boolean
}

export type ReportProblemCode = 'badTime' | 'leaveBeforeJoin' | 'noName'

export interface ReportProblem {
  line: number
  code: ReportProblemCode
}

export interface ParsedReport {
  source: ReportSource
  rows: ReportRow[]
  problems: ReportProblem[]
  dateOrder: DateOrder
  meeting: { title?: string; meetingId?: string }
}

export type ReportFailure = 'notAReport' | 'empty' | 'tooLarge'
export type ReportResult = ({ ok: true } & ParsedReport) | { ok: false; code: ReportFailure }

export interface ReportOptions {
  /** The zone the report's times are written in (the downloader's zone). */
  zone: string
  /** Forced order of slashed dates; detected from the report when absent. */
  dateOrder?: DateOrder
}

export const MAX_REPORT_BYTES = 20 * 1024 * 1024
export const MAX_REPORT_ROWS = 50_000

export const fold = (text: string) => foldForSearch(text)

/**
 * Text rows of a report file, in any encoding Excel or the platform wrote. The delimiter is the
 * one under which a header row with `required` cells appears: Teams' times ("8/2/22, 9:00 AM")
 * hold commas, so a comma count alone would pick the wrong one.
 */
export function reportGrid(
  bytes: Uint8Array,
  required: readonly (readonly string[])[],
): string[][] | ReportFailure {
  if (bytes.byteLength > MAX_REPORT_BYTES) return 'tooLarge'
  const { text } = decodeText(bytes)
  const { delimiter, text: body } = chooseDelimiter(text.replace(/^\ufeff/, ''))
  let first: string[][] | undefined
  for (const d of [delimiter, '\t', ',', ';'] as const) {
    const rows = parseDelimited(body, d, { maxRows: MAX_REPORT_ROWS }).rows
    first ??= rows
    if (required.some((headers) => findHeaderRow(rows, headers) >= 0)) return rows
  }
  return first?.some((r) => r.some((c) => c.trim() !== '')) ? first : 'empty'
}

/** Index of the first row whose cells include every one of `headers` (folded, exact or prefix). */
export function findHeaderRow(
  rows: readonly string[][],
  headers: readonly string[],
  from = 0,
): number {
  for (let i = from; i < rows.length; i++) {
    const cells = rows[i]!.map((c) => fold(c))
    if (
      headers.every((h) =>
        cells.some((c) => c === h || c.startsWith(`${h} `) || c.startsWith(`${h}(`)),
      )
    )
      return i
  }
  return -1
}

/** The column whose folded header equals or starts with one of `names`, first name first. */
export function columnOf(header: readonly string[], names: readonly string[]): number {
  const cells = header.map((c) => fold(c))
  for (const n of names) {
    const exact = cells.indexOf(n)
    if (exact >= 0) return exact
  }
  for (const n of names) {
    const prefix = cells.findIndex((c) => c.startsWith(`${n} `) || c.startsWith(`${n}(`))
    if (prefix >= 0) return prefix
  }
  return -1
}

export interface RawJoin {
  line: number
  name: string
  email: string
  join: string
  leave: string
  waitingRoom: boolean
}

/** Reads the times of raw rows in the report's zone and date order; problems per row. */
export function finishReport(
  source: ReportSource,
  raws: readonly RawJoin[],
  options: ReportOptions,
  fallbackOrder: DateOrder,
  meeting: ParsedReport['meeting'],
): ParsedReport {
  const times = raws.flatMap((r) => [readReportTime(r.join), readReportTime(r.leave)])
  const dateOrder = options.dateOrder ?? detectDateOrder(times, fallbackOrder)
  const rows: ReportRow[] = []
  const problems: ReportProblem[] = []
  raws.forEach((r, i) => {
    const name = r.name.trim()
    if (!name && !r.email.trim()) return problems.push({ line: r.line, code: 'noName' })
    const join = times[2 * i]
    const leave = times[2 * i + 1]
    const joinUtc = join ? reportTimeToUtc(join, dateOrder, options.zone) : null
    const leaveUtc = leave ? reportTimeToUtc(leave, dateOrder, options.zone) : null
    if (!joinUtc || !leaveUtc) return problems.push({ line: r.line, code: 'badTime' })
    if (Date.parse(leaveUtc) < Date.parse(joinUtc))
      return problems.push({ line: r.line, code: 'leaveBeforeJoin' })
    rows.push({
      line: r.line,
      name,
      email: r.email.trim().toLowerCase(),
      join: joinUtc,
      leave: leaveUtc,
      waitingRoom: r.waitingRoom,
    })
  })
  return { source, rows, problems, dateOrder, meeting }
}

export const yes = (text: string | undefined) =>
  /^(yes|ya|true|1|oui|si|sí)$/i.test((text ?? '').trim())
