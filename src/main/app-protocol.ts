import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve } from 'node:path'
import type { CustomScheme } from 'electron'
import { APP_HOST, APP_SCHEME } from './app-origin'

// Serves the built renderer (out/renderer) at app://sekretariat/. Only files inside that folder
// are ever answered; everything else is a 404, whatever the URL says.

/** Registered before `ready`: a standard, secure scheme gets a real origin, fetch and modules. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

/**
 * The absolute file a request path maps to, or null when it would leave `root`. The URL parser
 * already folds `..` segments, but %2F-encoded separators, backslashes and NUL only show up once
 * the path is decoded, so the decoded path is resolved and checked against the root.
 */
export function resolveInsideRoot(root: string, urlPathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded
  const absoluteRoot = resolve(root)
  const file = resolve(absoluteRoot, `.${wanted.startsWith('/') ? '' : '/'}${wanted}`)
  const inside = relative(absoluteRoot, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  return file
}

export type AppProtocolOptions = {
  rendererRoot: string
  contentSecurityPolicy: string
  readFile?: (path: string) => Promise<Uint8Array>
}

const notFound = () => new Response('Not found', { status: 404 })

/** The `protocol.handle` handler for app://. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const read = options.readFile ?? ((path: string) => readFile(path))
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 })
    }
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return notFound()
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound()
    const file = resolveInsideRoot(options.rendererRoot, url.pathname)
    if (file === null) return notFound()
    let body: Uint8Array
    try {
      body = await read(file)
    } catch {
      return notFound()
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: {
        'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        // Also sent as a header (not only the meta tag) so it covers every response, including
        // scripts and workers, and cannot be dropped by a document that omits the meta.
        'Content-Security-Policy': options.contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      },
    })
  }
}
