import { useCallback, useSyncExternalStore } from 'react'
import { pairKey } from '../../../../../shared/registry/views/duplicate-review'

// Pairs marked "not a duplicate" are remembered until the app is closed, not stored: the finder
// may rightly raise them again another day, after the records change. The set is replaced, never
// changed in place, so React sees each dismissal as a new snapshot.
let dismissed: ReadonlySet<string> = new Set()
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const snapshot = () => dismissed

/** The keys of the dismissed pairs (see pairKey), and how to dismiss one more. */
export function useDismissedPairs(): [ReadonlySet<string>, (a: string, b: string) => void] {
  const current = useSyncExternalStore(subscribe, snapshot)
  const dismiss = useCallback((a: string, b: string) => {
    dismissed = new Set([...dismissed, pairKey(a, b)])
    for (const listener of listeners) listener()
  }, [])
  return [current, dismiss]
}
