import { EventEmitter } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Mock } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../csp'
import { contract } from '../shared/ipc/contract'

// The whole main process wired against a mocked Electron: what a real launch would register.

type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as Array<Record<string, unknown> & { options: Record<string, unknown> }>,
    ipc: new Map<string, (...args: unknown[]) => Promise<unknown>>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permission: {} as Record<string, (...args: unknown[]) => unknown>,
    privileged: vi.fn(),
    menu: vi.fn(),
    userData: '',
  }
  return state
})

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events')
  class FakeWindow extends EventEmitter {
    options: Record<string, unknown>
    webContents = { mainFrame: { processId: 7, routingId: 1, url: '', parent: null } }
    loadURL = vi.fn(async (url: string) => {
      this.webContents.mainFrame.url = url
    })
    isDestroyed = () => false
    isMinimized = vi.fn(() => true)
    restore = vi.fn()
    show = vi.fn()
    focus = vi.fn()
    maximize = vi.fn()
    constructor(options: Record<string, unknown>) {
      super()
      this.options = options
      fake.windows.push(this as never)
    }
    static fromWebContents = () => null
  }
  const permissionSetter = (name: string) => (handler: (...args: unknown[]) => unknown) => {
    fake.permission[name] = handler
  }
  return {
    app: Object.assign(new EventEmitter(), {
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      enableSandbox: vi.fn(),
      isPackaged: true,
      isReady: () => true,
      whenReady: () => Promise.resolve(),
      getPath: () => fake.userData,
      getVersion: () => '0.1.0',
    }),
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: fake.menu },
    ipcMain: { handle: (channel: string, listener: never) => fake.ipc.set(channel, listener) },
    protocol: {
      registerSchemesAsPrivileged: fake.privileged,
      handle: (scheme: string, handler: never) => fake.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: permissionSetter('request'),
        setPermissionCheckHandler: permissionSetter('check'),
        setDevicePermissionHandler: permissionSetter('device'),
        setDisplayMediaRequestHandler: permissionSetter('displayMedia'),
      },
    },
    shell: { openExternal: vi.fn() },
    dialog: {},
  }
})

const electron = await import('electron')
const { startApp } = await import('./start-app')
const app = electron.app as unknown as EventEmitter & {
  requestSingleInstanceLock: Mock<() => boolean>
  quit: Mock
  enableSandbox: Mock
}

let base: string

async function start(rendererUrlFromEnv?: string) {
  startApp({
    rendererRoot: join(base, 'renderer'),
    preloadPath: '/app/out/preload/index.cjs',
    rendererUrlFromEnv,
  })
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
  return fake.windows[0] as unknown as EventEmitter & {
    options: { webPreferences: Record<string, unknown> }
    webContents: { mainFrame: { url: string; parent: null } }
    loadURL: ReturnType<typeof vi.fn>
    restore: ReturnType<typeof vi.fn>
    focus: ReturnType<typeof vi.fn>
    maximize: ReturnType<typeof vi.fn>
    show: ReturnType<typeof vi.fn>
  }
}

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sekretariat-start-'))
  fake.userData = base
  fake.windows.length = 0
  fake.ipc.clear()
  fake.protocolHandlers.clear()
  app.removeAllListeners()
  vi.clearAllMocks()
  app.requestSingleInstanceLock.mockReturnValue(true)
})

afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('startApp', () => {
  it('registers app:// as a privileged scheme and enables the sandbox everywhere', async () => {
    await start()
    expect(fake.privileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(app.enableSandbox).toHaveBeenCalled()
  })

  it('quits at once when another instance holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValue(false)
    startApp({ rendererRoot: base, preloadPath: '/p.cjs', rendererUrlFromEnv: undefined })
    expect(app.quit).toHaveBeenCalled()
    expect(fake.privileged).not.toHaveBeenCalled()
  })

  it('focuses the existing window when a second instance starts', async () => {
    const win = await start()
    app.emit('second-instance', {}, [], base)
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  it('opens one secure window on the app origin, ignoring the dev URL when packaged', async () => {
    const win = await start('http://localhost:5173/')
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    expect(win.loadURL).toHaveBeenCalledWith('app://sekretariat/index.html')
  })

  it('restores the saved window bounds and maximized state from userData', async () => {
    const saved = {
      version: 1,
      bounds: { x: 40, y: 30, width: 1300, height: 820 },
      maximized: true,
    }
    await writeFile(join(base, 'window-state.json'), JSON.stringify(saved))
    const win = await start()
    expect(win.options).toMatchObject({ x: 40, y: 30, width: 1300, height: 820, show: false })
    win.emit('ready-to-show')
    expect(win.maximize).toHaveBeenCalled()
    expect(win.show).toHaveBeenCalled()
  })

  it('serves the renderer with the CSP header', async () => {
    await start()
    await writeFile(join(base, 'renderer-index.html'), 'outside')
    const { mkdir } = await import('node:fs/promises')
    await mkdir(join(base, 'renderer'))
    await writeFile(join(base, 'renderer', 'index.html'), '<h1>Sekretariat</h1>')
    const handler = fake.protocolHandlers.get('app')
    const response = await handler?.(new Request('app://sekretariat/index.html'))
    expect(response?.status).toBe(200)
    expect(response?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    const escape = await handler?.(new Request('app://sekretariat/..%2frenderer-index.html'))
    expect(escape?.status).toBe(404)
  })

  it('denies every permission on the default session', async () => {
    await start()
    const callback = vi.fn()
    fake.permission.request?.({}, 'media', callback, {})
    expect(callback).toHaveBeenCalledWith(false)
    expect(fake.permission.check?.(null, 'clipboard-read', 'app://sekretariat', {})).toBe(false)
  })

  it('installs the native menu', async () => {
    await start()
    expect(fake.menu).toHaveBeenCalledWith(
      expect.arrayContaining([expect.objectContaining({ role: 'editMenu' })]),
    )
  })

  it('answers IPC from the main frame of its window only', async () => {
    const win = await start()
    expect([...fake.ipc.keys()].sort()).toEqual(
      Object.values(contract)
        .map((c) => c.channel)
        .sort(),
    )
    const appInfo = fake.ipc.get('app:info') as Listener
    const mainFrame = win.webContents.mainFrame
    await expect(appInfo({ senderFrame: mainFrame })).resolves.toMatchObject({ version: '0.1.0' })
    const subframe = { processId: 7, routingId: 2, url: mainFrame.url, parent: mainFrame }
    await expect(appInfo({ senderFrame: subframe })).rejects.toThrow('forbidden_sender')
    const otherWindow = { processId: 9, routingId: 1, url: mainFrame.url, parent: null }
    await expect(appInfo({ senderFrame: otherWindow })).rejects.toThrow('forbidden_sender')
    await expect(appInfo({ senderFrame: null })).rejects.toThrow('forbidden_sender')
  })

  it('hardens every webContents the app creates', async () => {
    await start()
    const contents = Object.assign(new EventEmitter(), {
      handler: undefined as undefined | ((details: { url: string }) => unknown),
      setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
        this.handler = handler
      },
    })
    app.emit('web-contents-created', {}, contents)
    expect(contents.handler?.({ url: 'https://meet.google.com/abc-defg-hij' })).toEqual({
      action: 'deny',
    })
    expect(electron.shell.openExternal).toHaveBeenCalledWith(
      'https://meet.google.com/abc-defg-hij',
      expect.anything(),
    )
    expect(contents.handler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1)
    const navigation = { url: 'https://evil.example/', preventDefault: vi.fn() }
    contents.emit('will-navigate', navigation, navigation.url)
    expect(navigation.preventDefault).toHaveBeenCalled()
  })
})
