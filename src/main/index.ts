import { fileURLToPath } from 'node:url'
import { startApp } from './start-app'

// Entry point (out/main/index.js). Paths are resolved from this file so they hold both in
// development and inside the packaged app.asar.
startApp({
  rendererRoot: fileURLToPath(new URL('../renderer', import.meta.url)),
  preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
  rendererUrlFromEnv: process.env.ELECTRON_RENDERER_URL,
})
