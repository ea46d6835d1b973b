// What the renderer learns when a request fails: a short code, never a stack, a path or an echo
// of what it sent. Electron passes only `error.toString()` across, so the message IS the code.

export const IPC_ERROR_CODES = [
  'forbidden_sender',
  'invalid_request',
  'invalid_response',
  'handler_failed',
  'file_too_large',
  'read_failed',
  'write_failed',
  'disk_full',
  'not_found',
  'unavailable',
] as const
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number]

export class IpcError extends Error {
  constructor(readonly code: IpcErrorCode) {
    super(code)
    this.name = 'IpcError'
  }
}
