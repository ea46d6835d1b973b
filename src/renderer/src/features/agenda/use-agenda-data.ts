import { useCallback, useEffect, useState } from 'react'
import { useAppData } from '../../app/AppData'
import type { EventRegistry } from '../../db'
import type { AgendaData } from '../../db/agenda-repo'
import type { AttendanceData } from '../../db/attendance-repo'

export interface AgendaBundle {
  agenda: AgendaData
  registry: EventRegistry
  attendance: AttendanceData
}

/** Loads what the agenda area shows for one event, and reloads it after a change. */
export function useAgendaData(eventId: string): {
  data: AgendaBundle | undefined
  reload: () => Promise<void>
} {
  const { repos } = useAppData()
  const [state, setState] = useState<{ eventId: string; data: AgendaBundle }>()

  const load = useCallback(async (): Promise<AgendaBundle> => {
    const [agenda, registry, attendance] = await Promise.all([
      repos.agenda.loadEvent(eventId),
      repos.participants.loadEvent(eventId),
      repos.attendance.loadEvent(eventId),
    ])
    return { agenda, registry, attendance }
  }, [repos, eventId])

  const reload = useCallback(async () => {
    setState({ eventId, data: await load() })
  }, [load, eventId])

  useEffect(() => {
    let cancelled = false
    void load().then((data) => {
      if (!cancelled) setState({ eventId, data })
    })
    return () => {
      cancelled = true
    }
  }, [load, eventId])

  return { data: state?.eventId === eventId ? state.data : undefined, reload }
}
