// What the bench page exposes to the Node runner (through Playwright's page.evaluate).
import type { RawSamples } from '../types'

export interface BenchPage {
  run(caseName: string, size: number): Promise<RawSamples>
}

declare global {
  interface Window {
    __bench?: BenchPage
    /** Present when Chromium runs with --js-flags=--expose-gc. */
    gc?: () => void
  }
}
