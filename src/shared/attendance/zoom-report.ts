import {
  columnOf,
  findHeaderRow,
  finishReport,
  reportGrid,
  yes,
  type RawJoin,
  type ReportOptions,
  type ReportResult,
} from './report'

// Zoom's participant report (Reports → Usage → Participants, CSV): one row per join, columns
// "Name (Original Name), User Email, Join Time, Leave Time, Duration (Minutes), Guest, In Waiting
// Room", optionally below a "Meeting ID, Topic, Start Time …" block. Times are month-first.

export function parseZoomReport(bytes: Uint8Array, options: ReportOptions): ReportResult {
  const grid = reportGrid(bytes, [['join time', 'leave time']])
  if (typeof grid === 'string') return { ok: false, code: grid }
  const at = findHeaderRow(grid, ['join time', 'leave time'])
  if (at < 0) return { ok: false, code: 'notAReport' }
  const header = grid[at]!
  const col = {
    name: columnOf(header, [
      'name (original name)',
      'name',
      'participant',
      'display name',
      'user name',
    ]),
    email: columnOf(header, ['user email', 'email', 'attendee email']),
    join: columnOf(header, ['join time']),
    leave: columnOf(header, ['leave time']),
    waiting: columnOf(header, ['in waiting room']),
  }
  if (col.name < 0) return { ok: false, code: 'notAReport' }
  const cell = (row: string[], i: number) => (i >= 0 ? (row[i] ?? '') : '')
  const raws: RawJoin[] = []
  for (let i = at + 1; i < grid.length; i++) {
    const row = grid[i]!
    if (row.every((c) => c.trim() === '')) continue
    raws.push({
      line: i + 1,
      name: cell(row, col.name),
      email: cell(row, col.email),
      join: cell(row, col.join),
      leave: cell(row, col.leave),
      waitingRoom: yes(cell(row, col.waiting)),
    })
  }
  if (raws.length === 0) return { ok: false, code: 'empty' }
  const meetingAt = findHeaderRow(grid.slice(0, at), ['meeting id', 'topic'])
  const meetingRow = meetingAt >= 0 ? grid[meetingAt + 1] : undefined
  const meetingHeader = meetingAt >= 0 ? grid[meetingAt]! : []
  const meeting = meetingRow
    ? {
        meetingId: cell(meetingRow, columnOf(meetingHeader, ['meeting id'])).replace(/\s/g, ''),
        title: cell(meetingRow, columnOf(meetingHeader, ['topic'])).trim(),
      }
    : {}
  return { ok: true, ...finishReport('zoom', raws, options, 'mdy', meeting) }
}
