import {
  columnOf,
  findHeaderRow,
  finishReport,
  fold,
  reportGrid,
  type RawJoin,
  type ReportOptions,
  type ReportResult,
} from './report'

// Microsoft Teams' attendance report (the .csv from the meeting's Attendance tab): UTF-16 with
// tabs, in sections — "1. Summary" (title, start, end), "2. Participants" (first join, last
// leave per person) and "3. In-Meeting Activities" (one row per join). The per-join section is
// used when present, since first-join-to-last-leave would count the gaps. Older reports have one
// table "Full Name, Join Time, Leave Time …", or "Full Name, User Action, Timestamp" events.

const NAME = ['name', 'full name', 'participant', 'display name']
const EMAIL = ['email', 'participant id (upn)', 'upn']

function sectionRows(grid: string[][], from: number): { row: string[]; line: number }[] {
  const out: { row: string[]; line: number }[] = []
  for (let i = from; i < grid.length; i++) {
    const row = grid[i]!
    if (row.every((c) => c.trim() === '')) break
    if (/^\d+\.\s/.test(row[0] ?? '') && row.slice(1).every((c) => c.trim() === '')) break
    out.push({ row, line: i + 1 })
  }
  return out
}

function summaryValue(grid: string[][], labels: readonly string[]): string | undefined {
  for (const row of grid.slice(0, 30)) {
    const key = fold(row[0] ?? '')
    if (labels.includes(key)) return (row[1] ?? '').trim()
  }
  return undefined
}

export function parseTeamsReport(bytes: Uint8Array, options: ReportOptions): ReportResult {
  const grid = reportGrid(bytes, [
    ['join time', 'leave time'],
    ['first join', 'last leave'],
    ['user action', 'timestamp'],
  ])
  if (typeof grid === 'string') return { ok: false, code: grid }
  const title = summaryValue(grid, ['meeting title', 'title'])
  const meeting = title ? { title } : {}
  const cell = (row: string[], i: number) => (i >= 0 ? (row[i] ?? '') : '')

  for (const [joinHeader, leaveHeader] of [
    ['join time', 'leave time'],
    ['first join', 'last leave'],
  ] as const) {
    const at = findHeaderRow(grid, [joinHeader, leaveHeader])
    if (at < 0) continue
    const header = grid[at]!
    const col = {
      name: columnOf(header, NAME),
      email: columnOf(header, EMAIL),
      join: columnOf(header, [joinHeader]),
      leave: columnOf(header, [leaveHeader]),
    }
    if (col.name < 0) continue
    const raws: RawJoin[] = sectionRows(grid, at + 1).map(({ row, line }) => ({
      line,
      name: cell(row, col.name),
      email: cell(row, col.email),
      join: cell(row, col.join),
      leave: cell(row, col.leave),
      waitingRoom: false,
    }))
    if (raws.length === 0) return { ok: false, code: 'empty' }
    return { ok: true, ...finishReport('teams', raws, options, 'mdy', meeting) }
  }

  const events = findHeaderRow(grid, ['user action', 'timestamp'])
  if (events >= 0) return legacyEvents(grid, events, options, meeting)
  return { ok: false, code: 'notAReport' }
}

/** "Joined" / "Left" / "Joined before" events, paired per person in time order. */
function legacyEvents(
  grid: string[][],
  at: number,
  options: ReportOptions,
  meeting: { title?: string },
): ReportResult {
  const header = grid[at]!
  const col = {
    name: columnOf(header, NAME),
    action: columnOf(header, ['user action']),
    time: columnOf(header, ['timestamp']),
    email: columnOf(header, EMAIL),
  }
  if (col.name < 0) return { ok: false, code: 'notAReport' }
  const open = new Map<string, { name: string; email: string; join: string; line: number }>()
  const raws: RawJoin[] = []
  const rows = sectionRows(grid, at + 1)
  let last = ''
  for (const { row, line } of rows) {
    const name = row[col.name] ?? ''
    const email = col.email >= 0 ? (row[col.email] ?? '') : ''
    const key = email ? fold(email) : fold(name)
    const action = fold(row[col.action] ?? '')
    const time = row[col.time] ?? ''
    last = time || last
    if (action.startsWith('joined')) {
      if (!open.has(key)) open.set(key, { name, email, join: time, line })
    } else if (action.startsWith('left')) {
      const o = open.get(key)
      if (o) raws.push({ ...o, leave: time, waitingRoom: false })
      open.delete(key)
    }
  }
  // Still in the meeting when the report was taken: count until the last recorded moment.
  for (const o of open.values()) raws.push({ ...o, leave: last, waitingRoom: false })
  if (raws.length === 0) return { ok: false, code: 'empty' }
  raws.sort((a, b) => a.line - b.line)
  return { ok: true, ...finishReport('teams', raws, options, 'mdy', meeting) }
}
