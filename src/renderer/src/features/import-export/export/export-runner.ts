// Runs an export job in a Web Worker, or in the page where no worker can start (it then yields
// between stages and stops at the next progress report when cancelled).
import type {
  ExportJob,
  ExportProgress,
  JobResult,
  WorkerResponse,
} from '../../../../../shared/export'
import { ExportCancelled } from '../../../../../shared/export/problems'

export interface RunningExport {
  result: Promise<JobResult>
  cancel: () => void
}

export type WorkerFactory = () => Worker

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' })

export function startExport(
  job: ExportJob,
  onProgress: (progress: ExportProgress) => void,
  factory: WorkerFactory | null = typeof Worker === 'undefined' ? null : defaultFactory,
): RunningExport {
  let cancelled = false
  let worker: Worker | null = null
  let rejectRun: (error: unknown) => void = () => {}

  const inPage = async (): Promise<JobResult> => {
    // Loaded only here: the writers are big, and normally only the worker needs them.
    const { runExportJob } = await import('../../../../../shared/export/jobs')
    return runExportJob(job, (progress) => {
      if (cancelled) throw new ExportCancelled()
      onProgress(progress)
    })
  }

  const result = new Promise<JobResult>((resolve, reject) => {
    rejectRun = reject
    try {
      worker = factory ? factory() : null
    } catch {
      worker = null
    }
    if (!worker) {
      inPage().then(resolve, reject)
      return
    }
    let heard = false
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      heard = true
      const message = event.data
      if (message.type === 'progress') onProgress(message.progress)
      else {
        worker?.terminate()
        if (message.type === 'done') resolve(message.result)
        else reject(new Error(message.message))
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker?.terminate()
      worker = null
      // A worker that never started (a missing or blocked script) is not a failed export.
      if (!heard && !cancelled) inPage().then(resolve, reject)
      else reject(new Error(event.message || 'export worker stopped'))
    }
    worker.postMessage({ type: 'run', job })
  })

  return {
    result,
    cancel: () => {
      cancelled = true
      worker?.terminate()
      worker = null
      rejectRun(new ExportCancelled())
    },
  }
}
