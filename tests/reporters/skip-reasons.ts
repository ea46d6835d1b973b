import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/**
 * Prints why each skipped test was skipped, so a skip (e.g. the Electron smoke test on a machine
 * without the Electron binary) is visible in the log and never mistaken for a pass.
 */
export default class SkipReasonsReporter implements Reporter {
  private readonly skipped: string[] = []

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return
    const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given'
    this.skipped.push(`SKIPPED: ${test.titlePath().filter(Boolean).join(' › ')} — ${reason}`)
  }

  onEnd(): void {
    for (const line of this.skipped) console.log(line)
  }

  printsToStdio(): boolean {
    return true
  }
}
