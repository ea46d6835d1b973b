// The import Web Worker: parsing, header finding and row checks run here, so the window stays
// responsive with a 50,000-row file, and a hostile file that stalls the parser is simply
// terminated by the screen's time limit or the user's Cancel.
import { ImportSession } from '../../../../../shared/import-plan/session'
import type { BuildResult } from '../../../../../shared/import-plan/session'
import type { BuildPart, WorkerRequest, WorkerResponse } from './worker-protocol'

const session = new ImportSession()
const PART_ROWS = 1_000

/** Sends the rows of a build ahead, in parts; the answer itself then carries none. */
function sendInParts(id: number, result: BuildResult): BuildResult {
  if (!result.ok || result.rows.length <= PART_ROWS) return result
  for (let start = 0; start < result.rows.length; start += PART_ROWS) {
    const rows = result.rows.slice(start, start + PART_ROWS)
    const part: BuildPart = {
      rows,
      cells: rows.map((r) => [r.rowNumber, result.cells.get(r.rowNumber) ?? []]),
      nameKeys: result.nameKeys.slice(start, start + PART_ROWS),
    }
    const out: WorkerResponse = { id, part }
    self.postMessage(out)
  }
  return { ...result, rows: [], cells: new Map(), nameKeys: [] }
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function handle(
  message: WorkerRequest,
): Promise<{ response: unknown; transfer: Transferable[] }> {
  switch (message.call) {
    case 'open': {
      const req = message.request as WorkerRequest<'open'>['request']
      const result = session.open(req)
      if (!result.ok) return { response: result, transfer: [] }
      return { response: { ...result, fileHash: await sha256(req.bytes) }, transfer: [] }
    }
    case 'sheet': {
      const req = message.request as WorkerRequest<'sheet'>['request']
      return { response: session.sheet(req.sheet, req.header, req.remembered), transfer: [] }
    }
    case 'build': {
      const result = session.build(message.request as WorkerRequest<'build'>['request'])
      return { response: sendInParts(message.id, result), transfer: [] }
    }
    case 'problems': {
      const bytes = session.problemsWorkbook(
        message.request as WorkerRequest<'problems'>['request'],
      )
      return { response: bytes, transfer: [bytes.buffer] }
    }
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data
  handle(event.data).then(
    ({ response, transfer }) => {
      const out: WorkerResponse = { id, ok: true, response }
      self.postMessage(out, { transfer })
    },
    (error: unknown) => {
      const out: WorkerResponse = {
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }
      self.postMessage(out)
    },
  )
}
