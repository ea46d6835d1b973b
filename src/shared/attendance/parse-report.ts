import { decodeText } from '../spreadsheet/decode-text'
import type { ReportOptions, ReportResult, ReportSource } from './report'
import { parseTeamsReport } from './teams-report'
import { parseZoomReport } from './zoom-report'

// Which platform wrote a report, from words only that platform writes, and the parse for it.

const TEAMS_MARKS =
  /in-meeting activities|participant id \(upn\)|first join|user action|meeting title|attended participants/i
const ZOOM_MARKS = /name \(original name\)|user email|in waiting room|duration \(minutes\)/i

export function detectReportSource(bytes: Uint8Array): ReportSource | null {
  const head = decodeText(bytes.subarray(0, 64 * 1024)).text
  if (TEAMS_MARKS.test(head)) return 'teams'
  if (ZOOM_MARKS.test(head)) return 'zoom'
  return null
}

export function parseReport(
  bytes: Uint8Array,
  source: ReportSource,
  options: ReportOptions,
): ReportResult {
  return source === 'teams' ? parseTeamsReport(bytes, options) : parseZoomReport(bytes, options)
}
