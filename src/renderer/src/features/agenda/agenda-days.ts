import { addDays, localDateOf } from '../../../../shared/agenda/local-time'
import type { AgendaSession } from '../../../../shared/agenda/model'
import type { EventRecord } from '../../../../shared/events/model'

export interface AgendaDay {
  date: string
  sessions: AgendaSession[]
  /** Every session of the day is self-study. */
  selfStudy: boolean
}

const MAX_DAYS = 366

/** The event's days (its local dates), plus any day a session falls on outside them. */
export function agendaDays(event: EventRecord, sessions: readonly AgendaSession[]): AgendaDay[] {
  const byDate = new Map<string, AgendaSession[]>()
  for (let d = event.startDate, i = 0; d <= event.endDate && i < MAX_DAYS; d = addDays(d, 1), i++)
    byDate.set(d, [])
  for (const s of sessions) {
    const date = localDateOf(s.start, event.timeZone)
    byDate.set(date, [...(byDate.get(date) ?? []), s])
  }
  return [...byDate.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, list]) => ({
      date,
      sessions: list.sort((a, b) => a.start.localeCompare(b.start)),
      selfStudy: list.length > 0 && list.every((s) => s.kind === 'self_study'),
    }))
}
