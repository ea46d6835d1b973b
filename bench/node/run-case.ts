// Runs a node case in this process.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { engineOptions, runIterations, type Probe } from '../engine'
import type { BenchCase, RawSamples } from '../types'

// `node --import tsx` is started without --expose-gc; enabling the flag at run time and fetching
// gc from a fresh context exposes it anyway (gc is only installed in contexts made afterwards).
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const probe: Probe = {
  now: () => performance.now(),
  heapBytes: () => process.memoryUsage().heapUsed,
  gc,
}

export async function runNodeCase(c: BenchCase, size: number): Promise<RawSamples> {
  return runIterations(await c.load(), size, engineOptions(c), probe)
}
