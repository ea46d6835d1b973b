import { fileURLToPath } from 'node:url'

/** The repository root, wherever `npm run bench` was started from. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url))
