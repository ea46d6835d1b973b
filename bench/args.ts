// Command-line arguments of `npm run bench`. Pure: unit-tested in args.test.ts.

export interface BenchArgs {
  /** Run only cases whose name starts with this. */
  only?: string
  help: boolean
}

export const USAGE = `Usage: npm run bench [-- --only <prefix>]

  --only <prefix>   run only the cases whose name starts with <prefix>
  --help            show this help`

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--help' || arg === '-h') args.help = true
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length)
      if (!value || value.startsWith('--')) throw new Error('--only needs a case-name prefix')
      if (args.only !== undefined) throw new Error('--only may be given once')
      args.only = value
    } else throw new Error(`unknown argument: ${arg}`)
  }
  return args
}

/** The cases to run, in registry order. */
export function selectCases<T extends { name: string }>(cases: readonly T[], only?: string): T[] {
  return only === undefined ? [...cases] : cases.filter((c) => c.name.startsWith(only))
}
