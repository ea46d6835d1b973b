// Bundles bench/browser (and, through it, the renderer's real db modules and the case code)
// with Vite, as the app's own build would, into out/bench.
import { resolve } from 'node:path'
import { build, type Plugin } from 'vite'
import { BENCH_DIR, REPO_ROOT } from '../paths'

export const PAGE_DIR = resolve(REPO_ROOT, 'out/bench')

// The registry lazily imports node cases too; keep their Node-only code out of the page.
function stubNodeCases(): Plugin {
  const stub = '\0bench-node-case'
  return {
    name: 'bench-stub-node-cases',
    resolveId: (source) => (/\.in-node(\.ts)?$/.test(source) ? stub : null),
    load: (id) =>
      id === stub
        ? 'export const impl = undefined\nthrow new Error("node case loaded in the browser")'
        : null,
  }
}

export async function buildPage(): Promise<void> {
  await build({
    configFile: false,
    root: resolve(BENCH_DIR, 'browser'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [stubNodeCases()],
    build: {
      outDir: PAGE_DIR,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        // zod's sources carry comments Rollup cannot place; harmless, and noise in the output.
        onwarn: (warning, warn) => warning.code === 'INVALID_ANNOTATION' || warn(warning),
      },
    },
  })
}
