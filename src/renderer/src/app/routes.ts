import { useEffect, useState } from 'react'
import type { MessageKey } from '../../../shared/i18n'

export const areas = [
  { id: 'events', label: 'nav.events' },
  { id: 'registry', label: 'nav.registry' },
  { id: 'import-export', label: 'nav.importExport' },
  { id: 'agenda', label: 'nav.agenda' },
  { id: 'press', label: 'nav.press' },
  { id: 'backups', label: 'nav.backups' },
  { id: 'settings', label: 'nav.settings' },
] as const satisfies readonly { id: string; label: MessageKey }[]

export type AreaId = (typeof areas)[number]['id']

function areaFromHash(hash: string): AreaId {
  const id = hash.replace(/^#\/?/, '')
  return areas.find((a) => a.id === id)?.id ?? 'events'
}

/** The current area lives in the URL hash, so a reload comes back to the same place. */
export function useArea(): [AreaId, (area: AreaId) => void] {
  const [area, setArea] = useState<AreaId>(() => areaFromHash(window.location.hash))
  useEffect(() => {
    const onHash = () => setArea(areaFromHash(window.location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return [area, (next) => (window.location.hash = `/${next}`)]
}
