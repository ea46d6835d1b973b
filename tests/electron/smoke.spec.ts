import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron, expect, test } from '@playwright/test'
import type { ElectronApplication } from '@playwright/test'

// Launches the built app (npm run build) in real Electron. Where the Electron binary was never
// downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as in CI containers) the test is reported SKIPPED,
// never passed: nothing here can be checked without the binary.

const root = fileURLToPath(new URL('../..', import.meta.url))
const mainEntry = join(root, 'out', 'main', 'index.js')

/** The Electron executable, found the way `require('electron')` finds it, or null. */
function installedElectron(): string | null {
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? executable : null
}

const executablePath = installedElectron()
let app: ElectronApplication | undefined

test.beforeEach(() => {
  test.skip(
    executablePath === null,
    'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): smoke test skipped',
  )
  expect(existsSync(mainEntry), 'out/main/index.js is missing: run `npm run build` first').toBe(
    true,
  )
})

test.afterEach(async () => {
  await app?.close()
  app = undefined
})

test('the built app opens a secure window with the host bridge', async () => {
  const testInfo = test.info()
  app = await electron.launch({
    executablePath: executablePath ?? undefined,
    args: [mainEntry, `--user-data-dir=${testInfo.outputPath('user-data')}`],
    cwd: root,
    // A dev-server URL left in the environment must not replace the built renderer.
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')

  expect(page.url()).toBe('app://sekretariat/index.html')
  await expect(page).toHaveTitle(/Sekretariat/)
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()

  const exposed = await page.evaluate(() => {
    const host = (window as unknown as Record<string, Record<string, unknown> | undefined>)
      .sekretariatHost
    return {
      hostKeys: host === undefined ? null : Object.keys(host).sort(),
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      ipcRenderer: typeof (globalThis as Record<string, unknown>).ipcRenderer,
      csp: document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content'),
    }
  })
  expect(exposed.hostKeys).toEqual(['appInfo', 'openFile', 'openLink', 'print', 'saveFile'])
  expect(exposed.require).toBe('undefined')
  expect(exposed.process).toBe('undefined')
  expect(exposed.ipcRenderer).toBe('undefined')
  expect(exposed.csp).toContain("script-src 'self'")

  const info = await page.evaluate(() =>
    (
      window as unknown as { sekretariatHost: { appInfo(): Promise<{ electron: string }> } }
    ).sekretariatHost.appInfo(),
  )
  expect(info.electron).toMatch(/^\d+\.\d+\.\d+/)
})
