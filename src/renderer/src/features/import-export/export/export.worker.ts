// The export Web Worker: building a 100,000-row workbook takes seconds, so it happens here, the
// window stays responsive, and Cancel simply terminates the worker.
import { runExportJob, type WorkerRequest, type WorkerResponse } from '../../../../../shared/export'

const post = (message: WorkerResponse, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(message, transfer)

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  if (event.data?.type !== 'run') return
  let last = 0
  runExportJob(event.data.job, (progress) => {
    // At most a few messages a second: each one wakes the page.
    const now = Date.now()
    if (progress.stage !== 'rows' || now - last > 100 || progress.done === progress.total) {
      last = now
      post({ type: 'progress', progress })
    }
  })
    .then((result) =>
      post({ type: 'done', result }, result.ok ? [result.bytes.buffer as ArrayBuffer] : []),
    )
    .catch((error: unknown) =>
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
}
