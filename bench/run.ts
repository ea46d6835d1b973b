// `npm run bench [-- --only <prefix>]`: runs the selected cases, prints a table and writes
// bench-results.json at the repository root. Exits 1 when a case throws, 2 on bad arguments.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs, selectCases, USAGE, type BenchArgs } from './args'
import { cases } from './cases'
import type { ChromiumSession } from './chromium/session'
import { runNodeCase } from './node/run-case'
import { REPO_ROOT } from './paths'
import { FOOTNOTE, formatTable, toResult } from './report'
import type { BenchCase, BenchResult, RawSamples } from './types'

const RESULTS_FILE = resolve(REPO_ROOT, 'bench-results.json')
const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
// Progress goes to stderr so stdout carries only the table.
const progress = (line: string) => void process.stderr.write(`${line}\n`)

function readArgs(): BenchArgs {
  try {
    return parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`${message(error)}\n\n${USAGE}`)
    process.exit(2)
  }
}

function runOne(c: BenchCase, size: number, browser?: ChromiumSession): Promise<RawSamples> {
  if (c.runtime === 'node') return runNodeCase(c, size)
  if (!browser) throw new Error('Chromium is not running')
  return browser.run(c.name, size)
}

async function main(): Promise<number> {
  const args = readArgs()
  if (args.help) {
    console.log(USAGE)
    return 0
  }
  const selected = selectCases(cases, args.only)
  if (selected.length === 0) {
    const names = cases.map((c) => c.name).join(', ')
    console.error(`no case name starts with "${args.only}"; cases: ${names}`)
    return 2
  }

  const browser = selected.some((c) => c.runtime === 'browser')
    ? await (await import('./chromium/start')).startBrowser(progress)
    : undefined
  const results: BenchResult[] = []
  const failures: string[] = []
  try {
    for (const c of selected) {
      for (const size of c.sizes) {
        const label = `${c.name} @ ${size.toLocaleString('en-US')} (${c.runtime})`
        const started = performance.now()
        try {
          const samples = await runOne(c, size, browser)
          results.push(toResult(c.name, size, samples))
          progress(
            `${label}: ${seconds(performance.now() - started)} (setup ${seconds(samples.setupMs)})`,
          )
        } catch (error) {
          failures.push(`${label}: ${message(error)}`)
          progress(`FAILED ${label}: ${message(error)}`)
        }
      }
    }
  } finally {
    await browser?.close()
  }

  console.log(`\n${formatTable(results)}\n\n${FOOTNOTE}\n`)
  await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`Wrote ${results.length} result(s) to ${RESULTS_FILE}`)
  if (failures.length === 0) return 0
  console.error(
    `\n${failures.length} case run(s) failed:\n${failures.map((f) => `  ${f}`).join('\n')}`,
  )
  return 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
    )
    process.exit(1)
  },
)
