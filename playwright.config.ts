import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './chromium'
import { WEB_PORT } from './web-port'

// The system Chromium (chromium.ts): Playwright's own browser download cannot run here.
const executablePath = chromiumPath()

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
          executablePath,
          // Playwright launches each browser with a fresh temporary profile.
          args: [...CHROMIUM_ARGS],
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
