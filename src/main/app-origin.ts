// Where the app's own pages come from. The built renderer is served from app://sekretariat/ so
// IndexedDB has one stable origin across launches (file:// origins are opaque) and module scripts
// load; in development electron-vite's dev server URL is the only other trusted origin.

export const APP_SCHEME = 'app'
export const APP_HOST = 'sekretariat'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * `scheme://host[:port]` of a URL, or null when it has no host (file:, data:, about:, blob:…).
 * WHATWG `URL.origin` is "null" for custom schemes such as app:, so it cannot be used here.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host === '' || parsed.protocol === 'file:') return null
  // Chromium lower-cases the host of standard schemes; Node's parser leaves custom ones as typed.
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`
}

/** The origins whose pages may use the host API and navigate within the app. */
export function trustedOrigins(devServerUrl: string | undefined): readonly string[] {
  const dev = devServerUrl === undefined ? null : originOf(devServerUrl)
  return dev === null ? [APP_ORIGIN] : [APP_ORIGIN, dev]
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}

/**
 * The dev server URL electron-vite passes in ELECTRON_RENDERER_URL, honoured only in an unpackaged
 * app and only on this machine: an environment variable must never point a shipped app at a page
 * on the network.
 */
export function devServerUrl(raw: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || raw === undefined) return undefined
  try {
    const url = new URL(raw)
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    return local && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined
  } catch {
    return undefined
  }
}
