import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupFileName } from '../../shared/backup/file-names'
import { writeBackupFile } from '../../shared/backup/format'

const electron = vi.hoisted(() => ({
  userData: '',
  documents: '',
  showOpenDialog: vi.fn(),
  openPath: vi.fn(async (_path: string) => ''),
}))

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => (name === 'userData' ? electron.userData : electron.documents),
  },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showOpenDialog: electron.showOpenDialog },
  shell: { openPath: electron.openPath },
  safeStorage: {
    isEncryptionAvailable: () => true,
    encryptString: (s: string) => Buffer.from(s).reverse(),
    decryptString: (b: Buffer) => Buffer.from(b).reverse().toString(),
  },
}))

const { hostHandlers } = await import('../host-handlers')
const event = { sender: {} } as unknown as IpcMainInvokeEvent

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sekretariat-bh-'))
  electron.userData = join(dir, 'userData')
  electron.documents = join(dir, 'Documents')
  vi.clearAllMocks()
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const bytes = () =>
  writeBackupFile({
    kind: 'backup',
    reason: 'manual',
    appVersion: '0.1.0',
    schemaVersion: 2,
    createdAt: new Date().toISOString(),
    tables: [],
  })

describe('backup channels', () => {
  it('write into the default folder in Documents, then list and read back', async () => {
    const name = backupFileName(new Date(), 'manual')
    await hostHandlers.backupsWrite({ name, bytes: await bytes() }, event)
    const folder = join(electron.documents, 'Sekretariat Backups')
    expect(await readdir(folder)).toEqual([name])
    const listed = await hostHandlers.backupsList(undefined, event)
    expect(listed.folder).toBe(folder)
    expect(listed.entries.map((e) => e.name)).toEqual([name])
    const read = await hostHandlers.backupsRead({ name }, event)
    expect(read.bytes.byteLength).toBeGreaterThan(0)
  })

  it('lets the user choose another folder, remembered across calls', async () => {
    const chosen = join(dir, 'USB stick')
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] })
    expect(await hostHandlers.backupsFolder({ action: 'choose' }, event)).toEqual({
      folder: chosen,
      changed: true,
    })
    expect(await hostHandlers.backupsFolder({ action: 'get' }, event)).toEqual({
      folder: chosen,
      changed: false,
    })
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect((await hostHandlers.backupsFolder({ action: 'choose' }, event)).changed).toBe(false)
    await hostHandlers.backupsFolder({ action: 'reveal' }, event)
    expect(electron.openPath).toHaveBeenCalledWith(chosen)
  })

  it('keeps the manifest and the secret key in the app folder', async () => {
    expect(await hostHandlers.manifestRead(undefined, event)).toEqual({ manifest: null })
    const manifest = {
      version: 1 as const,
      updatedAt: new Date().toISOString(),
      counts: { events: 1 },
    }
    await hostHandlers.manifestWrite({ manifest }, event)
    expect(await hostHandlers.manifestRead(undefined, event)).toEqual({ manifest })
    const key = await hostHandlers.secretsKey(undefined, event)
    expect((await hostHandlers.secretsKey(undefined, event)).keyId).toBe(key.keyId)
    expect((await readdir(electron.userData)).sort()).toEqual([
      'data-manifest.json',
      'secrets-key.bin',
    ])
  })
})
