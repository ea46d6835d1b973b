import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  documents: '',
  window: { id: 1 },
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  openExternal: vi.fn(async (_url: string, _options?: unknown) => undefined),
}))

vi.mock('electron', () => ({
  app: { getVersion: () => '0.1.0', getPath: () => electron.documents },
  BrowserWindow: { fromWebContents: () => electron.window },
  dialog: { showOpenDialog: electron.showOpenDialog, showSaveDialog: electron.showSaveDialog },
  shell: { openExternal: electron.openExternal },
}))

const { hostHandlers } = await import('./host-handlers')
const { openMeetingLink } = await import('./external-links')

let dir: string
const print = vi.fn()
const event = { sender: { print } } as unknown as IpcMainInvokeEvent
const filters = [{ name: 'Spreadsheet', extensions: ['xlsx'] }]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sekretariat-handlers-'))
  electron.documents = dir
  vi.clearAllMocks()
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('appInfo', () => {
  it('reports version, platform and Electron version', () => {
    expect(hostHandlers.appInfo(undefined, event)).toEqual({
      version: '0.1.0',
      platform: process.platform,
      electron: process.versions.electron ?? '',
    })
  })
})

describe('openFile', () => {
  it('returns null when the user cancels', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    await expect(hostHandlers.openFile({ filters }, event)).resolves.toBeNull()
    expect(electron.showOpenDialog).toHaveBeenCalledWith(
      electron.window,
      expect.objectContaining({ properties: ['openFile'], filters }),
    )
  })

  it('returns the bare file name and the bytes of the chosen file', async () => {
    const file = join(dir, 'Nominasi Fiji.xlsx')
    await writeFile(file, 'PK')
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] })
    const result = await hostHandlers.openFile({ filters }, event)
    expect(result?.name).toBe('Nominasi Fiji.xlsx')
    expect(new TextDecoder().decode(result?.bytes)).toBe('PK')
  })
})

describe('saveFile', () => {
  const bytes = new TextEncoder().encode('data')

  it('suggests the name inside Documents and writes the chosen file atomically', async () => {
    const target = join(dir, 'chosen.xlsx')
    await writeFile(target, 'old')
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    await expect(
      hostHandlers.saveFile({ suggestedName: 'Daftar Peserta.xlsx', bytes, filters }, event),
    ).resolves.toEqual({ saved: true })
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      electron.window,
      expect.objectContaining({ defaultPath: join(dir, 'Daftar Peserta.xlsx'), filters }),
    )
    expect(await readFile(target, 'utf8')).toBe('data')
    expect(await readdir(dir)).toEqual(['chosen.xlsx'])
  })

  it('saves nothing when the user cancels', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await expect(
      hostHandlers.saveFile({ suggestedName: 'a.csv', bytes, filters }, event),
    ).resolves.toEqual({ saved: false })
    expect(await readdir(dir)).toEqual([])
  })

  it('answers write_failed, not the path, when the write fails', async () => {
    electron.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: join(dir, 'no', 'x.csv'),
    })
    await expect(
      hostHandlers.saveFile({ suggestedName: 'x.csv', bytes, filters }, event),
    ).rejects.toThrow(/^write_failed$/)
  })
})

describe('openLink', () => {
  it('opens a valid meeting link, normalised, in the browser', async () => {
    await expect(
      hostHandlers.openLink({ url: 'https://us02web.zoom.us:443/j/85012345678?pwd=abc' }, event),
    ).resolves.toEqual({ opened: true })
    expect(electron.openExternal).toHaveBeenCalledWith(
      'https://us02web.zoom.us/j/85012345678?pwd=abc',
      expect.anything(),
    )
  })

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'http://zoom.us/j/1',
    'data:text/html,x',
    'https://zoom.us@evil.example/',
    'https://127.0.0.1/j/1',
    'https://zооm.us/j/1',
    'ms-msdt:/id PCWDiagnostic',
    'smb://attacker/share',
    '\\\\attacker\\share',
  ])('never passes %s to the operating system', async (url) => {
    await expect(hostHandlers.openLink({ url }, event)).resolves.toEqual({ opened: false })
    expect(electron.openExternal).not.toHaveBeenCalled()
  })

  it('reports failure when the OS cannot open it', async () => {
    electron.openExternal.mockRejectedValueOnce(new Error('no handler'))
    await expect(hostHandlers.openLink({ url: 'https://zoom.us/j/1' }, event)).resolves.toEqual({
      opened: false,
    })
  })

  it('opens links on an unverified platform only when asked through the channel', async () => {
    expect(await openMeetingLink('https://vc.kemlu.go.id/room', { allowUnverified: true })).toBe(
      true,
    )
    expect(await openMeetingLink('https://vc.kemlu.go.id/room', { allowUnverified: false })).toBe(
      false,
    )
    expect(electron.openExternal).toHaveBeenCalledTimes(1)
  })
})

describe('print', () => {
  it('prints the sender and reports the outcome', async () => {
    print.mockImplementationOnce((_options, done: (success: boolean) => void) => done(true))
    await expect(hostHandlers.print(undefined, event)).resolves.toEqual({ printed: true })
    print.mockImplementationOnce((_options, done: (ok: boolean, why: string) => void) =>
      done(false, 'cancelled'),
    )
    await expect(hostHandlers.print(undefined, event)).resolves.toEqual({ printed: false })
    expect(print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: false }),
      expect.any(Function),
    )
  })

  it('reports false when the window is gone', async () => {
    print.mockImplementationOnce(() => {
      throw new Error('Object has been destroyed')
    })
    await expect(hostHandlers.print(undefined, event)).resolves.toEqual({ printed: false })
  })
})
