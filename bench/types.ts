// The benchmark contract shared by the Node runner and the bench page. Keep it free of Node and
// DOM imports: both sides import it.

export type Runtime = 'node' | 'browser'

/** What a case does. Lives in `<case>.in-node.ts` or `<case>.in-browser.ts`, loaded only where it runs. */
export interface CaseImpl<State = unknown> {
  /** Untimed: generate and store the data for `size` records. */
  setup(size: number): Promise<State>
  /** Timed: the work under test, through the app's own code. Return what it produced. */
  measured(state: State): Promise<unknown>
  /** Timed: the raw cost of the same work (platform API, no app code), for the ratio. */
  baseline(state: State): Promise<unknown>
  /**
   * Untimed: runs after every measured and baseline run, e.g. to delete the database it wrote,
   * so a case does not slow down run after run as data piles up in the browser's storage.
   */
  afterEach?(state: State): Promise<void>
  /** Untimed: free what setup made. Runs even when an iteration throws. */
  teardown?(state: State): Promise<void>
}

/** One registry entry: cheap metadata, plus a lazy import so neither runtime loads the other's code. */
export interface BenchCase {
  name: string
  sizes: readonly number[]
  runtime: Runtime
  /** Untimed warm-up iterations before the measured ones (default 1). */
  warmup?: number
  /** Measured iterations (default 7). */
  iterations?: number
  load(): Promise<CaseImpl<unknown>>
}

/** What one case at one size produced; statistics are computed in Node from these. */
export interface RawSamples {
  measuredMs: number[]
  baselineMs: number[]
  /** Untimed setup (seeding), reported as progress only. */
  setupMs: number
  /**
   * Highest heap reading right after a measured iteration, less the reading before setup
   * (after a GC); null with no memory source.
   */
  peakBytes: number | null
}

/** One row of bench-results.json. */
export interface BenchResult {
  case: string
  size: number
  median_ms: number
  p95_ms: number
  baseline_median_ms: number
  ratio: number
  peak_mb: number | null
}
