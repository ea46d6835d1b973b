import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'
import { WEB_PORT } from './web-port'

// Playwright's own browser download cannot run here: use the system Chromium (Debian's package),
// or the one named by CHROMIUM_PATH.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium not found at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH`,
  )
}

const baseURL = `http://127.0.0.1:${WEB_PORT}`

export default defineConfig({
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['./tests/reporters/skip-reasons.ts']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          // Playwright launches each browser with a fresh temporary profile.
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    // The built renderer (npm run build:web), on a fixed origin so IndexedDB persists per origin.
    command: `npx vite preview --config vite.web.config.ts`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
