import type { AgendaSession } from '../agenda/model'
import { presentMinutes, type Interval } from './intervals'
import type { ReportRow } from './report'

// Minutes per participant per session: every join of that person in every report of the session,
// merged (rejoins, two devices at once) and clipped to the session's scheduled time. Time in the
// waiting room does not count.

export interface ReportForSession {
  sessionId: string
  rows: readonly ReportRow[]
}

/** participantId → sessionId → minutes present. */
export type MinutesGrid = Map<string, Map<string, number>>

export function sessionLengthMinutes(session: Pick<AgendaSession, 'start' | 'end'>): number {
  return Math.max(0, Math.round((Date.parse(session.end) - Date.parse(session.start)) / 60_000))
}

export function minutesGrid(
  sessions: readonly Pick<AgendaSession, 'id' | 'start' | 'end'>[],
  reports: readonly ReportForSession[],
  participantOf: (row: ReportRow) => string | undefined,
): MinutesGrid {
  const byId = new Map(sessions.map((s) => [s.id, s]))
  const joins = new Map<string, Map<string, Interval[]>>()
  for (const report of reports) {
    if (!byId.has(report.sessionId)) continue
    for (const row of report.rows) {
      if (row.waitingRoom) continue
      const pid = participantOf(row)
      if (!pid) continue
      const perSession = joins.get(pid) ?? new Map<string, Interval[]>()
      joins.set(pid, perSession)
      const list = perSession.get(report.sessionId) ?? []
      list.push({ start: Date.parse(row.join), end: Date.parse(row.leave) })
      perSession.set(report.sessionId, list)
    }
  }
  const grid: MinutesGrid = new Map()
  for (const [pid, perSession] of joins) {
    const row = new Map<string, number>()
    for (const [sid, intervals] of perSession) {
      const s = byId.get(sid)!
      row.set(sid, presentMinutes(intervals, Date.parse(s.start), Date.parse(s.end)))
    }
    grid.set(pid, row)
  }
  return grid
}
