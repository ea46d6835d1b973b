// Messages between the import screens and the import Web Worker. Everything is plain data
// (structured clone); the parsed workbook stays in the worker.
import type {
  CheckedRow,
  HeaderOverride,
  RememberedMapping,
} from '../../../../../shared/spreadsheet'
import type {
  BuildRequest,
  BuildResult,
  OpenRequest,
  OpenResult,
  SheetView,
} from '../../../../../shared/import-plan/session'

export interface ProblemsRequest {
  sheet: number
  header?: HeaderOverride
  rows: { rowNumber: number; problem: string }[]
  problemHeader: string
  rowHeader: string
}

export interface WorkerCalls {
  open: { request: OpenRequest; response: OpenResult & { fileHash?: string } }
  sheet: {
    request: { sheet: number; header?: HeaderOverride; remembered?: RememberedMapping[] }
    response: SheetView
  }
  build: { request: BuildRequest; response: BuildResult }
  problems: { request: ProblemsRequest; response: Uint8Array }
}

export type CallName = keyof WorkerCalls

export interface WorkerRequest<K extends CallName = CallName> {
  id: number
  call: K
  request: WorkerCalls[K]['request']
}

/**
 * A slice of a large build result, sent ahead of the answer: the screen's thread then reads
 * 50,000 checked rows as many short tasks instead of one long one, and the window stays live.
 */
export interface BuildPart {
  rows: CheckedRow[]
  cells: [number, string[]][]
  nameKeys: string[]
}

export type WorkerResponse =
  | { id: number; ok: true; response: unknown }
  | { id: number; ok: false; error: string }
  | { id: number; part: BuildPart }
