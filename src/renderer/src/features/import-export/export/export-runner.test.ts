import { describe, expect, it, vi } from 'vitest'
import type { ExportJob, WorkerResponse } from '../../../../../shared/export'
import { makeEvent } from '../../../../../shared/export/test-event'
import { startExport } from './export-runner'

const job: ExportJob = { kind: 'nomination', input: { event: makeEvent(), lang: 'en', rows: 5 } }

/** A stand-in for the export worker that the test drives by hand. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  posted: unknown[] = []
  terminated = false
  postMessage(message: unknown) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
  send(message: WorkerResponse) {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>)
  }
  fail() {
    this.onerror?.({ message: 'script blocked', preventDefault: () => {} } as ErrorEvent)
  }
}

describe('startExport', () => {
  it('runs the job in the worker, passing progress on, and stops the worker when done', async () => {
    const fake = new FakeWorker()
    const progress = vi.fn()
    const run = startExport(job, progress, () => fake as unknown as Worker)
    expect(fake.posted).toEqual([{ type: 'run', job }])
    fake.send({ type: 'progress', progress: { stage: 'writing', done: 0, total: 1 } })
    const bytes = new Uint8Array([1, 2])
    fake.send({ type: 'done', result: { ok: true, bytes, fileName: 'f.xlsx', notices: [] } })
    await expect(run.result).resolves.toEqual({ ok: true, bytes, fileName: 'f.xlsx', notices: [] })
    expect(progress).toHaveBeenCalledWith({ stage: 'writing', done: 0, total: 1 })
    expect(fake.terminated).toBe(true)
  })

  it('Cancel terminates the worker at once and rejects with ExportCancelled', async () => {
    const fake = new FakeWorker()
    const run = startExport(
      job,
      () => {},
      () => fake as unknown as Worker,
    )
    fake.send({ type: 'progress', progress: { stage: 'rows', done: 2000, total: 100_000 } })
    run.cancel()
    expect(fake.terminated).toBe(true)
    await expect(run.result).rejects.toMatchObject({ name: 'ExportCancelled' })
  })

  it('a worker that fails mid-export is a failed export', async () => {
    const fake = new FakeWorker()
    const run = startExport(
      job,
      () => {},
      () => fake as unknown as Worker,
    )
    fake.send({ type: 'progress', progress: { stage: 'rows', done: 0, total: 10 } })
    fake.fail()
    await expect(run.result).rejects.toThrow('script blocked')
  })

  it('runs in the page when no worker can start, and still makes the file', async () => {
    for (const factory of [
      null,
      () => {
        throw new Error('no workers here')
      },
    ]) {
      const progress = vi.fn()
      const result = await startExport(job, progress, factory).result
      expect(result.ok && result.fileName).toBe('PDDW-2026-nomination-form.xlsx')
      expect(progress).toHaveBeenCalled()
    }
  })

  it('falls back to the page when the worker script never starts', async () => {
    const fake = new FakeWorker()
    const run = startExport(
      job,
      () => {},
      () => fake as unknown as Worker,
    )
    fake.fail()
    const result = await run.result
    expect(result.ok).toBe(true)
  })

  it('in the page, Cancel stops at the next progress report', async () => {
    const run = startExport({ kind: 'registry', input: registryInput() }, () => {}, null)
    run.cancel()
    await expect(run.result).rejects.toMatchObject({ name: 'ExportCancelled' })
  })
})

function registryInput(): Extract<ExportJob, { kind: 'registry' }>['input'] {
  return {
    people: [],
    event: makeEvent(),
    delegations: [],
    view: { query: '', filters: {}, sort: { key: 'name', direction: 'asc' } },
    columns: ['id'],
    lang: 'en',
    format: 'csv',
    exportedAt: '2026-07-01T00:00:00.000Z',
  }
}
