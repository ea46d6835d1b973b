import { mkdir } from 'node:fs/promises'
import { BrowserWindow, app, dialog, safeStorage, shell } from 'electron'
import type { IpcMainInvokeEvent, OpenDialogOptions } from 'electron'
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract'
import { IpcError } from '../ipc-error'
import { listBackups, readBackup, writeBackup } from './backup-files'
import { readBackupsFolder, saveBackupsFolder, type FolderPaths } from './backups-folder'
import { readManifest, writeManifest } from './manifest-store'
import { loadSecretKey } from './secret-key'

// The backups, manifest and secret-key channels. Requests arrive parsed by guardChannel.

const paths = (): FolderPaths => ({
  userData: app.getPath('userData'),
  documents: app.getPath('documents'),
})

async function chooseFolder(event: IpcMainInvokeEvent, current: string): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Backups folder',
    defaultPath: current,
    properties: ['openDirectory', 'createDirectory'],
  }
  const win = BrowserWindow.fromWebContents(event.sender)
  const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options))
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

export const backupHandlers = {
  backupsWrite: async ({ name, bytes }: RequestOf<'backupsWrite'>) =>
    writeBackup(await readBackupsFolder(paths()), name, bytes),
  backupsList: async () => listBackups(await readBackupsFolder(paths())),
  backupsRead: async ({ name }: RequestOf<'backupsRead'>) => ({
    bytes: await readBackup(await readBackupsFolder(paths()), name),
  }),
  backupsFolder: async (
    { action }: RequestOf<'backupsFolder'>,
    event: IpcMainInvokeEvent,
  ): Promise<ResponseOf<'backupsFolder'>> => {
    const folder = await readBackupsFolder(paths())
    if (action === 'reveal') {
      await mkdir(folder, { recursive: true }).catch(() => undefined)
      // openPath opens a folder in the file manager; it never runs a program.
      const problem = await shell.openPath(folder)
      if (problem) throw new IpcError('not_found')
      return { folder, changed: false }
    }
    if (action === 'get') return { folder, changed: false }
    const chosen = await chooseFolder(event, folder)
    if (!chosen || chosen === folder) return { folder, changed: false }
    await saveBackupsFolder(paths(), chosen)
    return { folder: chosen, changed: true }
  },
  manifestRead: async () => ({ manifest: await readManifest(app.getPath('userData')) }),
  manifestWrite: async ({ manifest }: RequestOf<'manifestWrite'>) => {
    await writeManifest(app.getPath('userData'), manifest)
    return { written: true }
  },
  secretsKey: () => loadSecretKey(app.getPath('userData'), safeStorage),
}
