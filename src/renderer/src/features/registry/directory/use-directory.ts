import { useEffect, useState } from 'react'
import type { EventRecord } from '../../../../../shared/events/model'
import {
  buildDirectory,
  participationsByContact,
  type DirectoryEntry,
} from '../../../../../shared/registry/views/directory'
import { useAppData } from '../../../app/AppData'
import type { StoredContact } from '../../../db'

/**
 * Every contact with the other events they took part in. Participations are read one event at a
 * time (there are few events and many contacts), rather than one contact at a time. Reloads when
 * `version` changes, keeping the previous list on screen meanwhile.
 */
export function useDirectory(
  events: readonly EventRecord[],
  currentEventId: string,
  version: unknown,
): DirectoryEntry<StoredContact>[] | undefined {
  const { repos } = useAppData()
  const [entries, setEntries] = useState<DirectoryEntry<StoredContact>[]>()

  useEffect(() => {
    let cancelled = false
    const others = events.filter((e) => e.id !== currentEventId)
    void Promise.all([
      repos.contacts.list(),
      Promise.all(
        others.map(async (e) => ({ eventId: e.id, ...(await repos.participants.loadEvent(e.id)) })),
      ),
    ]).then(([contacts, loaded]) => {
      if (!cancelled) setEntries(buildDirectory(contacts, participationsByContact(loaded)))
    })
    return () => {
      cancelled = true
    }
  }, [repos, events, currentEventId, version])

  return entries
}
