import { existsSync } from 'node:fs'

/**
 * The system Chromium the tests, benchmarks and screenshot scripts drive (Debian's package, or
 * CHROMIUM_PATH): Playwright's own browser download cannot run on the project's machines.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path))
    throw new Error(
      `Chromium not found at ${path}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    )
  return path
}

/** Headless, and nothing that reaches the network on its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const
