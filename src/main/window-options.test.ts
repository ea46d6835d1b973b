import { describe, expect, it } from 'vitest'
import { mainWindowOptions, secureWebPreferences } from './window-options'

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs')

  it('isolates and sandboxes the renderer', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    })
  })

  it('sets nothing that weakens the defaults', () => {
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session']) {
      expect(prefs).not.toHaveProperty(key)
    }
  })
})

describe('mainWindowOptions', () => {
  it('uses the secure preferences, the saved size and position, and shows when ready', () => {
    const options = mainWindowOptions({
      preloadPath: '/p.cjs',
      bounds: { x: 10, y: 20, width: 1200, height: 800 },
      title: 'Sekretariat',
    })
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false })
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'))
  })

  it('leaves the position to the OS when none is known', () => {
    const options = mainWindowOptions({
      preloadPath: '/p.cjs',
      bounds: { width: 1200, height: 800 },
      title: 'Sekretariat',
    })
    expect(options).not.toHaveProperty('x')
    expect(options).not.toHaveProperty('y')
  })
})
