import { join } from 'node:path'
import { BrowserWindow, Menu, app, ipcMain, protocol, session } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../csp'
import { APP_ENTRY_URL, APP_SCHEME, devServerUrl, trustedOrigins } from './app-origin'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { buildMenuTemplate } from './app-menu'
import { openMeetingLink } from './external-links'
import { hostHandlers } from './host-handlers'
import { registerIpcHandlers } from './ipc-guard'
import { createMainWindow, focusWindow, isMainFrameOf } from './main-window'
import { denyAllPermissions } from './permissions'
import { hardenWebContents } from './web-contents-guard'
import { WINDOW_STATE_FILE } from './window-state-store'

export type StartOptions = {
  /** out/renderer: the only folder app:// serves. */
  rendererRoot: string
  /** out/preload/index.cjs */
  preloadPath: string
  /** process.env.ELECTRON_RENDERER_URL (set by electron-vite in development). */
  rendererUrlFromEnv: string | undefined
}

/** Wires the main process. Everything here runs once, in this order, before any page loads. */
export function startApp(options: StartOptions): void {
  // A second launch hands over to the first (one IndexedDB, one set of windows) and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.enableSandbox()
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

  const devUrl = devServerUrl(options.rendererUrlFromEnv, app.isPackaged)
  const origins = trustedOrigins(devUrl)
  let mainWindow: BrowserWindow | null = null

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      trustedOrigins: origins,
      openExternalLink: (url) => void openMeetingLink(url, { allowUnverified: false }),
    })
  })
  app.on('second-instance', () => focusWindow(mainWindow))

  const openMainWindow = async () => {
    mainWindow = await createMainWindow({
      preloadPath: options.preloadPath,
      entryUrl: devUrl ?? APP_ENTRY_URL,
      stateFile: join(app.getPath('userData'), WINDOW_STATE_FILE),
    })
    mainWindow.on('closed', () => {
      mainWindow = null
    })
  }

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) void openMainWindow()
  })

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession)
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({
        rendererRoot: options.rendererRoot,
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      }),
    )
    const isMac = process.platform === 'darwin'
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ isDev: !app.isPackaged, isMac })),
    )
    registerIpcHandlers(ipcMain, hostHandlers, {
      trustedOrigins: origins,
      isOurMainFrame: (frame) => isMainFrameOf(mainWindow, frame),
    })
    await openMainWindow()
  })
}
