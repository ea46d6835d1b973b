// Builds, serves and opens the bench page. Imported lazily by run.ts, so node-only runs load
// neither Vite nor Playwright.
import { buildPage, PAGE_DIR } from './build-page'
import { BENCH_PORT, serveStatic } from './serve'
import { openChromium, type ChromiumSession } from './session'

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

export async function startBrowser(progress: (line: string) => void): Promise<ChromiumSession> {
  let started = performance.now()
  await buildPage()
  progress(`built the bench page in ${seconds(started)}`)
  const stopServer = await serveStatic(PAGE_DIR)
  try {
    started = performance.now()
    const session = await openChromium(`http://127.0.0.1:${BENCH_PORT}/`)
    progress(`started Chromium in ${seconds(started)}`)
    return { run: session.run, close: async () => (await session.close(), await stopServer()) }
  } catch (error) {
    await stopServer()
    throw error
  }
}
