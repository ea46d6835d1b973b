// The screens' side of the import worker: typed calls with a time limit, and Cancel, which
// terminates the worker outright (a parser stuck in a hostile file cannot be asked to stop).
// A new worker is started on the next call, and the file is opened in it again first.
import type { BuildResult, OpenRequest } from '../../../../../shared/import-plan/session'
import type {
  BuildPart,
  CallName,
  WorkerCalls,
  WorkerRequest,
  WorkerResponse,
} from './worker-protocol'

export class ImportWorkerError extends Error {
  constructor(readonly code: 'cancelled' | 'timeout' | 'crashed') {
    super(code)
    this.name = 'ImportWorkerError'
  }
}

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
  timer: ReturnType<typeof setTimeout>
  parts: BuildPart[]
}

/** A build answer with the parts sent ahead put back in. */
function withParts(response: unknown, parts: readonly BuildPart[]): unknown {
  if (parts.length === 0) return response
  const result = response as Extract<BuildResult, { ok: true }>
  return {
    ...result,
    rows: parts.flatMap((p) => p.rows),
    cells: new Map(parts.flatMap((p) => p.cells)),
    nameKeys: parts.flatMap((p) => p.nameKeys),
  }
}

export type WorkerFactory = () => Worker

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })

export class ImportWorkerClient {
  private worker: Worker | null = null
  private nextId = 1
  private pending = new Map<number, Pending>()
  /** The last file opened, to open again in a fresh worker. */
  private lastOpen: OpenRequest | null = null
  private openInWorker = false

  constructor(
    private readonly factory: WorkerFactory = defaultFactory,
    readonly timeLimitMs = 90_000,
  ) {}

  async call<K extends CallName>(
    call: K,
    request: WorkerCalls[K]['request'],
  ): Promise<WorkerCalls[K]['response']> {
    if (call === 'open') {
      this.lastOpen = request as OpenRequest
      this.openInWorker = false
    } else if (!this.openInWorker && this.lastOpen) {
      await this.send('open', this.lastOpen)
    }
    const response = await this.send(call, request)
    if (call === 'open') this.openInWorker = (response as { ok: boolean }).ok
    return response
  }

  private send<K extends CallName>(
    call: K,
    request: WorkerCalls[K]['request'],
  ): Promise<WorkerCalls[K]['response']> {
    const worker = this.ensureWorker()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.stop('timeout'), this.timeLimitMs)
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer, parts: [] })
      // The worker gets its own copy of the bytes: the screens keep theirs to reopen with.
      const message: WorkerRequest<K> =
        call === 'open'
          ? ({
              id,
              call,
              request: {
                ...(request as OpenRequest),
                bytes: (request as OpenRequest).bytes.slice(),
              },
            } as WorkerRequest<K>)
          : { id, call, request }
      const transfer = call === 'open' ? [(message.request as OpenRequest).bytes.buffer] : []
      worker.postMessage(message, transfer)
    })
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = this.factory()
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const data = event.data
      const p = this.pending.get(data.id)
      if (!p) return
      if ('part' in data) {
        p.parts.push(data.part)
        return
      }
      clearTimeout(p.timer)
      this.pending.delete(data.id)
      if (data.ok) p.resolve(withParts(data.response, p.parts))
      else p.reject(new Error(data.error))
    }
    worker.onerror = (event) => {
      event.preventDefault()
      this.stop('crashed')
    }
    this.worker = worker
    return worker
  }

  /** Stops whatever the worker is doing; pending calls fail with `reason`. */
  stop(reason: ImportWorkerError['code'] = 'cancelled'): void {
    this.worker?.terminate()
    this.worker = null
    this.openInWorker = false
    for (const p of this.pending.values()) {
      clearTimeout(p.timer)
      p.reject(new ImportWorkerError(reason))
    }
    this.pending.clear()
  }

  /** Forgets the file and ends the worker (leaving the import screen). */
  dispose(): void {
    this.lastOpen = null
    this.stop('cancelled')
  }
}
