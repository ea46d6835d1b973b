import { clipboard } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import type { RequestOf, ResponseOf } from '../shared/ipc/contract'
import { IpcError } from './ipc-error'

// Press-release output: the page as PDF (the renderer shows its print view under print styles)
// and plain text onto the clipboard. Requests arrive parsed by guardChannel.

/** The asking window's page as PDF bytes, A4 with the print stylesheet; nothing is written. */
export async function printToPdf(
  _request: undefined,
  event: IpcMainInvokeEvent,
): Promise<ResponseOf<'printToPdf'>> {
  try {
    const buffer = await event.sender.printToPDF({
      pageSize: 'A4',
      printBackground: false,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    })
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }
  } catch {
    throw new IpcError('handler_failed')
  }
}

export function copyText({ text }: RequestOf<'copyText'>): ResponseOf<'copyText'> {
  try {
    clipboard.writeText(text)
    return { copied: true }
  } catch {
    return { copied: false }
  }
}

export const pressHandlers = { printToPdf, copyText }
