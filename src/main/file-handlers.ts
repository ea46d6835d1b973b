import { basename, join } from 'node:path'
import { BrowserWindow, app, dialog } from 'electron'
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { RequestOf, ResponseOf } from '../shared/ipc/contract'
import { writeFileAtomic } from './atomic-write'
import { IpcError } from './ipc-error'
import { MAX_OPEN_FILE_BYTES, readFileCapped } from './read-file-capped'

// The renderer never names a path: the user picks it in a native dialog, and only the bytes and
// the bare file name cross back.

function parentWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender)
}

export async function openFile(
  request: RequestOf<'openFile'>,
  event: IpcMainInvokeEvent,
): Promise<ResponseOf<'openFile'>> {
  const options: OpenDialogOptions = {
    title: 'Open file',
    properties: ['openFile'],
    filters: request.filters,
  }
  const win = parentWindow(event)
  const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options))
  const path = result.filePaths[0]
  if (result.canceled || path === undefined) return null
  const bytes = await readFileCapped(path, MAX_OPEN_FILE_BYTES)
  return { name: basename(path), bytes }
}

export async function saveFile(
  request: RequestOf<'saveFile'>,
  event: IpcMainInvokeEvent,
): Promise<ResponseOf<'saveFile'>> {
  // The contract already forbids separators; basename keeps the suggestion a name regardless.
  const options: SaveDialogOptions = {
    title: 'Save file',
    defaultPath: join(app.getPath('documents'), basename(request.suggestedName)),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const win = parentWindow(event)
  const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options))
  if (result.canceled || !result.filePath) return { saved: false }
  try {
    await writeFileAtomic(result.filePath, request.bytes)
  } catch {
    throw new IpcError('write_failed')
  }
  return { saved: true }
}
