import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { strictCsp } from './csp'
import { WEB_PORT } from './web-port'
import pkg from './package.json' with { type: 'json' }

// The same renderer, served to a plain browser (start:web, end-to-end tests, benchmarks).
// The platform module picks the browser implementation when no preload bridge is present.

export default defineConfig({
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  plugins: [react(), strictCsp()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  build: { outDir: resolve(__dirname, 'out/web'), emptyOutDir: true },
  server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
  preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
})
