// The bench page: runs browser cases in real Chromium (real IndexedDB, real heap) on request.
import { cases } from '../cases'
import { engineOptions, runIterations, type Probe } from '../engine'
import type { BenchPage } from './page-api'

// performance.memory is Chromium-only and not in the DOM typings. Each read returns a new
// snapshot, so it must be read again every time.
const perf = performance as { memory?: { usedJSHeapSize: number } }

const probe: Probe = {
  now: () => performance.now(),
  heapBytes: () => perf.memory?.usedJSHeapSize ?? null,
  gc: () => window.gc?.(),
}

const page: BenchPage = {
  async run(caseName, size) {
    const found = cases.find((c) => c.name === caseName && c.runtime === 'browser')
    if (!found) throw new Error(`no browser case named ${caseName}`)
    return runIterations(await found.load(), size, engineOptions(found), probe)
  },
}

window.__bench = page
