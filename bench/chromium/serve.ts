// A tiny static server for out/bench: module scripts do not load from file://, and IndexedDB
// is per origin, so the page gets a fixed http origin.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

export const BENCH_PORT = 5198

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
}

export function serveStatic(root: string, port = BENCH_PORT): Promise<() => Promise<void>> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)))
    if (!file.startsWith(root)) return void res.writeHead(403).end()
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': types[extname(file)] ?? '' }).end(body),
      () => res.writeHead(404).end(),
    )
  })
  return new Promise((resolve, reject) => {
    server.once('error', (error) =>
      reject(new Error(`cannot serve the bench page on 127.0.0.1:${port}: ${error.message}`)),
    )
    server.listen(port, '127.0.0.1', () =>
      resolve(() => new Promise<void>((done) => server.close(() => done()))),
    )
  })
}
