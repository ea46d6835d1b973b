// Headless Chromium on a fresh on-disk profile, driving the bench page.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, chromiumPath } from '../../chromium'
import type { RawSamples } from '../types'
import '../browser/page-api'

export interface ChromiumSession {
  run(caseName: string, size: number): Promise<RawSamples>
  close(): Promise<void>
}

const ARGS = [
  ...CHROMIUM_ARGS,
  '--enable-precise-memory-info', // else usedJSHeapSize is coarse and only updated periodically
  '--js-flags=--expose-gc', // lets the engine collect garbage between iterations
]

export async function openChromium(url: string): Promise<ChromiumSession> {
  // A persistent context, not launch(): Playwright's default contexts are incognito-like and
  // keep IndexedDB in memory, which would not measure the app's on-disk database.
  const profile = await mkdtemp(join(tmpdir(), 'sekretariat-bench-'))
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: ARGS,
    })
    .catch(async (error: unknown) => {
      await rm(profile, { recursive: true, force: true })
      throw error
    })
  const close = async () => {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (error) => console.error(`[bench page] ${error.message}`))
    // BENCH_VERBOSE=1: the page's console.debug lines (per-step timings) go to stderr.
    if (process.env.BENCH_VERBOSE)
      page.on('console', (m) => {
        if (m.type() === 'debug') console.error(`[bench page] ${m.text()}`)
      })
    await page.goto(url)
    await page.waitForFunction(() => window.__bench !== undefined)
    return {
      run: (caseName, size) =>
        page.evaluate(([name, n]) => window.__bench!.run(name, n), [caseName, size] as const),
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}
