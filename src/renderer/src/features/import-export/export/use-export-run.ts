import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExportJob, ExportProblem, ExportProgress } from '../../../../../shared/export'
import { useI18n } from '../../../i18n/I18nProvider'
import { host, type FileFilter } from '../../../platform'
import { useToast } from '../../../ui/Toasts'
import { startExport, type RunningExport } from './export-runner'
import { exportProblemText } from './problem-text'

export type ExportRunState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress | null; cancel: () => void }
  | { phase: 'problems'; problems: ExportProblem[] }

/**
 * Runs an export job, shows its progress, saves the file through the platform (a save dialog in
 * Electron, a download in the browser) and says what happened. Cancel stops the work at once.
 */
export function useExportRun(): {
  state: ExportRunState
  run: (job: ExportJob, filters: FileFilter[]) => Promise<boolean>
  reset: () => void
} {
  const { t } = useI18n()
  const toast = useToast()
  const [state, setState] = useState<ExportRunState>({ phase: 'idle' })
  const running = useRef<RunningExport | null>(null)

  // Leaving the screen stops the work.
  useEffect(() => () => running.current?.cancel(), [])

  const run = useCallback(
    async (job: ExportJob, filters: FileFilter[]): Promise<boolean> => {
      running.current?.cancel()
      let current: RunningExport | null = null
      const cancel = () => current?.cancel()
      setState({ phase: 'running', progress: null, cancel })
      current = startExport(job, (progress) => setState({ phase: 'running', progress, cancel }))
      running.current = current
      try {
        const result = await current.result
        if (!result.ok) {
          setState({ phase: 'problems', problems: result.problems })
          return false
        }
        for (const notice of result.notices) toast({ message: exportProblemText(t, notice) })
        const saved = await host.saveFile(result.fileName, result.bytes, filters)
        setState({ phase: 'idle' })
        toast(
          saved
            ? { message: t('export.done', { name: result.fileName }) }
            : { message: t('export.notSaved') },
        )
        return saved
      } catch (error) {
        setState({ phase: 'idle' })
        if (error instanceof Error && error.name === 'ExportCancelled')
          toast({ message: t('export.cancelled') })
        else {
          const reason = error instanceof Error ? error.message : String(error)
          toast({ tone: 'error', message: t('export.failed', { reason: reason.slice(0, 200) }) })
        }
        return false
      } finally {
        if (running.current === current) running.current = null
      }
    },
    [t, toast],
  )

  const reset = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, run, reset }
}
