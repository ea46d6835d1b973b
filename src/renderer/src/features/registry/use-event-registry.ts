import { useCallback, useEffect, useState } from 'react'
import { useAppData } from '../../app/AppData'
import type { EventRegistry } from '../../db'
import { mergePeople } from '../../db/registry-merge'

// A large event takes seconds to read whole (100,000 participants: about 5 s, most of it
// IndexedDB's own read; docs/performance.md). Above PREVIEW_ABOVE participants the table first
// shows a page of FIRST_PAGE of them, readable and editable, while the rest is read.
export const FIRST_PAGE = 1_000
export const PREVIEW_ABOVE = 5_000

/** What is shown while a large event is read whole: its first page and how many there are. */
export interface RegistryPreview {
  registry: EventRegistry
  total: number
}

/** Loads one event's registry and reloads it on demand (after a save, an undo, an import). */
export function useEventRegistry(eventId: string): {
  registry: EventRegistry | undefined
  preview: RegistryPreview | undefined
  reload: () => Promise<void>
  refresh: (participantIds: readonly string[]) => Promise<void>
} {
  const { repos } = useAppData()
  const [registry, setRegistry] = useState<{ eventId: string; data: EventRegistry }>()
  const [preview, setPreview] = useState<{ eventId: string; data: RegistryPreview }>()

  const reload = useCallback(async () => {
    const data = await repos.participants.loadEvent(eventId)
    setRegistry({ eventId, data })
  }, [repos, eventId])

  // After a change to a few people: only they are read again (a large event takes seconds to
  // read whole). Without the whole event loaded yet, the whole event is read.
  const refresh = useCallback(
    async (participantIds: readonly string[]) => {
      if (registry?.eventId !== eventId) return reload()
      const update = await repos.participants.loadPeople(eventId, participantIds)
      setRegistry((current) =>
        current?.eventId === eventId
          ? { eventId, data: mergePeople(current.data, update) }
          : current,
      )
    },
    [repos, eventId, registry?.eventId, reload],
  )

  useEffect(() => {
    let cancelled = false
    void (async () => {
      const first = await repos.participants.loadFirstPage(eventId, FIRST_PAGE)
      if (cancelled) return
      if (first.total <= first.registry.participants.length) {
        setRegistry({ eventId, data: first.registry })
        return
      }
      if (first.total > PREVIEW_ABOVE) setPreview({ eventId, data: first })
      const data = await repos.participants.loadEvent(eventId)
      if (!cancelled) setRegistry({ eventId, data })
    })()
    return () => {
      cancelled = true
    }
  }, [repos, eventId])

  const loaded = registry?.eventId === eventId ? registry.data : undefined
  return {
    registry: loaded,
    preview: !loaded && preview?.eventId === eventId ? preview.data : undefined,
    reload,
    refresh,
  }
}
