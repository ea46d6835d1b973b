import { BrowserWindow, screen } from 'electron'
import type { WebFrameMain } from 'electron'
import { mainWindowOptions } from './window-options'
import { restoreWindowState } from './window-state'
import { loadWindowState, trackWindowState } from './window-state-store'

export type MainWindowConfig = {
  preloadPath: string
  /** app://sekretariat/index.html, or the dev server URL in development. */
  entryUrl: string
  /** userData/window-state.json */
  stateFile: string
}

export async function createMainWindow(config: MainWindowConfig): Promise<BrowserWindow> {
  const displays = screen.getAllDisplays().map((display) => display.workArea)
  const state = restoreWindowState(await loadWindowState(config.stateFile), displays)
  const win = new BrowserWindow(
    mainWindowOptions({
      preloadPath: config.preloadPath,
      bounds: state.bounds,
      title: 'Sekretariat',
    }),
  )
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize()
    win.show()
  })
  trackWindowState(win, config.stateFile)
  win.loadURL(config.entryUrl).catch((error: unknown) => {
    console.error('[main] could not load the renderer', error)
  })
  return win
}

/** Brings a window back to the user: restored, shown and focused. */
export function focusWindow(win: BrowserWindow | null): void {
  if (win === null || win.isDestroyed()) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}

/** Is `frame` the top frame of `win`? Compared by identity, then by process and routing IDs. */
export function isMainFrameOf(win: BrowserWindow | null, frame: WebFrameMain): boolean {
  if (win === null || win.isDestroyed()) return false
  const main = win.webContents.mainFrame
  return (
    main === frame || (main.processId === frame.processId && main.routingId === frame.routingId)
  )
}
