import { app } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import type { ResponseOf } from '../shared/ipc/contract'
import { backupHandlers } from './backups/backup-handlers'
import { openMeetingLink } from './external-links'
import { openFile, saveFile } from './file-handlers'
import type { HostHandlers } from './ipc-guard'
import { pressHandlers } from './press-handlers'

// One handler per contract channel. Requests arrive already parsed by guardChannel.

export function appInfo(): ResponseOf<'appInfo'> {
  return {
    version: app.getVersion(),
    platform: process.platform,
    electron: process.versions.electron ?? '',
  }
}

/** Prints the page of the window that asked, through the system print dialog. */
export function print(
  _request: undefined,
  event: IpcMainInvokeEvent,
): Promise<ResponseOf<'print'>> {
  return new Promise((resolve) => {
    try {
      event.sender.print({ silent: false, printBackground: true }, (success) =>
        resolve({ printed: success }),
      )
    } catch {
      resolve({ printed: false })
    }
  })
}

export const hostHandlers: HostHandlers<IpcMainInvokeEvent> = {
  appInfo,
  openFile,
  saveFile,
  openLink: async ({ url }) => ({ opened: await openMeetingLink(url, { allowUnverified: true }) }),
  print,
  ...backupHandlers,
  ...pressHandlers,
}
