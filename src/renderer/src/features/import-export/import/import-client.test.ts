import { afterEach, describe, expect, it, vi } from 'vitest'
import { ImportSession } from '../../../../../shared/import-plan/session'
import { ImportWorkerClient, ImportWorkerError } from './import-client'
import type { WorkerRequest, WorkerResponse } from './worker-protocol'

const csv = new TextEncoder().encode('Name,Email\nAna Tuilagi,ana@mfat.gov.ws\n')

/** A stand-in Worker running the real session on the same thread, or hanging when told to. */
class FakeWorker {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null
  onerror: ((e: ErrorEvent) => void) | null = null
  terminated = false
  session = new ImportSession()
  constructor(
    private readonly log: string[],
    private readonly hang: () => boolean,
  ) {}
  postMessage(message: WorkerRequest) {
    this.log.push(message.call)
    if (this.hang()) return
    let response: unknown
    if (message.call === 'open') response = this.session.open(message.request as never)
    else if (message.call === 'build') response = this.session.build(message.request as never)
    else response = this.session.sheet(0)
    queueMicrotask(() =>
      this.onmessage?.({ data: { id: message.id, ok: true, response } } as MessageEvent),
    )
  }
  terminate() {
    this.terminated = true
  }
}

afterEach(() => vi.useRealTimers())

describe('ImportWorkerClient', () => {
  it('answers calls, and after Cancel opens the same file again in a fresh worker', async () => {
    const log: string[] = []
    const workers: FakeWorker[] = []
    let hang = false
    const client = new ImportWorkerClient(() => {
      const w = new FakeWorker(log, () => hang)
      workers.push(w)
      return w as unknown as Worker
    })
    const opened = await client.call('open', { bytes: csv, fileName: 'a.csv' })
    expect(opened.ok).toBe(true)
    hang = true
    const pending = client.call('build', {
      sheet: 0,
      mapping: opened.ok ? opened.view.mapping : [],
      countryAnswers: [],
      valueOverrides: [],
      edits: [],
    })
    client.stop('cancelled')
    await expect(pending).rejects.toEqual(new ImportWorkerError('cancelled'))
    expect(workers[0]!.terminated).toBe(true)
    hang = false
    const built = await client.call('build', {
      sheet: 0,
      mapping: opened.ok ? opened.view.mapping : [],
      countryAnswers: [],
      valueOverrides: [],
      edits: [],
    })
    expect(built.ok && built.rows.map((r) => r.record.emails)).toEqual([['ana@mfat.gov.ws']])
    expect(log).toEqual(['open', 'build', 'open', 'build'])
    expect(workers).toHaveLength(2)
  })

  it('stops a worker that runs past the time limit', async () => {
    vi.useFakeTimers()
    const workers: FakeWorker[] = []
    const client = new ImportWorkerClient(() => {
      const w = new FakeWorker([], () => true)
      workers.push(w)
      return w as unknown as Worker
    }, 1_000)
    const pending = client.call('open', { bytes: csv, fileName: 'a.csv' })
    const assertion = expect(pending).rejects.toEqual(new ImportWorkerError('timeout'))
    await vi.advanceTimersByTimeAsync(1_001)
    await assertion
    expect(workers[0]!.terminated).toBe(true)
  })
})
