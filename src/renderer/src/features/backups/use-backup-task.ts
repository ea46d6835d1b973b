import { useCallback, useRef, useState } from 'react'
import type { MessageKey } from '../../../../shared/i18n'
import type { Progress } from '../../db/backup-repo'

export interface TaskState {
  label: MessageKey
  done: number
  total: number
}

/**
 * One long step at a time (backup, restore, bundle), with progress and a cancel that aborts it.
 * `run` resolves with the step's result, or rejects with its error (cancel included).
 */
export function useBackupTask() {
  const [task, setTask] = useState<TaskState | null>(null)
  const controller = useRef<AbortController | null>(null)

  const run = useCallback(
    async <T>(
      label: MessageKey,
      step: (progress: Progress & { setLabel: (l: MessageKey) => void }) => Promise<T>,
    ) => {
      const abort = new AbortController()
      controller.current = abort
      setTask({ label, done: 0, total: 0 })
      try {
        return await step({
          signal: abort.signal,
          onProgress: (done, total) => setTask((t) => (t ? { ...t, done, total } : t)),
          setLabel: (next) => setTask({ label: next, done: 0, total: 0 }),
        })
      } finally {
        controller.current = null
        setTask(null)
      }
    },
    [],
  )

  const cancel = useCallback(() => controller.current?.abort(), [])
  return { task, run, cancel }
}
