import type { Delegation, Participant } from '../registry/model'
import { fallsAtNight, localRange, type LocalRange, type NightWindow } from './local-time'
import type { AgendaSession } from './model'
import { delegationZones, sortZonesByOffset, type ZoneSource } from './zones'

// The time-zone grid: one column per zone the delegations sit in, one row per session, each cell
// the session's local time there, flagged when it falls at night for the people in that zone.

export interface ZoneColumn {
  zone: string
  /** Delegations with members in this zone, and whether the zone was only assumed for them. */
  delegations: { id: string; source: ZoneSource }[]
}

export interface ZoneCell {
  zone: string
  range: LocalRange
  night: boolean
}

export interface ZoneRow {
  session: AgendaSession
  cells: ZoneCell[]
  /** Delegations for whom some part of the session falls at night. */
  nightFor: string[]
}

export interface ZoneGrid {
  columns: ZoneColumn[]
  rows: ZoneRow[]
}

export function buildZoneGrid(input: {
  sessions: readonly AgendaSession[]
  delegations: readonly Delegation[]
  participants: readonly Participant[]
  eventZone: string
  night: NightWindow
}): ZoneGrid {
  const { eventZone, night } = input
  const byZone = new Map<string, ZoneColumn['delegations']>()
  for (const d of input.delegations) {
    for (const z of delegationZones(d, input.participants, eventZone)) {
      byZone.set(z.zone, [...(byZone.get(z.zone) ?? []), { id: d.id, source: z.source }])
    }
  }
  byZone.set(eventZone, byZone.get(eventZone) ?? [])
  const firstStart = input.sessions[0]?.start
  const at = firstStart ? new Date(firstStart) : new Date(0)
  const columns = sortZonesByOffset(byZone.keys(), at).map((zone) => ({
    zone,
    delegations: byZone.get(zone) ?? [],
  }))
  const sessions = [...input.sessions].sort((a, b) => a.start.localeCompare(b.start))
  const rows = sessions.map((session) => {
    const cells = columns.map((c) => ({
      zone: c.zone,
      range: localRange(session, c.zone, eventZone),
      night: session.kind !== 'self_study' && fallsAtNight(session, c.zone, night),
    }))
    const nightFor = new Set<string>()
    cells.forEach((cell, i) => {
      if (cell.night) for (const d of columns[i]!.delegations) nightFor.add(d.id)
    })
    return { session, cells, nightFor: [...nightFor] }
  })
  return { columns, rows }
}
