import { useCallback, useEffect, useState } from 'react'
import { useAppData } from '../../app/AppData'
import type { EventRegistry } from '../../db'

/** Loads one event's registry and reloads it on demand (after a save, an undo, an import). */
export function useEventRegistry(eventId: string): {
  registry: EventRegistry | undefined
  reload: () => Promise<void>
} {
  const { repos } = useAppData()
  const [registry, setRegistry] = useState<{ eventId: string; data: EventRegistry }>()

  const reload = useCallback(async () => {
    const data = await repos.participants.loadEvent(eventId)
    setRegistry({ eventId, data })
  }, [repos, eventId])

  useEffect(() => {
    let cancelled = false
    void repos.participants.loadEvent(eventId).then((data) => {
      if (!cancelled) setRegistry({ eventId, data })
    })
    return () => {
      cancelled = true
    }
  }, [repos, eventId])

  return { registry: registry?.eventId === eventId ? registry.data : undefined, reload }
}
