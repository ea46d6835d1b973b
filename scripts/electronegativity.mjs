// Runs Electronegativity (@doyensec/electronegativity) over src/ and fails the build when:
//   - a finding has no written justification in electronegativity-justifications.json;
//   - a justification matches no finding any more (stale: delete it);
//   - any file could not be parsed, or has an extension the tool never reads (.mjs, .cjs, …):
//     the tool itself skips those silently and always exits 0.
// It also keeps the check offline: the tool fetches translations and Electron's release list
// over the network on every run; the first is stubbed, the check needing the second is excluded
// (and that exclusion is itself written down in the justifications file).
// Usage: node scripts/electronegativity.mjs [--root <dir>] [--justifications <file>]
import { readFile, readdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { extname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

const TOOL = '@doyensec/electronegativity'
/** Extensions the tool parses; anything else under the scanned folder it never looks at. */
const PARSED = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm'])
const SOURCE = new Set([...PARSED, '.mjs', '.cjs', '.mts', '.cts', '.vue', '.svelte'])

function argValue(name, fallback) {
  const i = process.argv.indexOf(name)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

async function listSources(dir) {
  const out = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await listSources(path)))
    else if (SOURCE.has(extname(entry.name).toLowerCase())) out.push(path)
  }
  return out
}

/** Loads the tool with its network calls made impossible (no request ever leaves the machine). */
function loadTool(projectRoot) {
  const fromProject = createRequire(join(projectRoot, 'package.json'))
  const toolMain = fromProject.resolve(TOOL)
  const fromTool = createRequire(toolMain)
  const offline = () => Promise.reject(new Error('offline: electronegativity runs without network'))
  for (const dependency of ['got']) {
    const path = fromTool.resolve(dependency)
    fromTool.cache[path] = {
      id: path,
      filename: path,
      loaded: true,
      exports: Object.assign(offline, { default: offline }),
    }
  }
  return fromTool(toolMain)
}

const norm = (s) =>
  String(s ?? '')
    .trim()
    .replace(/\s+/g, ' ')

export async function check({ projectRoot, justificationsFile, log = console.log }) {
  const problems = []
  const config = JSON.parse(await readFile(justificationsFile, 'utf8'))
  const pkg = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'))
  const electronVersion = String(pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '')
  const input = resolve(projectRoot, config.input ?? 'src')

  const sources = await listSources(input)
  for (const file of sources)
    if (!PARSED.has(extname(file).toLowerCase()))
      problems.push(
        `not scanned (the tool skips ${extname(file)} files): ${relative(projectRoot, file)}`,
      )
  const scanned = sources.filter((f) => PARSED.has(extname(f).toLowerCase()))
  if (scanned.length === 0)
    problems.push(`nothing to scan in ${relative(projectRoot, input) || '.'}`)

  const run = loadTool(projectRoot)
  const quiet = console.log
  console.log = () => undefined // the tool prints its own chatter; we print the verdict
  let result
  try {
    result = await run({
      input,
      isRelative: true,
      electronVersion,
      electronVersionOverride: electronVersion,
      excludeFromScan: (config.excludedChecks ?? []).map((c) => c.check),
    })
  } finally {
    console.log = quiet
  }

  const shown = (file) => relative(projectRoot, resolve(input, file)).split(sep).join('/')
  for (const error of result.errors)
    problems.push(`could not parse ${shown(error.file ?? '')}: ${error.message}`)

  const justified = (config.findings ?? []).map((j) => ({ ...j, used: false }))
  for (const issue of result.issues) {
    const file = issue.file === 'N/A' ? 'N/A' : shown(issue.file)
    const match = justified.find(
      (j) =>
        j.check === issue.id &&
        j.file === file &&
        (j.sample === undefined || norm(j.sample) === norm(issue.sample)),
    )
    if (match && norm(match.why).length >= 20) {
      match.used = true
      continue
    }
    problems.push(
      `${issue.id} (${issue.severity?.name}, ${issue.confidence?.name}) at ${file}:${issue.location?.line ?? 0}` +
        `${issue.sample ? `\n      ${norm(issue.sample)}` : ''}\n      ${issue.description}` +
        (match
          ? '\n      the justification is too short to explain anything'
          : '\n      no justification'),
    )
  }
  for (const j of justified.filter((x) => !x.used))
    problems.push(`stale justification (no such finding any more): ${j.check} at ${j.file}`)
  for (const c of config.excludedChecks ?? [])
    if (norm(c.why).length < 20) problems.push(`excluded check ${c.check} needs a written reason`)

  log(
    `electronegativity: ${scanned.length} files, ${result.globalChecks + result.atomicChecks} checks, ` +
      `${result.issues.length} findings (${justified.filter((j) => j.used).length} justified), ` +
      `${result.errors.length} parse errors`,
  )
  return problems
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const projectRoot = resolve(argValue('--root', process.cwd()))
  const justificationsFile = resolve(
    projectRoot,
    argValue('--justifications', 'electronegativity-justifications.json'),
  )
  const problems = await check({ projectRoot, justificationsFile }).catch((error) => [
    `electronegativity did not run: ${error?.stack ?? error}`,
  ])
  for (const p of problems) console.error(`  ✗ ${p}`)
  if (problems.length) {
    console.error(`electronegativity: ${problems.length} problem(s)`)
    process.exit(1)
  }
}
