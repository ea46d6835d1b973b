import { useSyncExternalStore } from 'react'

// The outcome of the last automatic backup, for the Backups area to show: a failed one (disk
// full, folder gone) must not go unnoticed, and the keeper runs outside React.

let lastFailure: unknown = null
const listeners = new Set<() => void>()

export function reportAutoBackup(failure: unknown): void {
  lastFailure = failure
  for (const listener of listeners) listener()
}

export function useAutoBackupFailure(): unknown {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => lastFailure,
  )
}
