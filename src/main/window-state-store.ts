import { readFile } from 'node:fs/promises'
import type { BrowserWindow } from 'electron'
import { writeFileAtomic } from './atomic-write'
import { parseWindowState, serializeWindowState } from './window-state'
import type { WindowState } from './window-state'

export const WINDOW_STATE_FILE = 'window-state.json'

/** The saved state, or null when there is none or it cannot be trusted. */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(file, 'utf8'))
  } catch {
    return null
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, serializeWindowState(state))
}

/** What the window looks like now; normal bounds, so a maximized window restores to its size. */
export function currentWindowState(win: BrowserWindow): WindowState {
  const { x, y, width, height } = win.getNormalBounds()
  return { bounds: { x, y, width, height }, maximized: win.isMaximized() }
}

/**
 * Saves the window's state after it stops moving or resizing, and once more when it closes.
 * Failures are ignored: losing a window position is not worth interrupting anyone for.
 */
export function trackWindowState(win: BrowserWindow, file: string, debounceMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const save = () => {
    clearTimeout(timer)
    timer = undefined
    if (win.isDestroyed()) return
    void saveWindowState(file, currentWindowState(win)).catch(() => undefined)
  }
  const later = () => {
    clearTimeout(timer)
    timer = setTimeout(save, debounceMs)
  }
  win.on('resize', later)
  win.on('move', later)
  win.on('maximize', later)
  win.on('unmaximize', later)
  win.on('close', save)
}
