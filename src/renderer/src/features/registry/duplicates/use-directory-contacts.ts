import { useCallback, useEffect, useState } from 'react'
import { useAppData } from '../../../app/AppData'
import type { StoredContact } from '../../../db'

/** Every contact in the directory, loaded only while `enabled`, and reloaded on demand. */
export function useDirectoryContacts(enabled: boolean): {
  contacts: StoredContact[] | undefined
  reload: () => Promise<void>
} {
  const { repos } = useAppData()
  const [contacts, setContacts] = useState<StoredContact[]>()

  const reload = useCallback(async () => {
    setContacts(await repos.contacts.list())
  }, [repos])

  useEffect(() => {
    if (!enabled) return
    let cancelled = false
    void repos.contacts.list().then((list) => {
      if (!cancelled) setContacts(list)
    })
    return () => {
      cancelled = true
    }
  }, [repos, enabled])

  return { contacts, reload }
}
