import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import type { WindowBounds } from './window-state'

// Kept pure so a test can pin every security-relevant option; createMainWindow only passes these.

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  }
}

export type MainWindowInput = {
  preloadPath: string
  bounds: WindowBounds
  title: string
}

export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  const { bounds } = input
  return {
    ...(bounds.x === undefined || bounds.y === undefined ? {} : { x: bounds.x, y: bounds.y }),
    width: bounds.width,
    height: bounds.height,
    minWidth: 960,
    minHeight: 600,
    title: input.title,
    // Shown once the first paint is ready, so the window never flashes white.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(input.preloadPath),
  }
}
